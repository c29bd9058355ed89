import { parseDivisionCode } from '../../src/identity';
import { defaultCounty, tally } from './county-fixture';

describe('the demo county registry', () => {
  const { registry, houses } = defaultCounty();
  const regions = new Map(registry.regions.map((region) => [region.code, region]));
  const grids = new Map(registry.grids.map((grid) => [grid.code, grid]));

  it('has the county 371326, its 14 towns and streets, and 400 to 600 villages', () => {
    const levels = tally(registry.regions.map((region) => region.level));
    expect(regions.get('371326000000')).toMatchObject({
      name: '平邑县',
      level: 'COUNTY',
      parentCode: null,
    });
    expect(levels.get('COUNTY')).toBe(1);
    expect(levels.get('TOWN')).toBe(14);
    expect(levels.get('VILLAGE')).toBeGreaterThanOrEqual(400);
    expect(levels.get('VILLAGE')).toBeLessThanOrEqual(600);
    const towns = registry.regions.filter((region) => region.level === 'TOWN');
    expect(towns.map((town) => town.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `371326${String(i + 1).padStart(3, '0')}000`),
    );
    for (const town of towns) expect(town.name).toMatch(/(镇|街道)$/);
  });

  it('gives every region a parent that exists, one level up, as its code says', () => {
    expect(regions.size).toBe(registry.regions.length);
    for (const region of registry.regions) {
      const parsed = parseDivisionCode(region.code);
      expect(parsed.level).toBe(region.level);
      expect(region.parentCode).toBe(parsed.parentCode);
      if (region.parentCode !== null) expect(regions.has(region.parentCode)).toBe(true);
      if (region.level === 'VILLAGE') expect(region.name).toMatch(/^.{1,4}(村|社区)$/);
    }
  });

  it('names villages uniquely within a town', () => {
    const names = registry.regions.filter((r) => r.level === 'VILLAGE').map((r) => `${r.parentCode}${r.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has about 800 grids, each in a village that exists, with micro-grids inside some', () => {
    const top = registry.grids.filter((grid) => grid.parentCode === null);
    const micro = registry.grids.filter((grid) => grid.parentCode !== null);
    expect(top.length).toBeGreaterThan(650);
    expect(top.length).toBeLessThan(950);
    expect(micro.length).toBeGreaterThan(0);
    expect(grids.size).toBe(registry.grids.length);
    for (const grid of top) {
      expect(regions.get(grid.villageCode)?.level).toBe('VILLAGE');
      expect(grid.code).toMatch(new RegExp(`^${grid.villageCode}\\d{3}$`));
      expect(grid.name).toMatch(/^.+(村|社区)第\d+网格$/);
    }
    for (const grid of micro) {
      const parent = grids.get(grid.parentCode as string);
      expect(parent?.parentCode).toBeNull();
      expect(parent?.villageCode).toBe(grid.villageCode);
      expect(grid.code).toMatch(new RegExp(`^${grid.parentCode}\\d{2}$`));
    }
    for (const count of tally(micro.map((grid) => grid.parentCode)).values()) {
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it('places every house in a village and in a grid of that same village, near 35.5N 117.6E', () => {
    const parents = new Set(registry.grids.map((grid) => grid.parentCode));
    const town = (code: string): string => regions.get(`${code.slice(0, 9)}000`)?.name ?? '?';
    const misplaced = houses.filter(
      (house) =>
        regions.get(house.regionCode)?.level !== 'VILLAGE' ||
        grids.get(house.gridCode)?.villageCode !== house.regionCode ||
        // A grid split into micro-grids hands its houses to them.
        parents.has(house.gridCode) ||
        !house.address.startsWith(town(house.regionCode) + regions.get(house.regionCode)?.name) ||
        Math.abs(house.lat - 35.5) > 0.4 ||
        Math.abs(house.lng - 117.6) > 0.4,
    );
    expect(misplaced).toEqual([]);
    expect(new Set(houses.map((house) => house.address)).size).toBe(houses.length);
  });
});
