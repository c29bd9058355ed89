import { REFERENCE_MS, addMonths, dayToMs, parseIsoDate } from '../calendar';
import { DemoResidence } from '../demo.types';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { present } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.police.residents';
const REFERENCE_DATE = new Date(REFERENCE_MS).toISOString().slice(0, 10);
const MINUTE = 60_000;
/** An instant `minutes` into office hours (from 08:30 Shanghai, UTC+8) of a calendar day. */
const officeTime = (day: number, minutes: number): number => dayToMs(day) + (8 * 60 + 30 - 8 * 60 + minutes) * MINUTE;

/** The end of the registration year the residence is in (or ended in): registrations run a year and are renewed. */
function expiresAt(residence: DemoResidence): string {
  const until = residence.validTo ?? REFERENCE_DATE;
  let years = 1;
  while (addMonths(residence.validFrom, 12 * years) <= until) years += 1;
  return addMonths(residence.validFrom, 12 * years);
}

/**
 * Renders FLOATING and TENANT residences as police residence registrations: key
 * `registrationId`, the resident as `person` and the landlord (or the owner of the premises)
 * as `house.landlord`. A residence that ended gets a second, CANCELLED message with a later
 * `updatedAt` (the version); cancelling ends the residence and deletes nothing.
 */
export function* renderPoliceResidents(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  const { people, houses } = context.county;
  let serial = 0;
  for (const residence of context.county.residences) {
    if (residence.kind !== 'TENANT' && residence.kind !== 'FLOATING') continue;
    const key = `LD371326${String(serial++).padStart(7, '0')}`;
    const personIndex = context.personIndex(residence.personKey);
    const person = people[personIndex];
    const houseIndex = context.houseIndex(residence.houseKey);
    const house = houses[houseIndex];
    const mentions: [string, string][] = [['person', residence.personKey]];
    const typed = typePerson(random, context.noise, person, true);
    const landlordIndex = context.landlordOf(houseIndex);
    let landlord: object | undefined;
    if (landlordIndex >= 0) {
      const typedLandlord = typePerson(random, context.noise, people[landlordIndex], true);
      landlord = present({
        name: typedLandlord.name,
        idNumber: typedLandlord.id,
        phone: typedLandlord.phone,
      });
      mentions.push(['house.landlord', people[landlordIndex].key]);
    }
    const value = {
      registrationId: key,
      type: 'FLOATING_RESIDENT',
      person: present({
        name: typed.name,
        idNumber: typed.id,
        gender: person.gender === 'MALE' ? 'M' : 'F',
        birthDate: person.birthDate.replace(/-/g, ''),
        phone: typed.phone,
      }),
      house: present({
        address: context.fullAddress(house),
        regionCode: house.regionCode,
        rental: residence.kind === 'TENANT',
        landlord,
      }),
      registeredAt: residence.validFrom,
      expiresAt: expiresAt(residence),
      status: 'ACTIVE',
      updatedAt: officeTime(parseIsoDate(residence.validFrom), random.int(9 * 60)),
    };
    yield { topic: TOPIC, message: { key, value }, mentions };
    if (residence.validTo !== null) {
      const cancelled = {
        ...value,
        status: 'CANCELLED',
        updatedAt: officeTime(parseIsoDate(residence.validTo), random.int(9 * 60)),
      };
      yield { topic: TOPIC, message: { key, value: cancelled }, mentions };
    }
  }
}
