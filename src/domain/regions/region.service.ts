import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDivisionCode } from '../../identity';
import { badInput } from '../../graphql/errors';
import { Page } from '../../graphql/pagination';
import { fetchPage, SqlCondition } from '../shared/keyset';
import { regionSubtreeCondition } from './region-filter';
import { Region } from './region.entity';
import { RegionFilter } from './region.inputs';

/** Validates a division code argument; returns it unchanged. */
export function checkedRegionCode(code: string, argument: string): string {
  try {
    parseDivisionCode(code);
  } catch {
    throw badInput(argument, `"${code}" is not a 12-digit division code (区划代码)`);
  }
  return code;
}

export function regionConditions(filter: RegionFilter = {}): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.within) {
    const subtree = regionSubtreeCondition(filter.within, 'filter.within', 'e0.code');
    // A village's subtree is itself: keep the prefix match so the region is returned.
    conditions.push(subtree.sql.endsWith('= ?') ? { sql: 'e0.code = ?', params: subtree.params } : subtree);
  }
  if (filter.parentCode) {
    conditions.push({ sql: 'e0.parent_code = ?', params: [checkedRegionCode(filter.parentCode, 'filter.parentCode')] });
  }
  if (filter.level) conditions.push({ sql: 'e0.level = ?', params: [filter.level] });
  return conditions;
}

export function listRegions(
  em: EntityManager,
  filter: RegionFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<Region>> {
  return fetchPage(em, {
    entity: Region,
    kind: 'Region',
    order: 'CODE_ASC',
    conditions: regionConditions(filter),
    first,
    after,
  });
}
