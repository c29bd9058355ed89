/**
 * Person names for display and for matching. A name is never an identity (many people share
 * one); the key only lets two spellings of the same written name compare equal.
 */

export interface NormalizedPersonName {
  /** Trimmed, with minority-name parts joined by a middle dot: `阿卜杜拉·艾力`. */
  display: string;
  /** The name with every separator and space removed, for comparing spellings. */
  key: string;
}

// What clerks type for the middle dot, after NFKC (which turns `．` into `.`, `－` into `-` and
// the half-width katakana dot into `・`): the dot itself, bullets, katakana and hyphenation
// points, dot operators, a full stop and a hyphen.
const DOT_CHARS = '·•・.‧∙⋅⸱\\-';
const DOT = new RegExp(`[${DOT_CHARS}]`);
const DOT_RUNS = new RegExp(`\\s*[${DOT_CHARS}][\\s${DOT_CHARS}]*`, 'g');
const SEPARATORS = new RegExp(`[\\s${DOT_CHARS}]+`, 'g');
const EDGES = new RegExp(`^[\\s${DOT_CHARS}]+|[\\s${DOT_CHARS}]+$`, 'g');
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const HAN = /\p{Script=Han}/u;
// Han names without a dot are 2 to 4 characters; a space inside one that short is a typing slip,
// while a longer name split by spaces is a transliterated minority name.
const LONGEST_PLAIN_HAN_NAME = 4;

/**
 * Cleans a person's name. Accepts stray spaces (full-width ones too), full-width latin letters
 * and any of `·` `•` `・` `.` `．` `‧` `-` or a space between the parts of a minority name.
 * Returns null for null, undefined or blank input, or input made only of separators. Spaces
 * inside a Han name of up to 4 characters are dropped; otherwise separators become one `·`.
 * Names without Han characters keep single spaces in `display`; every key is upper case.
 */
export function normalizePersonName(raw: string | null | undefined): NormalizedPersonName | null {
  if (raw == null) return null;
  const text = raw.normalize('NFKC').replace(INVISIBLE, '');
  // Upper case so latin letters typed in either case compare equal; Han has no case.
  const key = text.replace(SEPARATORS, '').toUpperCase();
  if (key === '') return null;
  if (!HAN.test(key)) {
    return { display: text.trim().replace(/\s+/g, ' '), key };
  }
  const trimmed = text.replace(EDGES, '');
  const spacesSeparate = !DOT.test(trimmed) && Array.from(key).length > LONGEST_PLAIN_HAN_NAME;
  const display = trimmed.replace(DOT_RUNS, '·').replace(/\s+/g, spacesSeparate ? '·' : '');
  return { display, key };
}
