import { DemoCounty, DemoCountyOptions } from './demo.types';
import { generateEvents } from './events';
import { generateOrganizations } from './organizations';
import { generatePopulation } from './population';
import { Random } from './random';
import { buildCountyLayout } from './registry';

const DEFAULT_SEED = 1;
const DEFAULT_PEOPLE = 20_000;
/** A guard against a typo in a benchmark's size: far beyond that, memory runs out long before the end. */
const MAX_PEOPLE = 20_000_000;

/**
 * Generates the demo county 371326 (平邑县): its regions and grids, `people` residents (20,000
 * by default) in households and rented houses, social organisations, and two years of events
 * up to 2026-11-01. Everything is made up; the same options give byte-identical output, and
 * nothing reads the clock. Throws a RangeError when `seed` is not an integer or `people` is
 * not an integer from 0 to 20,000,000.
 */
export function generateDemoCounty(options: DemoCountyOptions = {}): DemoCounty {
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.people ?? DEFAULT_PEOPLE;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(total) || total < 0 || total > MAX_PEOPLE) {
    throw new RangeError(`people must be an integer from 0 to ${MAX_PEOPLE}`);
  }
  // One forked stream per part: the events of a seed stay the same when the organisations change.
  const random = new Random(seed | 0);
  const layout = buildCountyLayout();
  const population = generatePopulation(random.fork(1), layout.villages, total);
  return {
    registry: layout.registry,
    people: population.people,
    houses: population.houses,
    organizations: generateOrganizations(random.fork(2), layout.villages, population),
    residences: population.residences,
    events: generateEvents(random.fork(3), layout.villages, population),
  };
}
