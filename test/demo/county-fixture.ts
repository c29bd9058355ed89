import { createHash } from 'crypto';
import { generateDemoCounty } from '../../src/demo/county';
import { DemoCounty } from '../../src/demo/demo.types';

let cached: DemoCounty | undefined;

/** The default county (seed 1, 20,000 people), generated once per test file. */
export function defaultCounty(): DemoCounty {
  cached ??= generateDemoCounty();
  return cached;
}

/** A SHA-256 of a value's JSON: equal hashes mean byte-identical output. */
export function jsonHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Counts of each value, for share and distribution checks. */
export function tally<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
