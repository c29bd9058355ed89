import type { NormalizedIdentityNumber } from '../../src/identity';
import type {
  EventKind,
  EventStatus,
  HouseUse,
  OrganizationKind,
  OrganizationState,
  PartyRole,
  PersonTagKind,
  ResidenceKind,
} from '../../src/domain/shared/enums';

/**
 * The one shape every department message is mapped to. All department quirks (pinyin field
 * names, date formats, 15-digit identity numbers, full-width digits) end in the mappers: what is
 * here is normalised. Paths are written exactly as feeds/CONTRACT.md writes them.
 */
export type Department = 'petitions' | 'police' | 'justice' | 'civil-affairs';

export interface PersonMention {
  /** Where in the message: `XFRS[0]`, `persons[1]`, `person`, `house.landlord`, `dsr[0]`, `$`, `成员[2]`, `法定代表人`. */
  path: string;
  /** Display form (normalizePersonName().display); null when the message has no name. */
  name: string | null;
  /** Normalised (15→18, full-width, spaces, x); `valid` false for a typo. Null when missing. */
  identityNumber: NormalizedIdentityNumber | null;
  /** Normalised phones (normalizePhone().value of the valid ones). */
  phones: string[];
  gender: 'MALE' | 'FEMALE' | null;
  /** YYYY-MM-DD, from the message or, failing that, null (the writer may read it from a valid identity number). */
  birthDate: string | null;
  address: string | null;
  /** 12-digit division code the message ties the person to, if any. */
  regionCode: string | null;
  /** Set when the record itself says this mention is the same person as the mention at that path (a household's 本人 row is its head `$`). */
  sameAsPath?: string;
}

export interface HouseMention {
  path: string;
  address: string;
  /** 12-digit division code; a house is identified by region + normalised address. */
  regionCode: string | null;
  use: HouseUse | null;
  lat: number | null;
  lng: number | null;
}

export interface OrganizationMention {
  path: string;
  creditCode: { value: string; valid: boolean } | null;
  name: string;
  kind: OrganizationKind;
  state: OrganizationState;
  address: string | null;
  regionCode: string | null;
  registeredOn: string | null;
  /** Path of the person mention that is the legal representative. */
  legalRepresentativePath: string | null;
  /** Path of the house mention at the registered address. */
  housePath: string | null;
  details: Record<string, unknown>;
}

export interface EventFact {
  kind: EventKind;
  category: string | null;
  summary: string;
  occurredAt: Date | null;
  reportedAt: Date;
  regionCode: string | null;
  status: EventStatus;
  /** Path of the house mention where it happened, if any. */
  housePath: string | null;
  parties: { personPath: string; role: PartyRole }[];
  /** Department-specific facts kept as they are: form, level-skipping and repeated flags, outcome, responsible unit… */
  details: Record<string, unknown>;
}

export interface ResidenceFact {
  personPath: string;
  housePath: string;
  kind: ResidenceKind;
  validFrom: string | null;
  /** Set when the residence has ended (e.g. a cancelled registration). */
  validTo: string | null;
}

export interface TagFact {
  personPath: string;
  kind: PersonTagKind;
  /** Sensitive groups (community correction, released) are visible only to cleared departments. */
  sensitive: boolean;
  validFrom: string | null;
  validTo: string | null;
  /** Still in force (在保, 在矫…). An ended tag keeps its period and is marked inactive. */
  active: boolean;
  details: Record<string, unknown>;
}

/** A household (户) as a group: the assistance ledger's unit. */
export interface HouseholdFact {
  /** The household number as the department writes it (户编号). */
  externalId: string;
  headPath: string;
  members: { personPath: string; relation: string }[];
  housePath: string | null;
  details: Record<string, unknown>;
}

export interface CanonicalRecord {
  topic: string;
  key: string;
  department: Department;
  /** DELETE removes what the record asserted from the graph; its source history stays. */
  operation: 'UPSERT' | 'DELETE';
  /** The version as the department wrote it (GXSJ, updatedAt, 更新时间), null when the topic has none. */
  version: string | null;
  /** The version as epoch milliseconds; null: the later offset wins. */
  versionOrder: number | null;
  /** When the facts were observed: the version time, else the registration time, else receipt. */
  observedAt: Date;
  people: PersonMention[];
  houses: HouseMention[];
  organizations: OrganizationMention[];
  events: EventFact[];
  residences: ResidenceFact[];
  tags: TagFact[];
  households: HouseholdFact[];
}

/** The fact lists of a record, all empty: a new record before its mapper fills them, or a delete's. */
export function noFacts(): Pick<
  CanonicalRecord,
  'people' | 'houses' | 'organizations' | 'events' | 'residences' | 'tags' | 'households'
> {
  return { people: [], houses: [], organizations: [], events: [], residences: [], tags: [], households: [] };
}
