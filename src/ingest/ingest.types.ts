import type { CanonicalRecord } from '../../connectors/shared/canonical-record';

/** A valid, mapped message on its way into the graph, with where it came from. */
export interface IncomingRecord {
  record: CanonicalRecord;
  /** The parsed message value, kept as the source record's payload. */
  payload: unknown;
  /** SHA-256 of the message value as received. */
  contentHash: string;
  partition: number;
  /** Kafka offset (or the HTTP ingest sequence) as a decimal string. */
  offset: string;
  receivedAt: Date;
}

/** What one batch did to the graph. */
export interface BatchOutcome {
  /** Messages whose facts were applied to the golden records. */
  applied: number;
  /** Older versions or repeats: kept (or already kept) as source records only. */
  stale: number;
  /** Source records that did not exist before this batch. */
  newSourceRecords: number;
  /** Events created (not updated) by this batch: the closed loop takes them up. */
  createdEventIds: string[];
  /** To run after the transaction commits (the closed loop's alerts); never before. */
  afterCommit: (() => void)[];
}
