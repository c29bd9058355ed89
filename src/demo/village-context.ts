import { isoDate } from './calendar';
import { DemoHouse, DemoPerson, DemoResidence } from './demo.types';
import { VillageHouses } from './houses';
import { PersonFactory } from './people';
import { Random } from './random';
import { VillageSite } from './registry';

/** What the household and group builders share while one village is being filled. */
export interface VillageContext {
  random: Random;
  village: VillageSite;
  factory: PersonFactory;
  houses: DemoHouse[];
  villageHouses: VillageHouses;
  residences: DemoResidence[];
  /** Indices of the village's native household heads: the owners of its rented and business houses. */
  heads: number[];
}

/** People of the county so far, for reading back a member made a moment ago. */
export function peopleOf(context: VillageContext): DemoPerson[] {
  return context.factory.people;
}

/** Records that a person lives in, owns or lets a house from `fromDay` (a day number). */
export function addResidence(
  context: VillageContext,
  person: number,
  house: number,
  kind: DemoResidence['kind'],
  fromDay: number,
  toDay: number | null = null,
): void {
  context.residences.push({
    personKey: context.factory.people[person].key,
    houseKey: context.houses[house].key,
    kind,
    validFrom: isoDate(fromDay),
    validTo: toDay === null ? null : isoDate(toDay),
  });
}
