import { dayNumber, parseIsoDate } from './calendar';
import { PersonSpec } from './people';
import { pickerFromPairs } from './random';
import { VillageContext, addResidence, peopleOf } from './village-context';

/** Household sizes of the registered population; the mean of about 3 gives houses ≈ people / 2.5. */
export const pickHouseholdSize = pickerFromPairs<number>([[1, 14], [2, 26], [3, 26], [4, 20], [5, 9], [6, 5]]);

const REGISTERS_FROM = dayNumber(1985, 1, 1);
const REGISTERS_SPAN = dayNumber(2006, 1, 1) - REGISTERS_FROM;
const opposite = (gender: PersonSpec['gender']): PersonSpec['gender'] => (gender === 'MALE' ? 'FEMALE' : 'MALE');

/**
 * Adds one native household of `size` people in a new self-occupied house of the village: a
 * head (OWNER and REGISTERED), usually a spouse, perhaps a parent, children and grandchildren
 * carrying the father's surname. Members are made head first, so the civil-assistance feed can
 * read relations back from ages and genders. Returns the head's index.
 */
export function addNativeHousehold(context: VillageContext, size: number): number {
  const { random, factory, village } = context;
  const house = context.villageHouses.add('SELF_OCCUPIED');
  const headYear = 1940 + ((random.int(50) + random.int(50)) >> 1);
  const headGender = random.chance(0.78) ? 'MALE' : 'FEMALE';
  const surname = factory.names.surname(random);
  const villageCode = village.code;
  const members = [factory.create({ origin: 'HOME', villageCode, gender: headGender, birthYear: headYear, surname })];
  let childSurname = surname;
  if (size > 1 && random.chance(0.85)) {
    const spouseSurname = factory.names.surname(random);
    const spouseYear = headYear + random.between(-5, 5);
    members.push(factory.create({ origin: 'HOME', villageCode, gender: opposite(headGender), birthYear: spouseYear, surname: spouseSurname }));
    if (headGender === 'FEMALE') childSurname = spouseSurname;
  }
  if (size >= 5 && headYear >= 1966) {
    const gender = random.chance(0.5) ? 'MALE' : 'FEMALE';
    const parentSurname = gender === 'MALE' && headGender === 'MALE' ? surname : factory.names.surname(random);
    members.push(factory.create({ origin: 'HOME', villageCode, gender, birthYear: headYear - random.between(22, 26), surname: parentSurname }));
  }
  const grandchildren = size >= 4 && headYear <= 1965 && random.chance(0.3);
  let sibling: number | undefined;
  while (members.length < size) {
    const last = members.length === size - 1;
    const birthYear = grandchildren && last ? headYear + random.between(45, 58) : headYear + random.between(22, 36);
    // Children of one household sometimes share the phone a parent bought for them.
    const sharedPhone = sibling !== undefined && random.chance(0.3) ? peopleOf(context)[sibling].phones[0] : undefined;
    const gender = random.chance(0.52) ? 'MALE' : 'FEMALE';
    sibling = factory.create({ origin: 'HOME', villageCode, gender, birthYear, surname: childSurname, sharedPhone });
    members.push(sibling);
  }
  for (const member of members) {
    const born = parseIsoDate(peopleOf(context)[member].birthDate);
    // Born after the register went digital: registered from birth; otherwise a clerk's entry date.
    const from = born >= REGISTERS_FROM ? born : REGISTERS_FROM + random.int(REGISTERS_SPAN);
    addResidence(context, member, house, 'REGISTERED', from);
  }
  addResidence(context, members[0], house, 'OWNER', REGISTERS_FROM + random.int(REGISTERS_SPAN + 5000));
  context.heads.push(members[0]);
  return members[0];
}
