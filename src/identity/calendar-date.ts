/**
 * Calendar helpers shared by the identity utilities. Not re-exported from the index: callers
 * want the identity rules, not a date library.
 */

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** True when `yyyymmdd` (8 digits) names a day that exists in the Gregorian calendar. */
export function isCalendarDate(yyyymmdd: string): boolean {
  const match = COMPACT_DATE.exec(yyyymmdd);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0..99 to 1900..1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Today as `YYYYMMDD` in Asia/Shanghai: the departments' clocks run on UTC+8 (no daylight
 * saving), so a child born just after midnight there is not "in the future" for a UTC server.
 */
export function todayInShanghai(): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}
