import { z } from 'zod';
import { parseDivisionCode } from '../../../src/identity';
import { DateFormat, parseCalendarDate, parseTimestamp, parseYearMonth } from './time';

/**
 * Zod building blocks for department schemas. They describe a message as the department
 * publishes it: values stay as typed (the mappers normalise them), but a value the hub cannot
 * read — an unknown enum value, a day that does not exist, a missing key — fails, so the
 * pipeline dead-letters it with the zod issues as the reason.
 */

/** The record's own id: required, not blank. A message without it can never be keyed. */
export const keyField = z.string().regex(/\S/, 'must not be blank');

/** Free text a department may leave out or send as null: names, ids, phones, addresses. */
export const optionalText = z.string().nullish();

/**
 * One of the department's enum values, tolerating stray spaces around it. Anything else fails:
 * guessing what an unknown state means would write a wrong fact.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().trim().pipe(z.enum(values));
}

/** A 12-digit division code of a county, town or village (parseDivisionCode's rules), spaces tolerated. */
export const divisionCode = z
  .string()
  .trim()
  .refine((code) => isDivisionCode(code), 'not a 12-digit county, town or village division code');

function isDivisionCode(code: string): boolean {
  try {
    parseDivisionCode(code);
    return true;
  } catch {
    return false;
  }
}

/** A timestamp `YYYY-MM-DD HH:mm:ss`, in Asia/Shanghai unless it carries a zone. */
export const timestamp = z
  .string()
  .refine((text) => parseTimestamp(text) !== null, 'not a timestamp YYYY-MM-DD HH:mm:ss');

/** Epoch milliseconds, as the modern platforms write them. */
export const epochMs = z.number().int().nonnegative();

/** A calendar day written in `format` that exists. */
export function calendarDate(format: DateFormat) {
  return z.string().refine((text) => parseCalendarDate(text, format) !== null, `not a real day in ${format}`);
}

/** An optional day in `format`: missing, null or blank (a clerk left the cell empty) is no day. */
export function optionalCalendarDate(format: DateFormat) {
  return z
    .string()
    .refine((text) => text.trim() === '' || parseCalendarDate(text, format) !== null, `not a real day in ${format}`)
    .nullish();
}

/** A month `YYYY-MM`. */
export const yearMonth = z.string().refine((text) => parseYearMonth(text) !== null, 'not a month YYYY-MM');

/** A count: a JSON number, or digits as a spreadsheet export writes them. */
export const count = z.union([
  z.number().int().nonnegative(),
  z.string().trim().regex(/^\d+$/, 'not a count').transform(Number),
]);
