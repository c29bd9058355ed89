import type { AccessControl } from '../../access/policy-evaluation';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '../../graphql/pagination';
import { fetchPage, scoped, SqlCondition } from '../shared/keyset';
import { checkedId } from '../shared/id-argument';
import { regionSubtreeCondition } from '../regions/region-filter';
import { House } from './house.entity';
import { HouseFilter } from './house.inputs';

export function houseConditions(filter: HouseFilter = {}): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.regionCode)
    conditions.push(regionSubtreeCondition(filter.regionCode, 'filter.regionCode', 'e0.region_code'));
  if (filter.gridId) conditions.push({ sql: 'e0.grid_id = ?', params: [checkedId(filter.gridId, 'filter.gridId')] });
  if (filter.use) conditions.push({ sql: 'e0.use = ?', params: [filter.use] });
  return conditions;
}

export function listHouses(
  em: EntityManager,
  access: AccessControl,
  filter: HouseFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<House>> {
  return fetchPage(em, {
    entity: House,
    kind: 'House',
    order: 'ID_ASC',
    conditions: scoped(access, 'House', houseConditions(filter)),
    first,
    after,
  });
}
