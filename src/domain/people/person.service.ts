import type { AccessControl } from '../../access/policy-evaluation';
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeIdentityNumber, normalizePersonName } from '../../identity';
import { badInput, forbidden } from '../../graphql/errors';
import { identityNumberIndex } from '../../access/protect';
import { Page } from '../../graphql/pagination';
import { fetchPage, scoped, SqlCondition } from '../shared/keyset';
import { regionSubtreeCondition } from '../regions/region-filter';
import { checkedId } from '../shared/id-argument';
import { Person } from './person.entity';
import { PersonFilter } from './person.inputs';

/**
 * Turns a person filter into SQL conditions on alias e0; rejects malformed values by argument
 * name, and filters the policy does not allow (a sensitive group it may not see, identity numbers
 * it may not read) with FORBIDDEN, since a filter answers what the field would show.
 */
export function personConditions(filter: PersonFilter = {}, access?: AccessControl): SqlCondition[] {
  const conditions: SqlCondition[] = [{ sql: 'e0.merged_into_id is null', params: [] }];
  if (filter.regionCode)
    conditions.push(regionSubtreeCondition(filter.regionCode, 'filter.regionCode', 'e0.region_code'));
  if (filter.gridId) conditions.push({ sql: 'e0.grid_id = ?', params: [checkedId(filter.gridId, 'filter.gridId')] });
  if (filter.name != null) {
    const name = normalizePersonName(filter.name);
    if (!name) throw badInput('filter.name', 'must not be blank');
    if (access?.fieldAccess('Person', 'name') === 'DENY')
      throw forbidden('your policy does not allow finding people by name');
    conditions.push({ sql: 'e0.name_key = ?', params: [name.key] });
  }
  if (filter.tag) {
    if (access && !access.tagVisible({ kind: filter.tag }))
      throw forbidden(`your policy does not allow filtering by the ${filter.tag} group`);
    conditions.push({
      sql: 'exists (select 1 from person_tag t where t.person_id = e0.id and t.kind = ?)',
      params: [filter.tag],
    });
  }
  if (filter.identityNumber != null) {
    const number = normalizeIdentityNumber(filter.identityNumber);
    if (!number?.valid) throw badInput('filter.identityNumber', 'is not a valid identity number (GB 11643)');
    if (access?.fieldAccess('Person', 'identityNumber') === 'DENY')
      throw forbidden('your policy does not allow finding people by identity number');
    conditions.push({ sql: 'e0.identity_number_bidx = ?', params: [identityNumberIndex(number.value)] });
  }
  return conditions;
}

export function listPeople(
  em: EntityManager,
  access: AccessControl,
  filter: PersonFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<Person>> {
  return fetchPage(em, {
    entity: Person,
    kind: 'Person',
    order: 'ID_ASC',
    conditions: scoped(access, 'Person', personConditions(filter, access)),
    first,
    after,
  });
}
