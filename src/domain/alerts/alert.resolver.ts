import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { pageSize } from '../../graphql/pagination';
import { divisionCodePrefix } from '../../identity';
import { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';
import { regionSubtreeCondition } from '../regions/region-filter';
import { AlertRuleKind } from '../shared/enums';
import { Alert } from './alert.entity';
import { ALERT_RAISED } from './alert-bus';

function inSubtree(alert: Alert, regionCode: string | undefined): boolean {
  if (!regionCode) return true;
  try {
    return !!alert.region?.code.startsWith(divisionCodePrefix(regionCode));
  } catch {
    return false; // a malformed code matches nothing
  }
}

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => [Alert], { description: '预警 the latest alerts in a region subtree, newest first' })
  alerts(
    @Arg('regionCode', () => String) regionCode: string,
    @Arg('rules', () => [AlertRuleKind], { nullable: true }) rules: AlertRuleKind[] | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Alert[]> {
    const where = regionSubtreeCondition(regionCode, 'regionCode', 'a0.region_code');
    const qb = ctx.em.createQueryBuilder(Alert, 'a0').where(where.sql, where.params);
    if (rules?.length) qb.andWhere({ rule: { $in: rules } });
    return qb
      .orderBy([{ createdAt: 'desc' }, { id: 'desc' }])
      .limit(pageSize(first, ctx.limits.maxPageSize))
      .getResultList();
  }

  @Subscription(() => Alert, {
    topics: ALERT_RAISED,
    description:
      '预警推送 alerts as they are raised, for a command center; only those in the region subtree when given',
    filter: ({ payload, args }: { payload: Alert; args: { regionCode?: string } }) =>
      inSubtree(payload, args.regionCode),
  })
  alertRaised(
    @Root() alert: Alert,
    @Arg('regionCode', () => String, { nullable: true }) _regionCode: string | undefined,
  ): Alert {
    return alert;
  }

  @FieldResolver(() => HubEvent, { nullable: true, description: 'the event that raised it' })
  event(@Root() alert: Alert, @Ctx() ctx: HubContext): Promise<HubEvent | null> {
    return ctx.loaders.event.load(alert.event.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'the person it is about, if any' })
  person(@Root() alert: Alert, @Ctx() ctx: HubContext): Promise<Person | null> | null {
    return alert.person ? ctx.loaders.person.load(alert.person.id) : null;
  }

  @FieldResolver(() => House, { nullable: true, description: 'the house it is about, if any' })
  house(@Root() alert: Alert, @Ctx() ctx: HubContext): Promise<House | null> | null {
    return alert.house ? ctx.loaders.house.load(alert.house.id) : null;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() alert: Alert, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return alert.region ? ctx.loaders.region.load(alert.region.code) : null;
  }
}
