import { dayNumber, parseIsoDate } from './calendar';
import { PersonSpec } from './people';
import { pickerFromPairs } from './random';
import { VillageContext, addResidence, peopleOf } from './village-context';

type Gender = PersonSpec['gender'];

/** Household sizes of the registered population; the mean of about 3 gives houses ≈ people / 2.5. */
// prettier-ignore
export const pickHouseholdSize = pickerFromPairs<number>([[1, 14], [2, 26], [3, 26], [4, 20], [5, 9], [6, 5]]);

const REGISTERS_FROM = dayNumber(1985, 1, 1);
const REGISTERS_SPAN = dayNumber(2006, 1, 1) - REGISTERS_FROM;
const opposite = (gender: Gender): Gender => (gender === 'MALE' ? 'FEMALE' : 'MALE');

/**
 * Makes the members of a household, head first: usually a spouse, perhaps a parent of the head,
 * then children and grandchildren with the father's surname. This order and these age gaps are
 * what the civil-assistance feed reads relations back from.
 */
function makeMembers(context: VillageContext, size: number): number[] {
  const { random, factory } = context;
  const native = (gender: Gender, birthYear: number, surname: string, sharedPhone?: string) =>
    factory.create({
      origin: 'HOME',
      villageCode: context.village.code,
      gender,
      birthYear,
      surname,
      sharedPhone,
    });
  const headYear = 1940 + ((random.int(50) + random.int(50)) >> 1);
  const headGender: Gender = random.chance(0.78) ? 'MALE' : 'FEMALE';
  const surname = factory.names.surname(random);
  const members = [native(headGender, headYear, surname)];
  let childSurname = surname;
  if (size > 1 && random.chance(0.85)) {
    const spouseSurname = factory.names.surname(random);
    members.push(native(opposite(headGender), headYear + random.between(-5, 5), spouseSurname));
    if (headGender === 'FEMALE') childSurname = spouseSurname;
  }
  if (size >= 5 && headYear >= 1966) {
    const gender: Gender = random.chance(0.5) ? 'MALE' : 'FEMALE';
    const parentSurname = gender === 'MALE' && headGender === 'MALE' ? surname : factory.names.surname(random);
    members.push(native(gender, headYear - random.between(22, 26), parentSurname));
  }
  const grandchild = size >= 4 && headYear <= 1965 && random.chance(0.3);
  let sibling: number | undefined;
  while (members.length < size) {
    const last = members.length === size - 1;
    const birthYear = headYear + (grandchild && last ? random.between(45, 58) : random.between(22, 36));
    // Children of one household sometimes share the phone a parent bought for them.
    const shared = sibling !== undefined && random.chance(0.3) ? peopleOf(context)[sibling].phones[0] : undefined;
    sibling = native(random.chance(0.52) ? 'MALE' : 'FEMALE', birthYear, childSurname, shared);
    members.push(sibling);
  }
  return members;
}

/**
 * Adds one native household of `size` people in a new self-occupied house of the village: every
 * member REGISTERED there, the head also its OWNER. Returns the head's index.
 */
export function addNativeHousehold(context: VillageContext, size: number): number {
  const { random } = context;
  const house = context.villageHouses.add('SELF_OCCUPIED');
  const members = makeMembers(context, size);
  for (const member of members) {
    const born = parseIsoDate(peopleOf(context)[member].birthDate);
    // Born after the register went digital: registered from birth; otherwise a clerk's entry date.
    const from = born >= REGISTERS_FROM ? born : REGISTERS_FROM + random.int(REGISTERS_SPAN);
    addResidence(context, member, house, 'REGISTERED', from);
  }
  const ownedFrom = REGISTERS_FROM + random.int(REGISTERS_SPAN + 5000);
  addResidence(context, members[0], house, 'OWNER', ownedFrom);
  context.heads.push(members[0]);
  return members[0];
}
