import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../../graphql/pagination';
import { EventConnection } from '../events/event.connection';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';
import { checkedId } from '../shared/id-argument';
import { House } from './house.entity';
import { HouseFilter } from './house.inputs';
import { listHouses } from './house.service';
import { Residence } from './residence.entity';

export const HouseConnection = createConnectionType('House', House);

@Resolver(() => House)
export class HouseResolver {
  @Query(() => House, { nullable: true })
  house(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<House | null> {
    return ctx.loaders.house.load(checkedId(id));
  }

  @Query(() => HouseConnection, { description: '房屋 houses, filtered and paged' })
  async houses(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => HouseFilter, { nullable: true }) filter: HouseFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    return HouseConnection.from(
      await listHouses(ctx.em, ctx.access, filter, pageSize(args.first, ctx.limits.maxPageSize), args.after),
    );
  }

  @FieldResolver(() => [Residence], { description: 'who lives in, owns or lets the house' })
  residents(@Root() house: House, @Ctx() ctx: HubContext): Promise<Residence[]> {
    return ctx.loaders.residencesByHouse.load(house.id);
  }

  @FieldResolver(() => Region)
  region(@Root() house: House, @Ctx() ctx: HubContext): Promise<Region | null> {
    return ctx.loaders.region.load(house.region.code);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() house: House, @Ctx() ctx: HubContext): Promise<Grid | null> | null {
    return house.grid ? ctx.loaders.grid.load(house.grid.id) : null;
  }

  @FieldResolver(() => EventConnection, { description: 'events at this house, newest first' })
  async events(@Root() house: House, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return EventConnection.from(await ctx.loaders.eventsOfHouse.load({ parentId: house.id, first, after: args.after }));
  }
}
