import { isKafkaError, isRetriableKafkaError } from './kafka';

// SQLSTATE classes and codes that describe the moment, not the data: connection lost, server
// shutting down, serialisation or deadlock, a unique race with another hub process, resources.
const TRANSIENT_SQLSTATE = /^(08|53|57P0|40001|40P01|23505|55P03|58)/;
const TRANSIENT_MESSAGE =
  /(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection ended|Timeout acquiring a connection|terminating connection|server closed the connection)/i;

export type FailureClass = 'TRANSIENT' | 'PERMANENT';

/**
 * Classifies a failure while writing a batch. TRANSIENT: retrying the same batch later can
 * succeed (database or broker down, network, deadlock, a race on a unique key). PERMANENT: the
 * same batch will fail the same way (the database rejects a value); the pipeline then isolates
 * the record at fault. Poison messages never get here: decoding sets them apart first.
 */
export function classifyFailure(error: unknown): FailureClass {
  if (isKafkaError(error)) return isRetriableKafkaError(error) ? 'TRANSIENT' : 'PERMANENT';
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string' && TRANSIENT_SQLSTATE.test(e.code)) return 'TRANSIENT';
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return 'TRANSIENT';
  if (e && typeof e.message === 'string' && TRANSIENT_MESSAGE.test(e.message)) return 'TRANSIENT';
  return 'PERMANENT';
}

/** Backoff for the n-th retry (from 0): doubling from `baseMs`, capped, with jitter so hub processes do not retry in step. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
