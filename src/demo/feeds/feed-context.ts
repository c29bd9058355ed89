import { DemoCounty, DemoHouse } from '../demo.types';
import { Random, mix32 } from '../random';
import { COUNTY } from '../regions.data';
import { FEED_TOPICS, FeedTopic } from './feed.types';

/** Lookups over a county that every topic renderer needs, built once per rendering. */
export interface FeedContext {
  county: DemoCounty;
  noise: number;
  /** A random stream of its own per topic, so one topic's output does not depend on another's. */
  random(topic: FeedTopic): Random;
  personIndex(key: string): number;
  houseIndex(key: string): number;
  /** The house a person lives in (a current residence first), or null. */
  homeOf(person: number): DemoHouse | null;
  /** The person who lets or owns a house, or -1. */
  landlordOf(house: number): number;
  /** `山东省临沂市平邑县` + the house's address: how departments write an address. */
  fullAddress(house: DemoHouse): string;
  /** Where a person (by index) lives, written as departments write it. */
  addressOf(person: number): string;
  /** `平邑县铜石镇小河村` for a village code. */
  placeName(regionCode: string): string;
  /** The name of a region: `小河村` for a village code. */
  regionName(regionCode: string): string;
  /** `铜石镇` for a village code. */
  townName(regionCode: string): string;
}

/**
 * Index of a key like `P0000042`: generated keys encode their position, which spares a map of a
 * million entries; a county built some other way still works through the fallback map.
 */
function keyIndex<T extends { key: string }>(items: T[]): (key: string) => number {
  let byKey: Map<string, number> | undefined;
  return (key) => {
    const guess = Number(key.slice(1)) - 1;
    if (items[guess]?.key === key) return guess;
    byKey ??= new Map(items.map((item, i) => [item.key, i]));
    const found = byKey.get(key);
    if (found === undefined) throw new RangeError(`no ${key} in the county`);
    return found;
  };
}

/** Builds the lookups in two passes over the residences; rejects a residence naming an unknown key. */
export function createFeedContext(county: DemoCounty, seed: number, noise: number): FeedContext {
  const personIndex = keyIndex(county.people);
  const houseIndex = keyIndex(county.houses);
  const home = new Int32Array(county.people.length).fill(-1);
  const landlord = new Int32Array(county.houses.length).fill(-1);
  for (const pass of [0, 1]) {
    for (const residence of county.residences) {
      const lives = residence.kind === 'REGISTERED' || residence.kind === 'TENANT' || residence.kind === 'FLOATING';
      // Pass 0 takes current residences and landlords; pass 1 fills gaps with ended ones and owners.
      if (lives && (pass === 1 || residence.validTo === null)) {
        const person = personIndex(residence.personKey);
        if (home[person] < 0) home[person] = houseIndex(residence.houseKey);
      } else if (residence.kind === (pass === 0 ? 'LANDLORD' : 'OWNER')) {
        const house = houseIndex(residence.houseKey);
        if (landlord[house] < 0) landlord[house] = personIndex(residence.personKey);
      }
    }
  }
  const regions = new Map(county.registry.regions.map((region) => [region.code, region.name]));
  const base = new Random(seed | 0);
  const fullAddress = (house: DemoHouse): string => COUNTY.addressPrefix + house.address;
  const regionName = (code: string): string => regions.get(code) ?? '';
  const townName = (code: string): string => regionName(`${code.slice(0, 9)}000`);
  const placeName = (code: string): string => COUNTY.name + townName(code) + regionName(code);
  return {
    county,
    noise,
    random: (topic) => base.fork(mix32(FEED_TOPICS.indexOf(topic) + 1)),
    personIndex,
    houseIndex,
    homeOf: (person) => (home[person] < 0 ? null : county.houses[home[person]]),
    landlordOf: (house) => landlord[house],
    fullAddress,
    addressOf: (person) => {
      const house = home[person];
      if (house >= 0) return fullAddress(county.houses[house]);
      const village = county.people[person].villageCode;
      return COUNTY.addressPrefix + townName(village) + regionName(village);
    },
    placeName,
    regionName,
    townName,
  };
}
