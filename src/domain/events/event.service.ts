import type { AccessControl } from '../../access/policy-evaluation';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { Page } from '../../graphql/pagination';
import { fetchPage, scoped, SqlCondition } from '../shared/keyset';
import { checkedId } from '../shared/id-argument';
import { regionSubtreeCondition } from '../regions/region-filter';
import { EventFilter } from './event.inputs';
import { HubEvent } from './hub-event.entity';

export function eventConditions(filter: EventFilter = {}): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.regionCode)
    conditions.push(regionSubtreeCondition(filter.regionCode, 'filter.regionCode', 'e0.region_code'));
  if (filter.gridId) conditions.push({ sql: 'e0.grid_id = ?', params: [checkedId(filter.gridId, 'filter.gridId')] });
  if (filter.kinds?.length)
    conditions.push({ sql: `e0.kind in (${filter.kinds.map(() => '?').join(',')})`, params: filter.kinds });
  if (filter.statuses?.length) {
    conditions.push({ sql: `e0.status in (${filter.statuses.map(() => '?').join(',')})`, params: filter.statuses });
  }
  if (filter.category) conditions.push({ sql: 'e0.category = ?', params: [filter.category] });
  if (filter.reportedFrom && filter.reportedTo && filter.reportedFrom > filter.reportedTo) {
    throw badInput('filter.reportedTo', 'must not be before filter.reportedFrom');
  }
  if (filter.reportedFrom) conditions.push({ sql: 'e0.reported_at >= ?', params: [filter.reportedFrom.toISOString()] });
  if (filter.reportedTo) conditions.push({ sql: 'e0.reported_at < ?', params: [filter.reportedTo.toISOString()] });
  return conditions;
}

export function listEvents(
  em: EntityManager,
  access: AccessControl,
  filter: EventFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<HubEvent>> {
  return fetchPage(em, {
    entity: HubEvent,
    kind: 'Event',
    order: 'REPORTED_DESC',
    conditions: scoped(access, 'Event', eventConditions(filter)),
    first,
    after,
  });
}
