import { CanonicalRecord, Department, noFacts } from '../canonical-record';
import { ConnectorRejection, MessageMeta } from '../define-connector';
import { DateFormat, parseCalendarDate, parseTimestamp, parseYearMonth } from './time';

/** What every record of a topic shares; the facts are added by the mapper. */
export interface RecordHead {
  department: Department;
  key: string;
  version: string | null;
  versionOrder: number | null;
  observedAt: Date;
}

/** An UPSERT record with no facts yet: the mapper fills the lists it asserts. */
export function upsertRecord(meta: MessageMeta, head: RecordHead): CanonicalRecord {
  return {
    topic: meta.topic,
    ...head,
    operation: 'UPSERT',
    ...noFacts(),
  };
}

/**
 * A DELETE: it carries only the key (as the department's delete does) and asserts nothing;
 * the writer removes what earlier records of this key asserted and keeps their history.
 */
export function deleteRecord(meta: MessageMeta, department: Department, key: string): CanonicalRecord {
  const record = upsertRecord(meta, {
    department,
    key,
    version: null,
    versionOrder: null,
    observedAt: meta.receivedAt,
  });
  return { ...record, operation: 'DELETE' };
}

/** A zone-less timestamp read as Asia/Shanghai; throws ConnectorRejection naming `path` when unreadable. */
export function instantAt(text: string, path: string): Date {
  const instant = parseTimestamp(text);
  if (!instant) throw new ConnectorRejection('not a timestamp', path);
  return instant;
}

/** A date in `format` as `YYYY-MM-DD`; throws ConnectorRejection naming `path` when it is not a real day. */
export function dayAt(text: string, format: DateFormat, path: string): string {
  const day = parseCalendarDate(text, format);
  if (!day) throw new ConnectorRejection(`not a real day in ${format}`, path);
  return day;
}

/** The same as dayAt for an optional field: null when missing. */
export function optionalDayAt(text: string | null | undefined, format: DateFormat, path: string): string | null {
  return text == null || text.trim() === '' ? null : dayAt(text, format, path);
}

/** A month `YYYY-MM` as its first day; throws ConnectorRejection naming `path` otherwise. */
export function monthAt(text: string, path: string): string {
  const day = parseYearMonth(text);
  if (!day) throw new ConnectorRejection('not a month YYYY-MM', path);
  return day;
}
