import { Population } from './population';
import { Random } from './random';

/** Adults only for roles a child cannot hold: born in 2006 or earlier, 20 or older in 2026. */
const LATEST_ADULT_BIRTH = '2007';

/** Whether a person is old enough to petition, report or represent an organisation. */
export function isAdult(population: Population, person: number): boolean {
  return population.people[person].birthDate < LATEST_ADULT_BIRTH;
}

/** A random person of the county, weighted by village size; preferably an adult. */
export function pickAdult(random: Random, population: Population): number {
  let person = random.int(population.people.length);
  for (let tries = 0; tries < 8 && !isAdult(population, person); tries++) {
    person = random.int(population.people.length);
  }
  return person;
}

/**
 * Another person of village `village`, not one of `taken`, preferably an adult. Falls back to
 * anyone in the county when the village is too small, so a tiny county still gets its parties.
 */
export function pickNeighbour(random: Random, population: Population, village: number, taken: number[]): number {
  const start = population.villagePeople[village];
  const size = population.villagePeople[village + 1] - start;
  let fallback = -1;
  for (let tries = 0; tries < 12; tries++) {
    const person = size > taken.length && tries < 10 ? start + random.int(size) : random.int(population.people.length);
    if (taken.includes(person)) continue;
    if (isAdult(population, person)) return person;
    if (fallback < 0) fallback = person;
  }
  if (fallback >= 0) return fallback;
  for (let person = 0; person < population.people.length; person++) {
    if (!taken.includes(person)) return person;
  }
  throw new RangeError('not enough people for another party');
}

/** A random house of village `village`, or null when it has none. */
export function pickHouse(random: Random, population: Population, village: number): number | null {
  const start = population.villageHouses[village];
  const size = population.villageHouses[village + 1] - start;
  return size > 0 ? start + random.int(size) : null;
}
