/**
 * 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd for
 * men), one ISO 7064 MOD 11-2 check character.
 */
import { isCalendarDate, todayInShanghai } from './calendar-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const FORM_18 = /^\d{17}[\dX]$/;
// Zero-width characters survive NFKC and \s but arrive in pasted spreadsheet cells.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;

export interface NormalizedIdentityNumber {
  /** The cleaned 18-character form (upper-case X), or the cleaned input when it is not 18 long. */
  value: string;
  valid: boolean;
  /** True when `value` was converted from the 15-digit form used before 1999. */
  legacy: boolean;
  /** Why `valid` is false; absent when valid. */
  problem?: 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER' | 'BIRTH_DATE';
}

type Problem = NonNullable<NormalizedIdentityNumber['problem']>;

/**
 * The check character for the first 17 digits of a number: '0'-'9' or 'X'.
 * Throws a RangeError unless `first17` is exactly 17 ASCII digits.
 */
export function identityCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

// The check character is tested before the birth date: a wrong one means a typo, which is the
// most useful thing to tell a clerk; a right one with an impossible date means a made-up number.
function problemOf18(value: string): Problem | undefined {
  if (!FORM_18.test(value)) return 'CHARACTERS';
  if (identityCheckCharacter(value.slice(0, 17)) !== value[17]) return 'CHECK_CHARACTER';
  const birth = value.slice(6, 14);
  if (!isCalendarDate(birth) || birth < '19000101' || birth > todayInShanghai()) {
    return 'BIRTH_DATE';
  }
  return undefined;
}

function describe(value: string, legacy: boolean): NormalizedIdentityNumber {
  const problem = problemOf18(value);
  return problem ? { value, valid: false, legacy, problem } : { value, valid: true, legacy };
}

/**
 * Cleans an identity number as a clerk typed it. Accepts whitespace anywhere, full-width digits
 * and letters, a lower-case x, and the legacy 15-digit form (converted by inserting "19" after
 * the area code and computing the check character). Returns null for null, undefined or blank
 * input. Never throws: anything else comes back with valid=false and a `problem` — LENGTH,
 * CHARACTERS, CHECK_CHARACTER (a typo: keep the record, never key on the number) or BIRTH_DATE
 * (not a real day, before 1900, or after today in Asia/Shanghai).
 */
export function normalizeIdentityNumber(raw: string | null | undefined): NormalizedIdentityNumber | null {
  if (raw == null) return null;
  const cleaned = raw.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  if (cleaned === '') return null;
  if (cleaned.length === 18) return describe(cleaned, false);
  if (cleaned.length === 15) {
    // The 15-digit form has no check character, so any non-digit is a typing error.
    if (!/^\d{15}$/.test(cleaned)) {
      return { value: cleaned, valid: false, legacy: false, problem: 'CHARACTERS' };
    }
    const first17 = `${cleaned.slice(0, 6)}19${cleaned.slice(6)}`;
    return describe(first17 + identityCheckCharacter(first17), true);
  }
  return { value: cleaned, valid: false, legacy: false, problem: 'LENGTH' };
}

/**
 * True when `value` is an already-normalized 18-character number (digits, upper-case X) with a
 * right check character and a real birth date from 1900 to today. Does no cleaning: pass raw
 * input through normalizeIdentityNumber instead.
 */
export function isValidIdentityNumber(value: string): boolean {
  return problemOf18(value) === undefined;
}

/**
 * The facts a valid number encodes: its 6-digit area code, its birth date as YYYY-MM-DD and the
 * sex from the 17th digit (odd for men). Throws a RangeError, without echoing the number, when
 * `valid18` is not valid per isValidIdentityNumber.
 */
export function parseIdentityNumber(valid18: string): {
  divisionCode: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
} {
  if (!isValidIdentityNumber(valid18)) throw new RangeError('not a valid identity number');
  const birth = valid18.slice(6, 14);
  return {
    divisionCode: valid18.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
    sex: Number(valid18[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/**
 * A valid number for generated test and demo data. Takes a 6-digit area code, a birth date
 * (YYYY-MM-DD, a real day from 1900-01-01 to today) and a sequence 0..999 whose parity gives the
 * sex (odd for men). Throws a RangeError on any other input.
 */
export function generateIdentityNumber(input: { divisionCode: string; birthDate: string; sequence: number }): string {
  const { divisionCode, birthDate, sequence } = input;
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError('divisionCode must be 6 digits');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new RangeError('birthDate must be YYYY-MM-DD');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError('sequence must be an integer from 0 to 999');
  }
  const first17 = divisionCode + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
  const value = first17 + identityCheckCharacter(first17);
  if (!isValidIdentityNumber(value)) {
    throw new RangeError('birthDate must be a real day from 1900-01-01 to today');
  }
  return value;
}

/**
 * Hides the middle of a number for display and logs: the first 6 and last 4 characters of an
 * 18- or 15-character value stay (`371326********451X`). Shorter strings show at most a quarter
 * at each end, and strings under 4 characters are all asterisks, so the whole never shows.
 */
export function maskIdentityNumber(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  const head = n >= 15 ? 6 : Math.floor(n / 4);
  const tail = n >= 15 ? 4 : Math.floor(n / 4);
  return chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('');
}
