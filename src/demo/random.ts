/**
 * A small seeded PRNG (sfc32) with the helpers the demo generator needs. Math.random cannot be
 * seeded, and the generator must give byte-identical output for one seed on every machine, so
 * everything random in src/demo draws from here.
 */

/** Mixes a 32-bit value (splitmix32's finaliser) so nearby seeds give unrelated streams. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A seeded random stream; one instance per independent part keeps parts from shifting each other. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    this.a = mix32(seed);
    this.b = mix32(this.a ^ 0x243f6a88);
    this.c = mix32(this.b ^ 0xb7e15162);
    this.d = mix32(this.c ^ 0x13198a2e);
    // sfc32's first outputs are correlated with the seed words; discard them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** An independent stream for a named part, so adding draws to one part leaves the others as they were. */
  fork(label: number): Random {
    return new Random(mix32(this.seed ^ mix32(label)));
  }
}

/** Picks items with the given relative weights in O(log n), for the hot loops over a million people. */
export type WeightedPicker<T> = (random: Random) => T;

/** Builds a weighted picker; rejects empty input or non-positive total weight. */
export function createWeightedPicker<T>(items: readonly T[], weights: readonly number[]): WeightedPicker<T> {
  if (items.length === 0 || items.length !== weights.length) {
    throw new RangeError('createWeightedPicker needs as many weights as items, at least one');
  }
  const cumulative = new Float64Array(items.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += Math.max(0, weight);
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('createWeightedPicker needs a positive total weight');
  return (random) => {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return items[low];
  };
}

/** Builds a picker from `[item, weight]` pairs, the form the data tables are written in. */
export function pickerFromPairs<T>(pairs: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return createWeightedPicker(
    pairs.map(([item]) => item),
    pairs.map(([, weight]) => weight),
  );
}

/** Zipf-like weights (1/(rank+2)) for a list ordered from most to least common. */
export function rankedPicker<T>(items: readonly T[]): WeightedPicker<T> {
  return createWeightedPicker(
    items,
    items.map((_, rank) => 1 / (rank + 2)),
  );
}
