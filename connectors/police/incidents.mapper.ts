import { EventKind, EventStatus, PartyRole } from '../../src/domain/shared/enums';
import type { CanonicalRecord } from '../shared/canonical-record';
import type { MessageMeta } from '../shared/define-connector';
import { houseMention, namesADoor, personMention, region } from '../shared/mapping/mentions';
import { upsertRecord } from '../shared/mapping/record';
import { INCIDENT_ROLES, INCIDENT_STATUSES, PoliceIncident } from './incidents.schema';

const ROLE: Record<(typeof INCIDENT_ROLES)[number], PartyRole> = {
  REPORTER: PartyRole.REPORTER,
  PARTY: PartyRole.PARTY,
  VICTIM: PartyRole.VICTIM,
  SUSPECT: PartyRole.SUSPECT,
};

// The platform's CLOSED means handled (已处置); closing the hub's loop (follow-up) is the hub's own step.
const STATUS: Record<(typeof INCIDENT_STATUSES)[number], EventStatus> = {
  OPEN: EventStatus.IN_PROGRESS,
  CLOSED: EventStatus.RESOLVED,
};

/**
 * Maps a police alert or case to one INCIDENT event with `persons[i]` as parties in their
 * roles. Resolves: updatedAt as the version (epoch ms), reportedAt as the reported time, the
 * location as a house mention `location` when it has a door-level address (a bare village name
 * is a place, not a house), OPEN → IN_PROGRESS and CLOSED → RESOLVED. Keeps kind (ALERT/CASE),
 * case type and disposition in details. Rejects nothing the schema accepted; it has no delete.
 */
export function mapPoliceIncident(value: PoliceIncident, meta: MessageMeta): CanonicalRecord {
  const record = upsertRecord(meta, {
    department: 'police',
    key: value.incidentId,
    version: String(value.updatedAt),
    versionOrder: value.updatedAt,
    observedAt: new Date(value.updatedAt),
  });
  const persons = value.persons ?? [];
  record.people = persons.map((person, i) =>
    personMention(`persons[${i}]`, {
      name: person.name,
      identityNumber: person.idNumber,
      phones: [person.phone],
    }),
  );
  const location = value.location;
  const house = location?.regionCode && namesADoor(location.address) ? houseMention('location', location) : null;
  record.houses = house ? [house] : [];
  record.events = [
    {
      kind: EventKind.INCIDENT,
      category: value.category ?? null,
      summary: value.summary ?? value.category ?? '',
      occurredAt: null,
      reportedAt: new Date(value.reportedAt),
      regionCode: region(location?.regionCode, 'location.regionCode'),
      status: STATUS[value.status],
      housePath: house?.path ?? null,
      parties: persons.map((person, i) => ({
        personPath: `persons[${i}]`,
        role: ROLE[person.role],
      })),
      details: {
        kind: value.kind,
        caseType: value.caseType ?? null,
        disposition: value.disposition ?? null,
      },
    },
  ];
  return record;
}
