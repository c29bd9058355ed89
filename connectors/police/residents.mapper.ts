import { HouseUse, ResidenceKind } from '../../src/domain/shared/enums';
import type { CanonicalRecord, ResidenceFact } from '../shared/canonical-record';
import { ConnectorRejection, MessageMeta } from '../shared/define-connector';
import { houseMention, personMention } from '../shared/mapping/mentions';
import { dayAt, optionalDayAt, upsertRecord } from '../shared/mapping/record';
import { shanghaiDateOf } from '../shared/mapping/time';
import { PoliceResident } from './residents.schema';

/**
 * Maps a residence registration to the resident `person`, the house `house` (RENTED when
 * `rental`), the landlord `house.landlord`, a residence person → house (TENANT for a rental,
 * FLOATING otherwise) from registeredAt to expiresAt, and a LANDLORD residence landlord →
 * house. A CANCELLED registration ends the residence on the Shanghai day of its updatedAt (or
 * at expiry, if that came first) and deletes nothing. The landlord's residence has no period:
 * the registration says nothing about when the ownership began or ends. Resolves updatedAt as
 * the version.
 * Rejects (ConnectorRejection at `house.address`) an address made only of punctuation.
 */
export function mapPoliceResident(value: PoliceResident, meta: MessageMeta): CanonicalRecord {
  const updatedAt = new Date(value.updatedAt);
  const record = upsertRecord(meta, {
    department: 'police',
    key: value.registrationId,
    version: String(value.updatedAt),
    versionOrder: value.updatedAt,
    observedAt: updatedAt,
  });
  const { person, house } = value;
  const rental = house.rental === true;
  const houseFact = houseMention('house', { ...house, use: rental ? HouseUse.RENTED : null });
  // The schema requires a non-blank address; normalizeAddress may still find nothing in `-`.
  if (!houseFact) throw new ConnectorRejection('no address in it', 'house.address');
  record.houses = [houseFact];
  record.people = [
    personMention('person', {
      name: person.name,
      identityNumber: person.idNumber,
      phones: [person.phone],
      gender: person.gender === 'M' ? 'MALE' : person.gender === 'F' ? 'FEMALE' : null,
      birthDate: optionalDayAt(person.birthDate, 'YYYYMMDD', 'person.birthDate'),
    }),
  ];
  const residences: ResidenceFact[] = [
    {
      personPath: 'person',
      housePath: 'house',
      kind: rental ? ResidenceKind.TENANT : ResidenceKind.FLOATING,
      validFrom: dayAt(value.registeredAt, 'YYYY-MM-DD', 'registeredAt'),
      validTo: residenceEnd(value, updatedAt),
    },
  ];
  if (house.landlord) {
    const { name, idNumber, phone } = house.landlord;
    record.people.push(personMention('house.landlord', { name, identityNumber: idNumber, phones: [phone] }));
    residences.push({
      personPath: 'house.landlord',
      housePath: 'house',
      kind: ResidenceKind.LANDLORD,
      validFrom: null,
      validTo: null,
    });
  }
  record.residences = residences;
  return record;
}

// YYYY-MM-DD strings compare in calendar order.
function residenceEnd(value: PoliceResident, updatedAt: Date): string | null {
  const expires = optionalDayAt(value.expiresAt, 'YYYY-MM-DD', 'expiresAt');
  if (value.status !== 'CANCELLED') return expires;
  const cancelled = shanghaiDateOf(updatedAt);
  return expires !== null && expires < cancelled ? expires : cancelled;
}
