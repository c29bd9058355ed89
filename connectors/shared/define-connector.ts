import type { ZodType } from 'zod';
import type { CanonicalRecord, Department } from './canonical-record';

/** Facts about the message that are not in its value. */
export interface MessageMeta {
  topic: string;
  key: string;
  /** When the hub received it; the fallback for `observedAt`. */
  receivedAt: Date;
}

/**
 * A connector is data plus pure functions: the zod schema of a department's message and a mapper
 * from a valid message to one canonical record. The shared pipeline owns Kafka, batching,
 * transactions, offsets and dead letters.
 */
export interface ConnectorDefinition<T = unknown> {
  topic: string;
  department: Department;
  /** Validates the message value; failures go to `<topic>.dlq` with the zod issues as reason. */
  schema: ZodType<T>;
  /** The record's own id inside the value (XFJBH, incidentId…), compared with the message key. */
  keyOf(value: T): string;
  /** Pure: the same message always maps to the same record. Throws ConnectorRejection for values the schema cannot express. */
  map(value: T, meta: MessageMeta): CanonicalRecord;
}

export function defineConnector<T>(definition: ConnectorDefinition<T>): ConnectorDefinition<T> {
  return definition;
}

/** A message that can never be applied (bad date, contradiction…): dead-lettered with this reason. */
export class ConnectorRejection extends Error {
  constructor(
    readonly reason: string,
    readonly path?: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'ConnectorRejection';
  }
}
