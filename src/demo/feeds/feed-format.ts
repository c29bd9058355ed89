import { shanghaiDate } from '../calendar';

/** The year of an instant on a Shanghai calendar, which is the year departments number cases by. */
export function shanghaiYear(ms: number): number {
  return Number(shanghaiDate(ms).slice(0, 4));
}

/** The next serial of `year`, from 0 as in the samples: departments restart case numbers yearly. */
export function nextSerial(counters: Map<number, number>, year: number): number {
  const serial = counters.get(year) ?? 0;
  counters.set(year, serial + 1);
  return serial;
}

/** A serial zero-padded to `width` digits, as case numbers are written. */
export function padded(serial: number, width: number): string {
  return String(serial).padStart(width, '0');
}

/**
 * The object without its undefined fields: a department leaves a field out rather than sending
 * null, and a consumer checking `'GMSFHM' in value` must see the same as one reading the JSON.
 */
export function present<T extends object>(value: T): T {
  for (const field of Object.keys(value) as (keyof T)[]) {
    if (value[field] === undefined) delete value[field];
  }
  return value;
}
