import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, pageSize } from '../../graphql/pagination';
import { Grid } from '../grids/grid.entity';
import { House } from '../houses/house.entity';
import { Region } from '../regions/region.entity';
import { checkedId } from '../shared/id-argument';
import { EventConnection } from './event.connection';
import { EventFilter } from './event.inputs';
import { EventParty } from './event-party.entity';
import { listEvents } from './event.service';
import { HubEvent } from './hub-event.entity';

@Resolver(() => HubEvent)
export class EventResolver {
  @Query(() => HubEvent, { nullable: true })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<HubEvent | null> {
    return ctx.loaders.event.load(checkedId(id));
  }

  @Query(() => EventConnection, { description: '事件 events, newest first, filtered and paged' })
  async events(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    return EventConnection.from(
      await listEvents(ctx.em, ctx.access, filter, pageSize(args.first, ctx.limits.maxPageSize), args.after),
    );
  }

  @FieldResolver(() => [EventParty], { description: '当事人 the parties and their roles' })
  parties(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<EventParty[]> {
    return ctx.loaders.partiesByEvent.load(event.id);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return event.region ? ctx.loaders.region.load(event.region.code) : null;
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<Grid | null> | null {
    return event.grid ? ctx.loaders.grid.load(event.grid.id) : null;
  }

  @FieldResolver(() => House, { nullable: true })
  house(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<House | null> | null {
    return event.house ? ctx.loaders.house.load(event.house.id) : null;
  }
}
