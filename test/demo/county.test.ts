import { generateDemoCounty } from '../../src/demo/county';
import { defaultCounty, jsonHash } from './county-fixture';

describe('generateDemoCounty', () => {
  it('gives byte-identical output for the same seed and different output for another seed', () => {
    const first = jsonHash(defaultCounty());
    expect(jsonHash(generateDemoCounty({ seed: 1, people: 20_000 }))).toBe(first);
    expect(jsonHash(generateDemoCounty({ seed: 2 }))).not.toBe(first);
  });

  it('keeps the map of the county the same for every seed, only its people change', () => {
    const other = generateDemoCounty({ seed: 42, people: 500 });
    expect(other.registry).toEqual(defaultCounty().registry);
  });

  it('makes 20,000 people by default with houses, organisations and events in proportion', () => {
    const county = defaultCounty();
    expect(county.people).toHaveLength(20_000);
    expect(county.houses.length).toBeGreaterThan((20_000 / 2.5) * 0.9);
    expect(county.houses.length).toBeLessThan((20_000 / 2.5) * 1.1);
    expect(county.organizations).toHaveLength(200);
    expect(county.events).toHaveLength(5_000);
    expect(county.residences.length).toBeGreaterThan(county.people.length);
  });

  it('gives every record a unique key', () => {
    const county = defaultCounty();
    for (const items of [county.people, county.houses, county.organizations, county.events]) {
      expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    }
  });

  it('scales down to a small county and to none at all', () => {
    const small = generateDemoCounty({ people: 1_000, seed: 3 });
    expect(small.people).toHaveLength(1_000);
    expect(small.organizations).toHaveLength(10);
    expect(small.events).toHaveLength(250);
    for (const event of small.events) {
      expect(new Set(event.parties.map((party) => party.personKey)).size).toBe(event.parties.length);
    }
    const empty = generateDemoCounty({ people: 0 });
    expect(empty.people).toHaveLength(0);
    expect(empty.events).toHaveLength(0);
    expect(empty.registry.regions.length).toBeGreaterThan(400);
  });

  it('rejects a people count or seed that is not an integer in range', () => {
    expect(() => generateDemoCounty({ people: -1 })).toThrow(RangeError);
    expect(() => generateDemoCounty({ people: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoCounty({ people: 1e9 })).toThrow(RangeError);
    expect(() => generateDemoCounty({ seed: Number.NaN })).toThrow(RangeError);
  });
});
