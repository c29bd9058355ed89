import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../../graphql/context';
import { EventLinkKind } from '../../shared/enums';
import { Unit } from '../../units/unit.entity';
import { UnitMember } from '../../units/unit-member.entity';
import { HubEvent } from '../hub-event.entity';
import { EventTransition } from './event-transition.entity';

@ObjectType('RelatedEvent', {
  description: '关联事件 an event linked to this one: 关联 related or 疑似重复 suggested duplicate',
})
export class RelatedEvent {
  @Field(() => EventLinkKind)
  kind!: EventLinkKind;

  @Field(() => String, { nullable: true, description: 'why they were linked (shared parties, same house)' })
  reason?: string | null;

  otherId!: string;
}

/** The loop's fields on Event, each through the request's loaders. */
@Resolver(() => HubEvent)
export class EventLoopResolver {
  @FieldResolver(() => [EventTransition], { description: '流转记录 the audit trail, oldest first' })
  history(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<EventTransition[]> {
    return ctx.loaders.historyByEvent.load(event.id);
  }

  @FieldResolver(() => [RelatedEvent], { description: '跨渠道关联 events about the same parties or house' })
  async related(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<RelatedEvent[]> {
    const links = await ctx.loaders.relatedByEvent.load(event.id);
    return links.map((link) => Object.assign(new RelatedEvent(), link));
  }

  @FieldResolver(() => Unit, { nullable: true, description: '承办单位 the unit the current task is assigned to' })
  assignee(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<Unit | null> | null {
    return event.assignee ? ctx.loaders.unit.load(event.assignee.id) : null;
  }

  @FieldResolver(() => UnitMember, { nullable: true, description: '上报人 the member who reported it in the hub' })
  reporter(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<UnitMember | null> | null {
    return event.reporter ? ctx.loaders.unitMember.load(event.reporter.id) : null;
  }

  @FieldResolver(() => HubEvent, { nullable: true, description: '重复 the event this one duplicates' })
  duplicateOf(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<HubEvent | null> | null {
    return event.duplicateOf ? ctx.loaders.event.load(event.duplicateOf.id) : null;
  }
}

@Resolver(() => RelatedEvent)
export class RelatedEventResolver {
  @FieldResolver(() => HubEvent, { nullable: true })
  event(@Root() link: RelatedEvent, @Ctx() ctx: HubContext): Promise<HubEvent | null> {
    return ctx.loaders.event.load(link.otherId);
  }
}

@Resolver(() => EventTransition)
export class EventTransitionResolver {
  @FieldResolver(() => UnitMember, { nullable: true, description: 'who acted; null for the scheduler' })
  member(@Root() step: EventTransition, @Ctx() ctx: HubContext): Promise<UnitMember | null> | null {
    return step.member ? ctx.loaders.unitMember.load(step.member.id) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'for which unit' })
  unit(@Root() step: EventTransition, @Ctx() ctx: HubContext): Promise<Unit | null> | null {
    return step.unit ? ctx.loaders.unit.load(step.unit.id) : null;
  }
}
