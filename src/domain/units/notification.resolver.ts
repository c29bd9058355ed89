import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { HubEvent } from '../events/hub-event.entity';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => HubEvent, { nullable: true, description: 'the event it is about' })
  event(@Root() notification: Notification, @Ctx() ctx: HubContext): Promise<HubEvent | null> {
    return ctx.loaders.event.load(notification.event.id);
  }
}
