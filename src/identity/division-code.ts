/**
 * 12-digit statistical division codes (统计用区划代码): 6 digits county, 3 digits town or
 * street, 3 digits village or community. The hub works from county level down.
 */

export type RegionLevel = 'COUNTY' | 'TOWN' | 'VILLAGE';

export interface ParsedDivisionCode {
  code: string;
  level: RegionLevel;
  /** The 6-digit county code. */
  countyCode: string;
  /** The 9-digit town code; null for a county. */
  townCode: string | null;
  /** The 12-digit code of the enclosing region; null for a county. */
  parentCode: string | null;
}

/** Thrown for a string that is not a county, town or village division code; `code` holds it. */
export class InvalidDivisionCodeError extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(`invalid division code "${code}": ${reason}`);
    this.name = 'InvalidDivisionCodeError';
  }
}

/**
 * Splits a 12-digit code into its level and ancestors: a `000000` tail is a county, a `000`
 * tail a town, anything else a village. Throws InvalidDivisionCodeError when the code is not
 * 12 ASCII digits, when its county part ends in `00` or starts with `00` (a province or
 * prefecture, or nothing), or when it has a village part under a `000` town part.
 */
export function parseDivisionCode(code: string): ParsedDivisionCode {
  if (!/^\d{12}$/.test(code)) throw new InvalidDivisionCodeError(code, 'not 12 digits');
  const countyCode = code.slice(0, 6);
  if (countyCode.endsWith('00') || countyCode.startsWith('00')) {
    throw new InvalidDivisionCodeError(code, 'not inside a county');
  }
  const town = code.slice(6, 9);
  const village = code.slice(9);
  if (town === '000' && village === '000') {
    return { code, level: 'COUNTY', countyCode, townCode: null, parentCode: null };
  }
  if (town === '000') throw new InvalidDivisionCodeError(code, 'a village outside any town');
  const townCode = code.slice(0, 9);
  if (village === '000') {
    return { code, level: 'TOWN', countyCode, townCode, parentCode: `${countyCode}000000` };
  }
  return { code, level: 'VILLAGE', countyCode, townCode, parentCode: `${townCode}000` };
}

/**
 * True when `prefix` can select a subtree of division codes: 2 (province), 4 (prefecture),
 * 6 (county), 9 (town) or 12 (one village) ASCII digits. Rejects anything else.
 */
export function isDivisionCodePrefix(prefix: string): boolean {
  return /^(?:\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(prefix);
}

/**
 * The shortest prefix that selects exactly the code's subtree: 6 digits for a county, 9 for a
 * town, all 12 for a village (`371326000000` → `371326`, `371326001000` → `371326001`).
 * Throws InvalidDivisionCodeError as parseDivisionCode does.
 */
export function divisionCodePrefix(code: string): string {
  const { level } = parseDivisionCode(code);
  if (level === 'COUNTY') return code.slice(0, 6);
  if (level === 'TOWN') return code.slice(0, 9);
  return code;
}
