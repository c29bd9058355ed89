import type { AccessControl } from '../../access/policy-evaluation';
import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeCreditCode } from '../../identity';
import { badInput } from '../../graphql/errors';
import { Page } from '../../graphql/pagination';
import { fetchPage, scoped, SqlCondition } from '../shared/keyset';
import { regionSubtreeCondition } from '../regions/region-filter';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';

export function organizationConditions(filter: OrganizationFilter = {}): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.regionCode)
    conditions.push(regionSubtreeCondition(filter.regionCode, 'filter.regionCode', 'e0.region_code'));
  if (filter.creditCode != null) {
    const code = normalizeCreditCode(filter.creditCode);
    if (!code?.valid) throw badInput('filter.creditCode', 'is not a valid unified social credit code (GB 32100)');
    conditions.push({ sql: 'e0.credit_code = ?', params: [code.value] });
  }
  if (filter.nameContains) {
    conditions.push({
      sql: `e0.name like ? escape '\\'`,
      params: [`%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    });
  }
  if (filter.kind) conditions.push({ sql: 'e0.kind = ?', params: [filter.kind] });
  if (filter.state) conditions.push({ sql: 'e0.state = ?', params: [filter.state] });
  return conditions;
}

export function listOrganizations(
  em: EntityManager,
  access: AccessControl,
  filter: OrganizationFilter | undefined,
  first: number,
  after?: string | null,
): Promise<Page<Organization>> {
  return fetchPage(em, {
    entity: Organization,
    kind: 'Organization',
    order: 'ID_ASC',
    conditions: scoped(access, 'Organization', organizationConditions(filter)),
    first,
    after,
  });
}
