import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { UnitMember } from '../units/unit-member.entity';
import { computeFigures } from './figures.service';
import { Figures, FiguresScope, WorkerFigures } from './figures.types';

@Resolver(() => Figures)
export class FiguresResolver {
  @Query(() => Figures, {
    description: '考核 figures of a grid, village, town or county for events reported in [from, to)',
  })
  figures(
    @Arg('scope', () => FiguresScope) scope: FiguresScope,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: HubContext,
  ): Promise<Figures> {
    return computeFigures(ctx.em, scope, from, to, ctx.loop.clock.now());
  }
}

@Resolver(() => WorkerFigures)
export class WorkerFiguresResolver {
  @FieldResolver(() => UnitMember, { nullable: true, description: '网格员 the grid worker' })
  member(@Root() figures: WorkerFigures, @Ctx() ctx: HubContext): Promise<UnitMember | null> {
    return ctx.loaders.unitMember.load(figures.memberId);
  }
}
