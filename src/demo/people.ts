import { isoDate, dayNumber } from './calendar';
import { DemoPerson } from './demo.types';
import { FLOATING_DIVISIONS, HOME_DIVISION, IdentityAllocator, MINORITY_DIVISIONS } from './identity-numbers';
import { NameMaker, createNameMaker } from './names';
import { PhoneAllocator } from './phones';
import { Random, pickerFromPairs } from './random';

/** What a household or group decides about a member before the person is made. */
export interface PersonSpec {
  gender: 'MALE' | 'FEMALE';
  birthYear: number;
  /** Han surname; null gives a minority name. */
  surname: string | null;
  /** Where the person was born: the county, elsewhere (floating) or a minority region. */
  origin: 'HOME' | 'FLOATING' | 'MINORITY';
  villageCode: string;
  /** A phone shared with a sibling instead of one of their own. */
  sharedPhone?: string;
}

const pad7 = (value: number): string => String(value).padStart(7, '0');

/** Makes people with unique keys, identity numbers and phones, appending them to `people`. */
export class PersonFactory {
  readonly people: DemoPerson[] = [];
  readonly names: NameMaker = createNameMaker();
  private readonly ids: IdentityAllocator;
  private readonly phones: PhoneAllocator;
  private readonly floatingDivision = pickerFromPairs(FLOATING_DIVISIONS);

  constructor(private readonly random: Random) {
    this.ids = new IdentityAllocator(random.int(499));
    this.phones = new PhoneAllocator(random.fork(1));
  }

  /** Creates the person, registers it and returns its index in `people`. */
  create(spec: PersonSpec): number {
    const { random } = this;
    const male = spec.gender === 'MALE';
    const year = Math.min(2015, Math.max(1940, spec.birthYear));
    const division =
      spec.origin === 'HOME'
        ? HOME_DIVISION
        : spec.origin === 'MINORITY'
          ? random.pick(MINORITY_DIVISIONS)
          : this.floatingDivision(random);
    const firstDay = dayNumber(year, 1, 1);
    const { identityNumber, birthDay } = this.ids.allocate(
      division,
      firstDay + random.int(dayNumber(year + 1, 1, 1) - firstDay),
      male,
    );
    const name =
      spec.surname === null
        ? this.names.minority(random, spec.gender)
        : spec.surname + this.names.given(random, spec.gender, year);
    const phone = spec.sharedPhone ?? this.phones.next();
    // Array literals of the final length: a push would grow the backing store to 19 slots.
    const phones = random.chance(0.25) ? [phone, this.phones.next()] : [phone];
    const index = this.people.length;
    this.people.push({
      key: `P${pad7(index + 1)}`,
      name,
      gender: spec.gender,
      birthDate: isoDate(birthDay),
      identityNumber,
      phones,
      villageCode: spec.villageCode,
    });
    return index;
  }
}
