import { isValidIdentityNumber, parseIdentityNumber } from '../../src/identity';
import { defaultCounty, tally } from './county-fixture';

describe('the people of the demo county', () => {
  const county = defaultCounty();
  const { people } = county;

  it('gives everyone a valid identity number, unique in the county, that agrees with the person', () => {
    expect(new Set(people.map((person) => person.identityNumber)).size).toBe(people.length);
    const disagreeing = people.filter((person) => {
      if (!isValidIdentityNumber(person.identityNumber)) return true;
      const parsed = parseIdentityNumber(person.identityNumber);
      return parsed.birthDate !== person.birthDate || parsed.sex !== person.gender;
    });
    expect(disagreeing).toEqual([]);
    const born = people.map((person) => person.birthDate).sort();
    expect(born[0] >= '1940-01-01' && born[born.length - 1] <= '2015-12-31').toBe(true);
  });

  it('has most people born in the county and about 10% from elsewhere', () => {
    const elsewhere = people.filter((person) => !person.identityNumber.startsWith('371326')).length;
    expect(elsewhere / people.length).toBeGreaterThan(0.07);
    expect(elsewhere / people.length).toBeLessThan(0.13);
  });

  it('uses Han names of 2 to 4 characters, about 1% minority names with a middle dot, and many namesakes', () => {
    const minority = people.filter((person) => person.name.includes('·'));
    expect(minority.length / people.length).toBeGreaterThan(0.004);
    expect(minority.length / people.length).toBeLessThan(0.02);
    const odd = people.filter(
      (person) => !/^([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,5}·[\u4e00-\u9fa5]{2,5})$/.test(person.name),
    );
    expect(odd).toEqual([]);
    const names = tally(people.map((person) => person.name));
    const counts = [...names.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(20);
    expect(counts.filter((count) => count > 1).length).toBeGreaterThan(500);
  });

  it('gives everyone one or two mobile phones; a few are shared inside a household only', () => {
    const owners = new Map<string, string[]>();
    for (const person of people) {
      for (const phone of person.phones) owners.set(phone, [...(owners.get(phone) ?? []), person.key]);
    }
    expect(
      people.filter(
        (p) => p.phones.length < 1 || p.phones.length > 2 || p.phones.some((phone) => !/^1[3-9]\d{9}$/.test(phone)),
      ),
    ).toEqual([]);
    const homes = new Map(
      county.residences.filter((r) => r.kind === 'REGISTERED').map((r) => [r.personKey, r.houseKey]),
    );
    const shared = [...owners.values()].filter((keys) => keys.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const keys of shared) expect(new Set(keys.map((key) => homes.get(key))).size).toBe(1);
  });

  it('links every residence to a person and a house that exist, and everyone to a home', () => {
    const personKeys = new Set(people.map((person) => person.key));
    const houses = new Map(county.houses.map((house) => [house.key, house]));
    const living = new Set<string>();
    const broken = county.residences.filter(
      (r) =>
        !personKeys.has(r.personKey) ||
        !houses.has(r.houseKey) ||
        !/^\d{4}-\d{2}-\d{2}$/.test(r.validFrom) ||
        (r.validTo !== null && r.validTo <= r.validFrom),
    );
    expect(broken).toEqual([]);
    for (const r of county.residences)
      if (['REGISTERED', 'TENANT', 'FLOATING'].includes(r.kind)) living.add(r.personKey);
    expect(living.size).toBe(people.length);
  });

  it('houses about 8% of the people as tenants in rented houses, each with a landlord', () => {
    const houses = new Map(county.houses.map((house) => [house.key, house]));
    const tenants = county.residences.filter((r) => r.kind === 'TENANT');
    expect(tenants.length / people.length).toBeGreaterThan(0.06);
    expect(tenants.length / people.length).toBeLessThan(0.1);
    const landlords = new Set(county.residences.filter((r) => r.kind === 'LANDLORD').map((r) => r.houseKey));
    for (const tenant of tenants) {
      expect(houses.get(tenant.houseKey)?.use).toBe('RENTED');
      expect(landlords.has(tenant.houseKey)).toBe(true);
    }
    expect(tally(county.houses.map((house) => house.use)).size).toBe(4);
  });

  it('registers natives at a self-occupied house of their own village, with the head as owner', () => {
    const houses = new Map(county.houses.map((house) => [house.key, house]));
    const byKey = new Map(people.map((person) => [person.key, person]));
    const misplaced = county.residences.filter((r) => {
      const house = houses.get(r.houseKey)!;
      return (
        r.kind === 'REGISTERED' &&
        (house.use !== 'SELF_OCCUPIED' || house.regionCode !== byKey.get(r.personKey)?.villageCode)
      );
    });
    expect(misplaced).toEqual([]);
    const owned = new Set(county.residences.filter((r) => r.kind === 'OWNER').map((r) => r.houseKey));
    expect(county.houses.filter((house) => house.use === 'SELF_OCCUPIED' && !owned.has(house.key))).toEqual([]);
  });
});
