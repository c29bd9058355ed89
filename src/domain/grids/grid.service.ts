import type { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '../../graphql/pagination';
import { fetchPage, SqlCondition } from '../shared/keyset';
import { checkedId } from '../shared/id-argument';
import { regionSubtreeCondition } from '../regions/region-filter';
import { Grid } from './grid.entity';
import { GridFilter } from './grid.inputs';

export function gridConditions(filter: GridFilter = {}): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.regionCode)
    conditions.push(regionSubtreeCondition(filter.regionCode, 'filter.regionCode', 'e0.region_code'));
  if (filter.parentId)
    conditions.push({ sql: 'e0.parent_id = ?', params: [checkedId(filter.parentId, 'filter.parentId')] });
  if (filter.topLevel != null)
    conditions.push({ sql: `e0.parent_id is ${filter.topLevel ? '' : 'not '}null`, params: [] });
  return conditions;
}

export function listGrids(
  em: EntityManager,
  filter: GridFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<Grid>> {
  return fetchPage(em, {
    entity: Grid,
    kind: 'Grid',
    order: 'ID_ASC',
    conditions: gridConditions(filter),
    first,
    after,
  });
}
