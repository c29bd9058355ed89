import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../../graphql/pagination';
import { Grid } from '../grids/grid.entity';
import { Region } from './region.entity';
import { RegionFilter } from './region.inputs';
import { checkedRegionCode, listRegions } from './region.service';

export const RegionConnection = createConnectionType('Region', Region);

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'a region by its 12-digit division code' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: HubContext): Promise<Region | null> {
    return ctx.loaders.region.load(checkedRegionCode(code, 'code'));
  }

  @Query(() => RegionConnection, { description: '行政区划 regions in division-code order' })
  async regions(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => RegionFilter, { nullable: true }) filter: RegionFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    return RegionConnection.from(
      await listRegions(ctx.em, filter, pageSize(args.first, ctx.limits.maxPageSize), args.after),
    );
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return region.parent ? ctx.loaders.region.load(region.parent.code) : null;
  }

  @FieldResolver(() => [Region], { description: 'the towns of a county, the villages of a town' })
  children(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Region[]> {
    return ctx.loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => [Grid], { description: 'the grids and micro-grids of a village' })
  grids(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Grid[]> {
    return ctx.loaders.gridsByVillage.load(region.code);
  }
}
