import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, pageSize } from '../../graphql/pagination';
import { EventConnection } from '../events/event.connection';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';
import { regionSubtreeCondition } from '../regions/region-filter';
import { checkedId } from '../shared/id-argument';
import { Notification } from './notification.entity';
import { AddUnitMemberInput, CreateUnitInput } from './unit.inputs';
import { addUnitMember, createUnit } from './unit.service';
import { Unit } from './unit.entity';
import { UnitMember } from './unit-member.entity';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: '处置单位 one unit' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Unit | null> {
    return ctx.loaders.unit.load(checkedId(id));
  }

  @Query(() => [Unit], { description: '处置单位 the units serving a region subtree' })
  units(@Arg('regionCode', () => String) regionCode: string, @Ctx() ctx: HubContext): Promise<Unit[]> {
    const c = regionSubtreeCondition(regionCode, 'regionCode', 'u0.region_code');
    return ctx.em
      .createQueryBuilder(Unit, 'u0')
      .where(c.sql, c.params)
      .orderBy({ id: 'asc' })
      .limit(1000)
      .getResultList();
  }

  @Query(() => UnitMember, { nullable: true, description: '当前成员 the acting member of this request' })
  async me(@Ctx() ctx: HubContext): Promise<UnitMember> {
    return (await ctx.actor()).member;
  }

  @Mutation(() => Unit, { description: '新建处置单位 create a unit in the region tree' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: HubContext): Promise<Unit> {
    return createUnit(ctx.em, input);
  }

  @Mutation(() => UnitMember, { description: '添加成员 add a member to a unit' })
  addUnitMember(
    @Arg('input', () => AddUnitMemberInput) input: AddUnitMemberInput,
    @Ctx() ctx: HubContext,
  ): Promise<UnitMember> {
    return addUnitMember(ctx.em, input);
  }

  @FieldResolver(() => [UnitMember], { description: '成员 the members who act for it' })
  members(@Root() unit: Unit, @Ctx() ctx: HubContext): Promise<UnitMember[]> {
    return ctx.loaders.membersByUnit.load(unit.id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'the unit one tier up (上级)' })
  parent(@Root() unit: Unit, @Ctx() ctx: HubContext): Promise<Unit | null> | null {
    return unit.parent ? ctx.loaders.unit.load(unit.parent.id) : null;
  }

  @FieldResolver(() => Region)
  region(@Root() unit: Unit, @Ctx() ctx: HubContext): Promise<Region | null> {
    return ctx.loaders.region.load(unit.region.code);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() unit: Unit, @Ctx() ctx: HubContext): Promise<Grid | null> | null {
    return unit.grid ? ctx.loaders.grid.load(unit.grid.id) : null;
  }

  @FieldResolver(() => EventConnection, {
    description: '待办 open tasks (dispatched or in progress), soonest deadline first',
  })
  async openTasks(@Root() unit: Unit, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return EventConnection.from(
      await ctx.loaders.openTasksOfUnit.load({ parentId: unit.id, first, after: args.after }),
    );
  }

  @FieldResolver(() => [Notification], {
    description: '通知 the latest 50 notifications: tasks, supervision (督办) of units below',
  })
  notifications(@Root() unit: Unit, @Ctx() ctx: HubContext): Promise<Notification[]> {
    return ctx.loaders.notificationsByUnit.load(unit.id);
  }
}
