/**
 * Chinese phone numbers as clerks type them: mobiles (11 digits, 1[3-9]…) and landlines
 * (area code starting with 0, 7- or 8-digit local number).
 */

export interface NormalizedPhone {
  /** `13812345678`, `0539-4211234`, or the cleaned digits when not valid. */
  value: string;
  kind: 'MOBILE' | 'LANDLINE';
  valid: boolean;
}

const MOBILE = /^1[3-9]\d{9}$/;
// 0086, +86 or 86 before a mobile; the trunk 0 some people dial before a mobile from a landline.
const MOBILE_PREFIX = /^(?:\+?0{0,2}86|0)(?=1[3-9]\d{9}$)/;
// Beijing (010) and the large cities (020-029) have 3-digit area codes; every other is 4 digits.
const THREE_DIGIT_AREA = /^(?:010|02\d)/;
const LOCAL = /^[2-9]\d{6,7}$/;

/**
 * Cleans a phone number. Accepts full-width characters, spaces, dashes, dots and brackets,
 * `+86`/`86`/`0086` or a trunk `0` before a mobile, and landlines as `(0539)4211234`,
 * `0539 4211234` or `05394211234`; returns mobiles as 11 digits `1[3-9]…` and landlines as
 * `0539-4211234` (area code split by the national plan, local number 7 or 8 digits not
 * starting with 0 or 1; a number without its area code is not valid). Returns null
 * when the input is null, undefined, blank or holds no digit at all (`无`, `不详`). Anything
 * else comes back with valid=false, its digits, and kind MOBILE when they start with 1.
 */
export function normalizePhone(raw: string | null | undefined): NormalizedPhone | null {
  if (raw == null) return null;
  const text = raw.normalize('NFKC');
  // A '+' only counts as the international prefix at the start.
  const digits = (text.trim().startsWith('+') ? '+' : '') + text.replace(/\D/g, '');
  if (!/\d/.test(digits)) return null;
  const mobile = digits.replace(MOBILE_PREFIX, '');
  if (MOBILE.test(mobile)) return { value: mobile, kind: 'MOBILE', valid: true };
  const bare = digits.replace(/^\+/, '');
  if (bare.startsWith('0')) {
    const areaLength = THREE_DIGIT_AREA.test(bare) ? 3 : 4;
    const local = bare.slice(areaLength);
    if (LOCAL.test(local)) {
      return { value: `${bare.slice(0, areaLength)}-${local}`, kind: 'LANDLINE', valid: true };
    }
  }
  return { value: bare, kind: bare.startsWith('1') ? 'MOBILE' : 'LANDLINE', valid: false };
}

/**
 * Hides the middle of a phone number for display: `138****1234` for an 11-digit mobile,
 * `0539-*****34` for a landline (area code and last 2 digits kept). Any other string keeps only
 * its last 2 characters, and strings under 6 characters are all asterisks.
 */
export function maskPhone(value: string): string {
  if (MOBILE.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  const landline = /^(0\d{2,3})-(\d+)$/.exec(value);
  if (landline) return `${landline[1]}-${mask(landline[2], 2)}`;
  return value.length < 6 ? '*'.repeat(value.length) : mask(value, 2);
}

function mask(text: string, keepLast: number): string {
  return '*'.repeat(Math.max(0, text.length - keepLast)) + text.slice(-keepLast);
}
