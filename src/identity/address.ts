/**
 * A matching key for addresses: the same address typed by two clerks should give the same key,
 * and two different addresses must never do so. It is not for display.
 */

// Unicode punctuation and symbols cover ASCII and CJK alike: ，。、（）()-—#【】《》：；“” etc.
const GAP = /[\s\p{P}\p{S}]+/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const DIGIT = /\d/;

/**
 * Reduces an address to a key for exact matching. Applies NFKC (full-width to half-width),
 * upper-cases latin letters, writes a building as `栋` whether typed `号楼`, `栋`, `幢` or `#楼`,
 * and removes whitespace, punctuation and symbols. Where a gap separated two digits it leaves
 * one `-`, so `3-2-501` and `32-501` stay apart. Keeps `室`, Han numerals and Arabic digits as
 * typed and adds nothing. Returns null for null, undefined, blank or punctuation-only input.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const key = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toUpperCase()
    // Before punctuation goes: `#` after a number means 号, so `3#楼` is `3号楼`.
    .replace(/(\d)\s*#\s*楼/g, '$1栋')
    .replace(GAP, keepBetweenDigits)
    .replace(/号楼|幢/g, '栋');
  return key === '' ? null : key;
}

// Dropping the gap in `3-2-501` would make it `32501`, the key of a different flat.
function keepBetweenDigits(gap: string, offset: number, whole: string): string {
  const before = whole[offset - 1] ?? '';
  const after = whole[offset + gap.length] ?? '';
  return DIGIT.test(before) && DIGIT.test(after) ? '-' : '';
}
