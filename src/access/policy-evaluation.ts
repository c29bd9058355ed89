import { divisionCodePrefix } from '../identity';
import { forbidden } from '../graphql/errors';
import type { SqlCondition } from '../domain/shared/keyset';
import { PersonTagKind } from '../domain/shared/enums';
import { CLEAR_TEXT_FIELDS, MASKERS } from './masking';
import { AccessPolicy, Capability, FieldAccess, POLICIES, policyKey, SENSITIVE_TAGS, TypeRule } from './policies';
import type { Principal } from './principal';

/** The record kinds whose rows are limited to a region subtree (and, for grid workers, a grid). */
export type ScopedKind = 'Person' | 'House' | 'Event' | 'Organization';
const GRID_SCOPED: ReadonlySet<ScopedKind> = new Set(['Person', 'House', 'Event']);

/** Types that only carry other types (pages, edges) or answer operations that check capabilities. */
const STRUCTURAL =
  /(Connection|Edge)$|^(PageInfo|Query|Mutation|_Service|AccessClient|IssuedClient|AccessLedgerEntry|LedgerVerification)$/;

export interface ScopedRow {
  region?: { code: string } | null;
  grid?: { id: string } | null;
}

/** One request's view of its policy: what the guard, the loaders and the services ask. */
export interface AccessControl {
  readonly enabled: boolean;
  readonly principal: Principal;
  /** How `Type.field` may be read; structural types always READ. */
  fieldAccess(type: string, field: string): FieldAccess;
  /** The SQL condition limiting `kind` rows on `alias`, or null when the policy sees them all. */
  rowScope(kind: ScopedKind, alias: string): SqlCondition | null;
  /** The same rule for a row already loaded by id. */
  visible(kind: ScopedKind, row: ScopedRow): boolean;
  tagVisible(tag: { kind: PersonTagKind; sensitive?: boolean }): boolean;
  /** Throws FORBIDDEN unless the policy has the capability. */
  require(capability: Capability): void;
}

const ORDER: FieldAccess[] = ['DENY', 'MASK', 'READ', 'CLEAR'];
const widest = (a: FieldAccess, b: FieldAccess): FieldAccess => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

function mergeRules(a: TypeRule | undefined, b: TypeRule): TypeRule {
  if (!a) return b;
  const fields: Record<string, FieldAccess> = {};
  for (const name of new Set([...Object.keys(a.fields ?? {}), ...Object.keys(b.fields ?? {})])) {
    fields[name] = widest(a.fields?.[name] ?? a.default, b.fields?.[name] ?? b.default);
  }
  return { default: widest(a.default, b.default), fields };
}

/** A principal with several roles gets the union of their policies; no known role, no access. */
export function effectivePolicy(principal: Pick<Principal, 'department' | 'roles'>): AccessPolicy | null {
  const policies = principal.roles
    .map((r) => policyKey(principal.department, r))
    .filter((k): k is string => !!k)
    .map((k) => POLICIES[k]);
  if (!policies.length) return null;
  return policies.reduce((acc, p) => ({
    types: Object.fromEntries(
      [...new Set([...Object.keys(acc.types), ...Object.keys(p.types)])].map((t) => [
        t,
        p.types[t] ? mergeRules(acc.types[t], p.types[t]) : acc.types[t],
      ]),
    ),
    region: acc.region === 'ALL' || p.region === 'ALL' ? 'ALL' : 'CLIENT',
    ownGridOnly: acc.ownGridOnly && p.ownGridOnly,
    sensitiveTags: [...new Set([...acc.sensitiveTags, ...p.sensitiveTags])],
    capabilities: [...new Set([...acc.capabilities, ...p.capabilities])],
  }));
}

function decide(policy: AccessPolicy | null, type: string, field: string): FieldAccess {
  if (STRUCTURAL.test(type)) return 'READ';
  const rule = policy?.types[type] ?? policy?.types['*'];
  if (!rule) return 'DENY';
  let access = rule.fields?.[field] ?? rule.default;
  const key = `${type}.${field}`;
  if (access === 'READ' && CLEAR_TEXT_FIELDS.has(key)) access = 'MASK';
  if (access === 'CLEAR' && !CLEAR_TEXT_FIELDS.has(key)) access = 'READ';
  if (access === 'MASK' && !MASKERS[key]) access = 'DENY';
  return access;
}

/**
 * Field decisions per policy (department and roles), shared by every request with that policy:
 * the guard asks for each field of each row, so this must cost a map lookup, not an evaluation.
 */
const decisionCache = new Map<string, { policy: AccessPolicy | null; byType: Map<string, Map<string, FieldAccess>> }>();

function policyDecisions(principal: Principal) {
  const key = `${principal.department}:${[...principal.roles].sort().join('+')}`;
  let cached = decisionCache.get(key);
  if (!cached) decisionCache.set(key, (cached = { policy: effectivePolicy(principal), byType: new Map() }));
  return cached;
}

/** Builds a request's AccessControl from its principal and the policies. */
export function createAccessControl(principal: Principal): AccessControl {
  const { policy, byType } = policyDecisions(principal);
  const regionPrefix =
    policy?.region === 'CLIENT' && principal.regionCode ? divisionCodePrefix(principal.regionCode) : null;
  const gridIds = policy?.ownGridOnly ? new Set(principal.gridIds ?? []) : null;
  const tags = new Set(policy?.sensitiveTags ?? []);
  return {
    enabled: true,
    principal,
    fieldAccess(type, field) {
      let fields = byType.get(type);
      if (!fields) byType.set(type, (fields = new Map()));
      let access = fields.get(field);
      if (!access) fields.set(field, (access = decide(policy, type, field)));
      return access;
    },
    rowScope(kind, alias) {
      if (!policy) return { sql: 'false', params: [] };
      const parts: SqlCondition[] = [];
      if (regionPrefix) parts.push({ sql: `${alias}.region_code like ?`, params: [`${regionPrefix}%`] });
      if (gridIds && GRID_SCOPED.has(kind))
        parts.push({ sql: `${alias}.grid_id = any(?::uuid[])`, params: [`{${[...gridIds].join(',')}}`] });
      if (!parts.length) return null;
      return { sql: parts.map((p) => p.sql).join(' and '), params: parts.flatMap((p) => p.params) };
    },
    visible(kind, row) {
      if (!policy) return false;
      if (regionPrefix && !row.region?.code.startsWith(regionPrefix)) return false;
      if (gridIds && GRID_SCOPED.has(kind) && !(row.grid && gridIds.has(row.grid.id))) return false;
      return true;
    },
    tagVisible(tag) {
      return !(SENSITIVE_TAGS.has(tag.kind) || tag.sensitive) || tags.has(tag.kind);
    },
    require(capability) {
      if (!policy?.capabilities.includes(capability))
        throw forbidden(`this operation needs the ${capability} capability, which your policy does not grant`);
    },
  };
}

/** Authorization switched off (GOVGRAPH_ACCESS_CONTROL=false, never in production): everything readable in clear. */
export function createUnrestrictedAccess(principal: Principal): AccessControl {
  return {
    enabled: false,
    principal,
    fieldAccess: (type, field) => (CLEAR_TEXT_FIELDS.has(`${type}.${field}`) ? 'CLEAR' : 'READ'),
    rowScope: () => null,
    visible: () => true,
    tagVisible: () => true,
    require: () => undefined,
  };
}
