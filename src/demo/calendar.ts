/**
 * Dates for the demo county. Every time is derived from one fixed reference instant, never from
 * the clock, so a seed gives the same county today and in a year.
 */

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The instant the demo county is "now": 2026-11-01T00:00:00Z. */
export const REFERENCE_MS = Date.UTC(2026, 10, 1);

/** The reference instant as a day number (days since 1970-01-01). */
export const REFERENCE_DAY = REFERENCE_MS / DAY_MS;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

// Formatting a date costs a Date and a string; people's birth dates repeat across a million
// people, so the strings are made once per day number and shared.
const FIRST_CACHED_DAY = dayNumber(1900, 1, 1);
const dayCache: string[] = [];

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  const slot = day - FIRST_CACHED_DAY;
  const cached = dayCache[slot];
  if (cached !== undefined) return cached;
  const text = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (slot >= 0 && slot < 60_000) dayCache[slot] = text;
  return text;
}

const compactCache: string[] = [];

/** `YYYYMMDD` of a day number, the form inside identity numbers and the police residents feed. */
export function compactDate(day: number): string {
  const slot = day - FIRST_CACHED_DAY;
  const cached = compactCache[slot];
  if (cached !== undefined) return cached;
  const text = isoDate(day).replace(/-/g, '');
  if (slot >= 0 && slot < 60_000) compactCache[slot] = text;
  return text;
}

/** Day number of a `YYYY-MM-DD` string. */
export function parseIsoDate(text: string): number {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY_MS;
}

/** The same date `months` later (clamped to the month's last day, as clerks write end dates). */
export function addMonths(text: string, months: number): string {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7)) - 1 + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(text.slice(8, 10)), lastDay);
  return isoDate(Date.UTC(year, month, day) / DAY_MS);
}

/** Milliseconds of a day number's midnight UTC. */
export function dayToMs(day: number): number {
  return day * DAY_MS;
}

/** `YYYY-MM-DDTHH:mm:ss` of an instant read on a Shanghai wall clock (UTC+8, no daylight saving). */
function shanghaiLocal(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}

/** `YYYY-MM-DD HH:mm:ss` in Shanghai time, the petitions system's timestamp format. */
export function shanghaiDateTime(ms: number): string {
  return shanghaiLocal(ms).replace('T', ' ');
}

/** ISO 8601 with the `+08:00` zone, the civil-affairs ledger's format. */
export function shanghaiIso(ms: number): string {
  return `${shanghaiLocal(ms)}+08:00`;
}

/** The Shanghai calendar date of an instant, with the given separator (`-` or `/`). */
export function shanghaiDate(ms: number, separator = '-'): string {
  const date = shanghaiLocal(ms).slice(0, 10);
  return separator === '-' ? date : date.split('-').join(separator);
}
