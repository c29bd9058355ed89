import { identityCheckCharacter } from '../identity';
import { compactDate, dayNumber } from './calendar';
import { flatten } from './strings';

/** The county's own area code: most residents were born here. */
export const HOME_DIVISION = '371326';

/** Birthplaces of floating residents: the rest of 临沂 and Shandong mostly, some from afar. */
// prettier-ignore
export const FLOATING_DIVISIONS: readonly (readonly [string, number])[] = [
  ['371302', 10], ['371311', 6], ['371312', 8], ['371321', 6], ['371322', 5], ['371323', 5],
  ['371324', 5], ['371325', 6], ['371327', 4], ['371328', 4], ['371329', 4], ['370102', 4],
  ['370202', 3], ['370303', 2], ['370705', 2], ['320106', 4], ['410105', 4], ['130102', 3],
  ['340104', 3], ['110101', 2],
];

/** Birthplaces of residents with minority names. */
export const MINORITY_DIVISIONS: readonly string[] = ['650102', '650103', '650104', '653101'];

const FIRST_DAY = dayNumber(1940, 1, 1);
const DAY_SPAN = dayNumber(2016, 1, 1) - FIRST_DAY;
// Sequences 1..499 per sex (×2, +1 for men) leave out 000, which no clerk has ever seen issued.
const SLOTS = 499;
const STRIDE = 337; // coprime with 499, so k ↦ (k·337 + salt) mod 499 visits every slot once
const SEQUENCES = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * Hands out identity numbers that are valid and unique in the county: one counter per area
 * code, birth day and sex, spread over the sequence range so numbers do not look consecutive.
 */
export class IdentityAllocator {
  private readonly divisions = new Map<string, number>();
  private readonly used: Uint16Array;

  constructor(private readonly salt: number) {
    const codes = [HOME_DIVISION, ...FLOATING_DIVISIONS.map(([code]) => code), ...MINORITY_DIVISIONS];
    codes.forEach((code, index) => this.divisions.set(code, index));
    this.used = new Uint16Array(codes.length * DAY_SPAN * 2);
  }

  /**
   * A number for someone born on `birthDay` (a day number in 1940–2015). When that day's
   * sequences are used up the next day is taken, so read the birth date back from `birthDay`.
   */
  allocate(divisionCode: string, birthDay: number, male: boolean): { identityNumber: string; birthDay: number } {
    const division = this.divisions.get(divisionCode);
    if (division === undefined) throw new RangeError(`no allocator for area code ${divisionCode}`);
    let offset = birthDay - FIRST_DAY;
    if (offset < 0 || offset >= DAY_SPAN) throw new RangeError('birth day outside 1940–2015');
    for (let tries = 0; tries < DAY_SPAN; tries++, offset = (offset + 1) % DAY_SPAN) {
      const slot = (division * DAY_SPAN + offset) * 2 + (male ? 1 : 0);
      const taken = this.used[slot];
      if (taken >= SLOTS) continue;
      this.used[slot] = taken + 1;
      const rank = (taken * STRIDE + this.salt + offset) % SLOTS;
      const day = FIRST_DAY + offset;
      // The parts are valid by construction, so only the check character is computed here:
      // generateIdentityNumber's re-validation reads the clock and doubled the cost of a million.
      const first17 = divisionCode + compactDate(day) + SEQUENCES[(rank + 1) * 2 + (male ? 1 : 0)];
      const identityNumber = flatten(first17 + identityCheckCharacter(first17));
      return { identityNumber, birthDay: day };
    }
    throw new RangeError(`every identity number of area code ${divisionCode} is taken`);
  }
}
