import { REFERENCE_MS } from './calendar';
import { DemoEvent, DemoEventParty } from './demo.types';
import { EVENT_CATEGORIES, EVENT_KINDS, EVENT_SUMMARIES } from './events.data';
import { pickAdult, pickHouse, pickNeighbour } from './picks';
import { Population } from './population';
import { Random, WeightedPicker, pickerFromPairs, rankedPicker } from './random';
import { VillageSite } from './registry';
import { flatten } from './strings';

type Kind = DemoEvent['kind'];
type Role = DemoEventParty['role'];

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const WINDOW_DAYS = 730;
const pickKind = pickerFromPairs(EVENT_KINDS);
const categoryPickers = Object.fromEntries(
  Object.entries(EVENT_CATEGORIES).map(([kind, categories]) => [kind, rankedPicker(categories)]),
) as Record<Kind, WeightedPicker<string>>;
/** How likely an event of each kind is tied to a house; grid workers report at a door, departments less so. */
// prettier-ignore
const HOUSE_SHARE: Record<Kind, number> = { DISPUTE: 0.6, PETITION: 0.2, INCIDENT: 0.8, MEDIATION: 0.3, HAZARD: 0.7, REQUEST: 0.5 };
const OTHERS: readonly Role[] = ['PARTY', 'VICTIM', 'SUSPECT'];
const GRID_REPORTED: ReadonlySet<Kind> = new Set(['DISPUTE', 'HAZARD', 'REQUEST']);

/** The roles of an event's parties, in order, by kind (none for a hazard found on patrol). */
function roles(random: Random, kind: Kind): Role[] {
  switch (kind) {
    case 'PETITION':
      return Array<Role>(random.chance(0.8) ? 1 : random.between(2, 5)).fill('PETITIONER');
    case 'INCIDENT':
      return ['REPORTER', ...Array.from({ length: random.between(0, 2) }, () => random.pick(OTHERS))];
    case 'MEDIATION':
      return ['APPLICANT', 'RESPONDENT'];
    case 'DISPUTE':
      return Array<Role>(random.chance(0.85) ? 2 : 3).fill('PARTY');
    case 'HAZARD':
      return random.chance(0.7) ? ['REPORTER'] : [];
    case 'REQUEST':
      return ['APPLICANT'];
  }
}

type Status = DemoEvent['status'];
// prettier-ignore
const STATUS_BY_AGE: readonly (readonly [number, WeightedPicker<Status>])[] = [
  [7, pickerFromPairs<Status>([['REPORTED', 50], ['IN_PROGRESS', 45], ['RESOLVED', 5]])],
  [60, pickerFromPairs<Status>([['REPORTED', 10], ['IN_PROGRESS', 45], ['RESOLVED', 35], ['CLOSED', 10]])],
  [Infinity, pickerFromPairs<Status>([['REPORTED', 2], ['IN_PROGRESS', 8], ['RESOLVED', 40], ['CLOSED', 50]])],
];

/** Older events are mostly settled; the last week's are mostly still open. */
function statusOf(random: Random, reportedMs: number): Status {
  const ageDays = (REFERENCE_MS - reportedMs) / DAY;
  const [, pick] = STATUS_BY_AGE.find(([maxAge]) => ageDays < maxAge)!;
  return pick(random);
}

function makeEvent(random: Random, villages: VillageSite[], population: Population, occurredMs: number): DemoEvent {
  const kind = pickKind(random);
  const category = categoryPickers[kind](random);
  const partyRoles = roles(random, kind);
  const first = pickAdult(random, population);
  const v = population.personVillage[first];
  const village = villages[v];
  const members = partyRoles.length > 0 ? [first] : [];
  while (members.length < partyRoles.length) members.push(pickNeighbour(random, population, v, members));
  const house = random.chance(HOUSE_SHARE[kind]) ? pickHouse(random, population, v) : null;
  const gridCode =
    house !== null
      ? population.houses[house].gridCode
      : GRID_REPORTED.has(kind)
        ? random.pick(random.pick(village.gridSlots))
        : null;
  // Police calls are logged within the hour; other reports reach a desk within three days.
  const delay = kind === 'INCIDENT' ? random.int(60) * MINUTE : random.int(72 * 60) * MINUTE;
  const reportedMs = Math.min(occurredMs + delay, REFERENCE_MS - MINUTE);
  return {
    key: '',
    kind,
    category,
    summary: flatten(village.name + random.pick(EVENT_SUMMARIES[category]) + '。'),
    occurredAt: new Date(occurredMs).toISOString(),
    reportedAt: new Date(reportedMs).toISOString(),
    regionCode: village.code,
    gridCode,
    houseKey: house === null ? null : population.houses[house].key,
    status: statusOf(random, reportedMs),
    parties: members.map((person, i) => ({
      personKey: population.people[person].key,
      role: partyRoles[i],
    })),
  };
}

/**
 * Generates about one event per four people over the 24 months before the reference date, in
 * time order (keys follow time), with parties drawn from the people of the event's village.
 */
export function generateEvents(random: Random, villages: VillageSite[], population: Population): DemoEvent[] {
  if (population.people.length === 0) return [];
  const count = Math.floor(population.people.length / 4);
  // Drawing the times first and sorting them lets the events be made once, already in order.
  const times = new Float64Array(count);
  const firstMinute = (REFERENCE_MS - WINDOW_DAYS * DAY) / MINUTE;
  for (let i = 0; i < count; i++) times[i] = (firstMinute + random.int(WINDOW_DAYS * 1440)) * MINUTE;
  times.sort();
  const events: DemoEvent[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const event = makeEvent(random, villages, population, times[i]);
    event.key = `E${String(i + 1).padStart(7, '0')}`;
    events[i] = event;
  }
  return events;
}
