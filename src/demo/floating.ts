import { REFERENCE_DAY } from './calendar';
import { PersonSpec } from './people';
import { pickerFromPairs } from './random';
import { VillageContext, addResidence } from './village-context';

/** Sizes of tenant groups: single workers, couples, couples with a child. */
// prettier-ignore
export const pickTenantGroupSize = pickerFromPairs<number>([[1, 45], [2, 35], [3, 20]]);

type Gender = PersonSpec['gender'];

/**
 * Makes `size` floating residents: unrelated adults of working age, or (`family`) a couple and
 * then their children, who carry the father's surname.
 */
function makeGroup(context: VillageContext, size: number, family: boolean): number[] {
  const { random, factory, village } = context;
  // About one floating group in ten comes from a minority region and carries dotted names.
  const origin = random.chance(0.1) ? 'MINORITY' : 'FLOATING';
  const surname = (): string | null => (origin === 'MINORITY' ? null : factory.names.surname(random));
  const gender = (): Gender => (random.chance(0.6) ? 'MALE' : 'FEMALE');
  const adultYear = (span: number): number => 1960 + ((random.int(span) + random.int(span)) >> 1);
  const make = (sex: Gender, birthYear: number, name: string | null): number =>
    factory.create({ gender: sex, birthYear, surname: name, origin, villageCode: village.code });
  if (!family) return Array.from({ length: size }, () => make(gender(), adultYear(42), surname()));
  const first = gender();
  const firstYear = adultYear(size > 2 ? 32 : 42);
  const [firstSurname, secondSurname] = [surname(), surname()];
  const members = [
    make(first, firstYear, firstSurname),
    make(first === 'MALE' ? 'FEMALE' : 'MALE', firstYear + random.between(-4, 4), secondSurname),
  ];
  const fatherSurname = first === 'MALE' ? firstSurname : secondSurname;
  while (members.length < size) members.push(make(gender(), firstYear + random.between(22, 32), fatherSurname));
  return members;
}

/** A start date within the last three years and, for some, an end: tenants come and go. */
function period(context: VillageContext, endedShare: number): [number, number | null] {
  const from = REFERENCE_DAY - context.random.between(20, 1100);
  if (!context.random.chance(endedShare)) return [from, null];
  return [from, Math.min(REFERENCE_DAY - 1, from + context.random.between(60, 400))];
}

/**
 * Lets a new RENTED house of the village to a group of floating residents (TENANT residences)
 * and records its owner, a native household head of the village, as LANDLORD from the day the
 * tenants moved in.
 */
export function addTenantGroup(context: VillageContext, size: number): void {
  const house = context.villageHouses.add('RENTED');
  const [from, to] = period(context, 0.15);
  for (const tenant of makeGroup(context, size, size > 1)) addResidence(context, tenant, house, 'TENANT', from, to);
  if (context.heads.length > 0) addResidence(context, context.random.pick(context.heads), house, 'LANDLORD', from);
}

/**
 * Houses floating workers on the premises of a new BUSINESS house (FLOATING residences); most
 * business houses belong to a native head of the village (OWNER).
 */
export function addWorkers(context: VillageContext, size: number): void {
  const { random, heads } = context;
  const house = context.villageHouses.add('BUSINESS');
  if (heads.length > 0 && random.chance(0.7)) {
    const ownedFrom = REFERENCE_DAY - random.between(400, 6000);
    addResidence(context, random.pick(heads), house, 'OWNER', ownedFrom);
  }
  for (const worker of makeGroup(context, size, false)) {
    const [from, to] = period(context, 0.1);
    addResidence(context, worker, house, 'FLOATING', from, to);
  }
}

/** Adds an empty house, most of them a second house of a native head (OWNER). */
export function addVacantHouse(context: VillageContext): void {
  const { random, heads } = context;
  const house = context.villageHouses.add('VACANT');
  if (heads.length > 0 && random.chance(0.6)) {
    const ownedFrom = REFERENCE_DAY - random.between(400, 9000);
    addResidence(context, random.pick(heads), house, 'OWNER', ownedFrom);
  }
}
