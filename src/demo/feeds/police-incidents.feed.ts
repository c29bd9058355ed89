import { REFERENCE_MS } from '../calendar';
import { DemoEvent } from '../demo.types';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { nextSerial, padded, present, shanghaiYear } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.police.incidents';
const HOUR = 3_600_000;
/** Categories that usually become a filed case rather than stay a call. */
const CASE_PRONE = new Set(['盗窃', '诈骗', '打架斗殴']);

function location(context: FeedContext, event: DemoEvent): object {
  if (event.houseKey === null) {
    return {
      address: `山东省临沂市${context.placeName(event.regionCode)}`,
      regionCode: event.regionCode,
    };
  }
  const house = context.county.houses[context.houseIndex(event.houseKey)];
  return {
    address: context.fullAddress(house),
    regionCode: house.regionCode,
    lng: house.lng,
    lat: house.lat,
  };
}

/**
 * Renders INCIDENT events as the police platform publishes them: key `incidentId`, epoch
 * milliseconds, and the people involved as `persons[i]` with their roles. One message per
 * incident; a settled incident carries the later `updatedAt` (the version) it was closed at.
 */
export function* renderPoliceIncidents(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  const counters = new Map<number, number>();
  for (const event of context.county.events) {
    if (event.kind !== 'INCIDENT') continue;
    const reportedAt = Date.parse(event.reportedAt);
    const year = shanghaiYear(reportedAt);
    const key = `J371326${year}${padded(nextSerial(counters, year), 7)}`;
    const isCase = random.chance(CASE_PRONE.has(event.category) ? 0.6 : 0.15);
    const closed = event.status === 'RESOLVED' || event.status === 'CLOSED';
    const mentions: [string, string][] = [];
    const persons = event.parties.map((party, i) => {
      const typed = typePerson(
        random,
        context.noise,
        context.county.people[context.personIndex(party.personKey)],
        true,
        true,
      );
      mentions.push([`persons[${i}]`, party.personKey]);
      return present({
        name: typed.name,
        idNumber: typed.id,
        phone: typed.phone,
        role: party.role,
      });
    });
    const value = {
      incidentId: key,
      kind: isCase ? 'CASE' : 'ALERT',
      reportedAt,
      category: event.category,
      ...(isCase ? { caseType: random.chance(0.6) ? '治安' : '刑事' } : {}),
      location: location(context, event),
      summary: event.summary,
      persons,
      disposition: closed ? random.pick(['已处置', '现场调解']) : random.pick(['立案', '移交']),
      status: closed ? 'CLOSED' : 'OPEN',
      updatedAt: closed ? Math.min(reportedAt + random.between(1, 72) * HOUR, REFERENCE_MS - 1000) : reportedAt,
    };
    yield { topic: TOPIC, message: { key, value }, mentions };
  }
}
