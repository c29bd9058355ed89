import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../../graphql/pagination';
import { EventConnection } from '../events/event.connection';
import { HouseConnection } from '../houses/house.resolver';
import { PersonConnection } from '../people/person.resolver';
import { Region } from '../regions/region.entity';
import { checkedId } from '../shared/id-argument';
import { Grid } from './grid.entity';
import { GridFilter } from './grid.inputs';
import { listGrids } from './grid.service';

export const GridConnection = createConnectionType('Grid', Grid);

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => Grid, { nullable: true })
  grid(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Grid | null> {
    return ctx.loaders.grid.load(checkedId(id));
  }

  @Query(() => GridConnection, { description: '网格 grids and micro-grids, filtered and paged' })
  async grids(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => GridFilter, { nullable: true }) filter: GridFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    return GridConnection.from(
      await listGrids(ctx.em, filter, pageSize(args.first, ctx.limits.maxPageSize), args.after),
    );
  }

  @FieldResolver(() => Region, { description: 'the village the grid belongs to' })
  village(@Root() grid: Grid, @Ctx() ctx: HubContext): Promise<Region | null> {
    return ctx.loaders.region.load(grid.village.code);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'for a micro-grid, the grid it is part of' })
  parent(@Root() grid: Grid, @Ctx() ctx: HubContext): Promise<Grid | null> | null {
    return grid.parent ? ctx.loaders.grid.load(grid.parent.id) : null;
  }

  @FieldResolver(() => [Grid], { description: '微网格 the micro-grids of this grid' })
  microGrids(@Root() grid: Grid, @Ctx() ctx: HubContext): Promise<Grid[]> {
    return ctx.loaders.microGrids.load(grid.id);
  }

  @FieldResolver(() => HouseConnection)
  async houses(@Root() grid: Grid, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return HouseConnection.from(await ctx.loaders.housesOfGrid.load({ parentId: grid.id, first, after: args.after }));
  }

  @FieldResolver(() => PersonConnection, { description: 'people whose current residence is in this grid' })
  async people(@Root() grid: Grid, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return PersonConnection.from(await ctx.loaders.peopleOfGrid.load({ parentId: grid.id, first, after: args.after }));
  }

  @FieldResolver(() => EventConnection, { description: 'events in this grid, newest first' })
  async events(@Root() grid: Grid, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return EventConnection.from(await ctx.loaders.eventsOfGrid.load({ parentId: grid.id, first, after: args.after }));
  }
}
