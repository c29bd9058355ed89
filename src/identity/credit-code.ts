/**
 * 统一社会信用代码 (GB 32100-2015): registration department, organisation kind, 6-digit area
 * code, the 9-character organisation code (GB 11714), and one MOD 31 check character.
 */

// GB 32100 leaves out I, O, Z, S and V so they cannot be misread as 1, 0, 2, 5 and U.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const BODY = /^[0-9A-HJ-NPQRTUWXY]{17}$/;
// GB 11714 organisation code: 8 characters and its own MOD 11 check character.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;

/**
 * The check character for the first 17 characters of a code. Throws a RangeError unless
 * `first17` is 17 characters of the GB 32100 alphabet (digits and upper-case letters without
 * I, O, Z, S, V).
 */
export function creditCodeCheckCharacter(first17: string): string {
  if (!BODY.test(first17)) throw new RangeError('expected 17 characters of the GB 32100 alphabet');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Cleans a credit code as typed: whitespace anywhere, full-width characters and lower case are
 * accepted. Returns null for null, undefined or blank input. Never throws: the cleaned value
 * comes back with valid=false unless it is 18 characters of the GB 32100 alphabet ending in the
 * right check character.
 */
export function normalizeCreditCode(raw: string | null | undefined): { value: string; valid: boolean } | null {
  if (raw == null) return null;
  const value = raw.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  if (value === '') return null;
  const valid = CODE.test(value) && creditCodeCheckCharacter(value.slice(0, 17)) === value[17];
  return { value, valid };
}

// Generated codes also carry a correct GB 11714 check character at position 17, because some
// department systems verify the embedded organisation code on its own.
function organisationCode(serial: number): string {
  const body = String(serial).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(body[i]) * ORG_WEIGHTS[i];
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : String(check % 11));
}

/**
 * A valid code for generated test and demo data: `registrationDept` and `orgKind` are one
 * character each of the GB 32100 alphabet (e.g. '5' civil affairs, '1' social group),
 * `divisionCode` 6 digits, `serial` an integer 0..99999999 that becomes the organisation code.
 * Throws a RangeError on any other input.
 */
export function generateCreditCode(input: {
  registrationDept: string;
  orgKind: string;
  divisionCode: string;
  serial: number;
}): string {
  const { registrationDept, orgKind, divisionCode, serial } = input;
  for (const char of [registrationDept, orgKind]) {
    if (char.length !== 1 || !ALPHABET.includes(char)) {
      throw new RangeError('registrationDept and orgKind must be one GB 32100 character each');
    }
  }
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError('divisionCode must be 6 digits');
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) {
    throw new RangeError('serial must be an integer from 0 to 99999999');
  }
  const first17 = registrationDept + orgKind + divisionCode + organisationCode(serial);
  return first17 + creditCodeCheckCharacter(first17);
}
