import { PersonTagKind } from '../domain/shared/enums';
import { AccessRole, Department } from './access.enums';

/**
 * 数据目录 access policies, as data: for each department and role, which types and fields it may
 * read, in which region, which sensitive groups, and which administrative capabilities it has.
 * Evaluation (policy-evaluation.ts) turns these into per-request decisions.
 *
 * Field access: READ shows the value; MASK shows it masked (identity numbers, phones, birth dates,
 * names); CLEAR shows identity numbers and phones in clear text (an identity number only with a
 * `purpose`); DENY answers FORBIDDEN for the field. READ on a maskable field is MASK.
 */
export type FieldAccess = 'DENY' | 'MASK' | 'READ' | 'CLEAR';

export interface TypeRule {
  default: FieldAccess;
  fields?: Record<string, FieldAccess>;
}

export type Capability = 'ADMIN' | 'AUDIT';

export interface AccessPolicy {
  /**
   * GraphQL type name → rule; `*` is the rule of every type not listed (the closed loop's units,
   * tasks and alerts…). Without `*`, a type not listed is unreadable.
   */
  types: Record<string, TypeRule>;
  /** ALL: the whole hub; CLIENT: the region subtree the client is scoped to. */
  region: 'ALL' | 'CLIENT';
  /** Only the people, houses and events of the member's own grid. */
  ownGridOnly: boolean;
  /** The sensitive special groups it may see (tags, and filters on them). */
  sensitiveTags: readonly PersonTagKind[];
  capabilities: readonly Capability[];
}

/** 特殊人群 the sensitive groups, and who needs them for their duties. */
export const CORRECTION_GROUPS = [PersonTagKind.COMMUNITY_CORRECTION, PersonTagKind.RELEASED_AFTER_SENTENCE] as const;
export const ASSISTANCE_GROUPS = [
  PersonTagKind.MINIMUM_LIVING_ALLOWANCE,
  PersonTagKind.EXTREME_POVERTY,
  PersonTagKind.TEMPORARY_ASSISTANCE,
] as const;
export const HEALTH_GROUPS = [PersonTagKind.SEVERE_MENTAL_DISORDER, PersonTagKind.DRUG_USER] as const;
export const SENSITIVE_TAGS: ReadonlySet<PersonTagKind> = new Set([
  ...CORRECTION_GROUPS,
  ...ASSISTANCE_GROUPS,
  ...HEALTH_GROUPS,
]);

const READ: TypeRule = { default: 'READ' };
const GOLDEN_TYPES = ['PersonTag', 'Residence', 'House', 'Organization', 'Event', 'EventParty', 'Grid', 'Region'];

/** Person by its own rule, the other golden records and every other type readable. */
function withPerson(person: TypeRule, others: Record<string, TypeRule> = {}): Record<string, TypeRule> {
  return { '*': READ, Person: person, ...Object.fromEntries(GOLDEN_TYPES.map((t) => [t, READ])), ...others };
}

const ALL_TYPES_CLEAR = withPerson(
  { default: 'READ', fields: { identityNumber: 'CLEAR', phones: 'CLEAR' } },
  { RegistryLoadResult: READ },
);
const OFFICER_CLEAR = withPerson({ default: 'READ', fields: { identityNumber: 'CLEAR', phones: 'CLEAR' } });

function policy(p: Partial<AccessPolicy> & Pick<AccessPolicy, 'types'>): AccessPolicy {
  return { region: 'CLIENT', ownGridOnly: false, sensitiveTags: [], capabilities: [], ...p };
}

/** Keyed `DEPARTMENT:ROLE`; `*:ROLE` applies to any department without its own entry. */
export const POLICIES: Readonly<Record<string, AccessPolicy>> = {
  'HUB:ADMIN': policy({
    types: ALL_TYPES_CLEAR,
    region: 'ALL',
    sensitiveTags: [...SENSITIVE_TAGS, PersonTagKind.FREQUENT_PETITIONER],
    capabilities: ['ADMIN', 'AUDIT'],
  }),
  'HUB:AUDITOR': policy({
    types: { Person: { default: 'DENY', fields: { id: 'READ', name: 'READ' } } },
    region: 'ALL',
    capabilities: ['AUDIT'],
  }),
  'POLICE:OFFICER': policy({
    types: OFFICER_CLEAR,
    sensitiveTags: [...CORRECTION_GROUPS, ...HEALTH_GROUPS, PersonTagKind.FREQUENT_PETITIONER],
  }),
  'JUSTICE:OFFICER': policy({ types: OFFICER_CLEAR, sensitiveTags: [...CORRECTION_GROUPS] }),
  'CIVIL_AFFAIRS:OFFICER': policy({ types: OFFICER_CLEAR, sensitiveTags: [...ASSISTANCE_GROUPS] }),
  'PETITIONS:OFFICER': policy({
    types: withPerson({ default: 'READ', fields: { identityNumber: 'MASK', phones: 'CLEAR' } }),
    sensitiveTags: [PersonTagKind.FREQUENT_PETITIONER],
  }),
  'GOVERNANCE_CENTER:DISPATCHER': policy({
    types: withPerson({ default: 'READ', fields: { identityNumber: 'MASK', phones: 'MASK' } }),
  }),
  'GOVERNANCE_CENTER:GRID_WORKER': policy({
    types: withPerson(
      { default: 'READ', fields: { identityNumber: 'MASK', phones: 'CLEAR' } },
      { Organization: { default: 'DENY' } },
    ),
    ownGridOnly: true,
  }),
  '*:ANALYST': policy({
    types: withPerson({
      default: 'DENY',
      fields: {
        id: 'READ',
        gender: 'READ',
        birthDate: 'MASK',
        identityNumberValid: 'READ',
        region: 'READ',
        grid: 'READ',
        events: 'READ',
      },
    }),
  }),
};

export function policyKey(department: Department, role: AccessRole): string | undefined {
  if (POLICIES[`${department}:${role}`]) return `${department}:${role}`;
  if (POLICIES[`*:${role}`]) return `*:${role}`;
  return undefined;
}
