/**
 * The shapes of the generated demo county. Other parts of the hub (the embedded seed, the
 * benchmarks, the connector tests) code against these names, so they change only together.
 */

/** The administrative tree and the grids of the county, as the registry loader reads it. */
export interface RegistryDocument {
  regions: {
    code: string;
    name: string;
    level: 'COUNTY' | 'TOWN' | 'VILLAGE';
    parentCode: string | null;
  }[];
  /** `parentCode` is set for micro-grids and names the grid they are part of. */
  grids: { code: string; name: string; villageCode: string; parentCode: string | null }[];
}

/** One generated resident; `key` is stable for a seed and is what the feed truth map points at. */
export interface DemoPerson {
  key: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  identityNumber: string;
  phones: string[];
  villageCode: string;
}

/** One house with its address inside its village and the (micro-)grid responsible for it. */
export interface DemoHouse {
  key: string;
  address: string;
  regionCode: string;
  gridCode: string;
  use: 'SELF_OCCUPIED' | 'RENTED' | 'VACANT' | 'BUSINESS';
  lat: number;
  lng: number;
}

/** One social organisation registered with civil affairs. */
export interface DemoOrganization {
  key: string;
  creditCode: string;
  name: string;
  kind: 'SOCIAL_GROUP' | 'PRIVATE_NON_ENTERPRISE' | 'FOUNDATION';
  legalRepresentativeKey: string;
  address: string;
  regionCode: string;
  state: 'ACTIVE' | 'DEREGISTERED' | 'REVOKED';
  registeredOn: string;
}

/** Who lives in, owns or lets which house, and since when. */
export interface DemoResidence {
  personKey: string;
  houseKey: string;
  kind: 'REGISTERED' | 'FLOATING' | 'TENANT' | 'OWNER' | 'LANDLORD';
  validFrom: string;
  validTo: string | null;
}

/** A party of an event and the part it played. */
export interface DemoEventParty {
  personKey: string;
  role: 'PETITIONER' | 'REPORTER' | 'PARTY' | 'VICTIM' | 'SUSPECT' | 'APPLICANT' | 'RESPONDENT';
}

/** One dispute, petition, incident, mediation, hazard or request. */
export interface DemoEvent {
  key: string;
  kind: 'DISPUTE' | 'PETITION' | 'INCIDENT' | 'MEDIATION' | 'HAZARD' | 'REQUEST';
  category: string;
  summary: string;
  /** ISO 8601 in UTC. */
  occurredAt: string;
  reportedAt: string;
  regionCode: string;
  gridCode: string | null;
  houseKey: string | null;
  status: 'REPORTED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';
  parties: DemoEventParty[];
}

/** Everything generated for one seed. */
export interface DemoCounty {
  registry: RegistryDocument;
  people: DemoPerson[];
  houses: DemoHouse[];
  organizations: DemoOrganization[];
  residences: DemoResidence[];
  events: DemoEvent[];
}

/** What to generate: the same options always give byte-identical output. */
export interface DemoCountyOptions {
  /** Any 32-bit integer; default 1. */
  seed?: number;
  /** How many people live in the county; default 20000. */
  people?: number;
}
