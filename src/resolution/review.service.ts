import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '../graphql/pagination';
import { regionSubtreeCondition } from '../domain/regions/region-filter';
import { fetchPage, SqlCondition } from '../domain/shared/keyset';
import { PossibleMatch } from './possible-match.entity';
import { MatchStatus } from './resolution.enums';

/** One page of the review queue in a status (OPEN by default), optionally inside a region subtree. */
export function listPossibleMatches(
  em: EntityManager,
  filter: { regionCode?: string; status?: MatchStatus },
  first: number,
  after?: string | null,
): Promise<Page<PossibleMatch>> {
  const conditions: SqlCondition[] = [{ sql: 'e0.status = ?', params: [filter.status ?? MatchStatus.OPEN] }];
  if (filter.regionCode) conditions.push(regionSubtreeCondition(filter.regionCode, 'regionCode', 'e0.region_code'));
  return fetchPage(em, {
    entity: PossibleMatch,
    kind: 'PossibleMatch',
    order: 'ID_ASC',
    conditions,
    first,
    after,
  });
}
