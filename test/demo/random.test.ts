import { Random, createWeightedPicker, mix32 } from '../../src/demo/random';

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number): number[] => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps floats in [0, 1) and integers in their ranges', () => {
    const random = new Random(1);
    for (let i = 0; i < 10_000; i++) {
      const value = random.float();
      expect(value >= 0 && value < 1).toBe(true);
      const between = random.between(3, 5);
      expect(between >= 3 && between <= 5 && Number.isInteger(between)).toBe(true);
    }
  });

  it('spreads draws evenly enough to drive realistic shares', () => {
    const random = new Random(99);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[random.int(4)] += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('forks streams that do not depend on how much the parent drew', () => {
    const a = new Random(5);
    const b = new Random(5);
    b.uint32();
    expect(a.fork(3).uint32()).toBe(b.fork(3).uint32());
    expect(a.fork(3).uint32()).not.toBe(a.fork(4).uint32());
  });

  it('mixes nearby seeds into unrelated values', () => {
    expect(mix32(1)).not.toBe(mix32(2));
    expect(mix32(1) >>> 0).toBe(mix32(1));
  });
});

describe('createWeightedPicker', () => {
  it('picks items in proportion to their weights and never a zero-weight one', () => {
    const pick = createWeightedPicker(['a', 'b', 'never'], [3, 1, 0]);
    const random = new Random(11);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[pick(random)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.7);
    expect(counts.a / counts.b).toBeLessThan(3.3);
  });

  it('rejects empty input, mismatched weights and a zero total', () => {
    expect(() => createWeightedPicker([], [])).toThrow(RangeError);
    expect(() => createWeightedPicker(['a'], [1, 2])).toThrow(RangeError);
    expect(() => createWeightedPicker(['a'], [0])).toThrow(RangeError);
  });
});
