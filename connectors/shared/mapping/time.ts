/**
 * Department clocks: a timestamp without a zone is Asia/Shanghai (UTC+8, no daylight saving),
 * epoch values are milliseconds, and dates come as `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYYMMDD` or a
 * month `YYYY-MM`. Every parser returns null for text it cannot read, so a zod refinement and a
 * mapper share one definition of "valid".
 */

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MINUTE_MS = 60_000;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

export type DateFormat = 'YYYY-MM-DD' | 'YYYY/MM/DD' | 'YYYYMMDD';

const DATE_FORMATS: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^(\d{4})-(\d{2})-(\d{2})$/,
  'YYYY/MM/DD': /^(\d{4})\/(\d{2})\/(\d{2})$/,
  YYYYMMDD: /^(\d{4})(\d{2})(\d{2})$/,
};

// Date.UTC maps years 0..99 to 1900..1999 and rolls 2024-02-30 over to March: check by hand.
function utcMs(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.getTime() : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return SHANGHAI_OFFSET_MINUTES;
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/**
 * The instant a department timestamp names: `YYYY-MM-DD HH:mm[:ss[.SSS]]` (a space or `T`),
 * read in Asia/Shanghai unless it carries `Z` or an offset. Null for anything else, including
 * days and times that do not exist (2024-02-30, 24:00).
 */
export function parseTimestamp(text: string): Date | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone] = match;
  const day = utcMs(Number(y), Number(mo), Number(d));
  if (day === null || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const local = day + ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 + Number(ms.padEnd(3, '0'));
  return new Date(local - offsetMinutes(zone) * MINUTE_MS);
}

/** A calendar day in `format` as `YYYY-MM-DD`; null when the text is not that format or not a real day. */
export function parseCalendarDate(text: string, format: DateFormat): string | null {
  const match = DATE_FORMATS[format].exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  return utcMs(Number(y), Number(m), Number(d)) === null ? null : `${y}-${m}-${d}`;
}

/** A month `YYYY-MM` as its first day `YYYY-MM-01`; null for anything else. */
export function parseYearMonth(text: string): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  return parseCalendarDate(`${match[1]}-${match[2]}-01`, 'YYYY-MM-DD');
}

/** Midnight in Asia/Shanghai at the start of a `YYYY-MM-DD` day: when a date-only fact was observed. */
export function shanghaiMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/** The Asia/Shanghai calendar day (`YYYY-MM-DD`) of an instant: the day a department would write. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
}
