import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { applyBatch } from '../../src/ingest/apply-batch';
import type { EventsCreatedHook } from '../../src/ingest/event-hooks';
import type { BatchOutcome, IncomingRecord } from '../../src/ingest/ingest.types';
import { DeadLetter, decodeMessage } from './decode';
import { classifyFailure } from './failures';
import type { ConnectorDefinition } from './define-connector';
import type { RawMessage } from './kafka';
import { saveOffsets } from './offsets-store';

export interface ChunkContext {
  orm: MikroORM;
  connector: ConnectorDefinition<any>;
  groupId: string;
  onEventsCreated?: EventsCreatedHook;
  /** Runs inside the transaction just before commit: instrumentation, and the tests' fault injection. */
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

export interface DecodedChunk {
  records: IncomingRecord[];
  /** Set apart: poison found while decoding, then records the database rejected while writing. */
  deadLetters: DeadLetter[];
  /** The messages the chunk was decoded from (a rejected record goes to dead letters as it came). */
  messages: RawMessage[];
  /** Next offset to consume per partition once this chunk is committed. */
  next: Map<number, bigint>;
}

/** Decodes a chunk of messages of one topic: valid records to write, poison set apart. */
export function decodeChunk(
  connector: ConnectorDefinition<any>,
  messages: RawMessage[],
  receivedAt = new Date(),
): DecodedChunk {
  const records: IncomingRecord[] = [];
  const deadLetters: DeadLetter[] = [];
  const next = new Map<number, bigint>();
  for (const message of messages) {
    const decoded = decodeMessage(connector, message, receivedAt);
    if (decoded.ok) records.push(decoded.record);
    else deadLetters.push(decoded.deadLetter);
    const after = BigInt(message.offset) + 1n;
    if (after > (next.get(message.partition) ?? -1n)) next.set(message.partition, after);
  }
  return { records, deadLetters, messages, next };
}

/**
 * Writes a decoded chunk and the consumer offsets after it in ONE transaction: either the whole
 * chunk and its offsets are committed, or nothing is. `extra` runs in the same transaction (the
 * HTTP path keeps its dead letters there). Rejects on any database failure.
 */
export async function commitChunk(
  ctx: ChunkContext,
  chunk: DecodedChunk,
  extra?: (em: EntityManager) => Promise<void>,
): Promise<BatchOutcome> {
  const outcome = await ctx.orm.em.fork().transactional((em) => writeChunk(em, ctx, chunk, extra));
  for (const then of outcome.afterCommit) then();
  return outcome;
}

/**
 * The body of commitChunk, for a caller that holds the transaction (and runs `afterCommit` after
 * it). A record the database rejects for good (a PERMANENT failure: a value it refuses, never a
 * lost connection or a race) does not hold the partition up: the chunk is written again in halves,
 * each under a savepoint, until the record at fault stands alone; it then moves from
 * `chunk.records` to `chunk.deadLetters` (kind DATABASE_REJECTED, with the SQLSTATE and the
 * table, column or constraint, never the values) and the rest is written. `extra` runs after, so it sees
 * those dead letters too.
 */
export async function writeChunk(
  em: EntityManager,
  ctx: ChunkContext,
  chunk: DecodedChunk,
  extra?: (em: EntityManager) => Promise<void>,
): Promise<BatchOutcome> {
  const { outcomes, rejected } = await applyIsolating(em, chunk.records, ctx);
  if (rejected.length) {
    const at = (r: IncomingRecord) => `${r.partition}:${r.offset}`;
    const messages = new Map(chunk.messages.map((m) => [`${m.partition}:${m.offset}`, m]));
    const out = new Set(rejected.map(({ record }) => at(record)));
    chunk.records = chunk.records.filter((r) => !out.has(at(r)));
    for (const { record, error } of rejected)
      chunk.deadLetters.push(databaseRejection(messages.get(at(record))!, error));
  }
  const outcome = mergeOutcomes(outcomes);
  if (extra) await extra(em);
  await saveOffsets(em, ctx.groupId, ctx.connector.topic, chunk.next);
  if (ctx.beforeCommit) await ctx.beforeCommit(em);
  return outcome;
}

interface Isolated {
  outcomes: BatchOutcome[];
  rejected: { record: IncomingRecord; error: unknown }[];
}

// Applies the records under a savepoint; on a permanent failure, halves until the culprits stand alone.
async function applyIsolating(em: EntityManager, records: IncomingRecord[], ctx: ChunkContext): Promise<Isolated> {
  try {
    const outcome = await em.transactional((inner) =>
      applyBatch(inner, records, { onEventsCreated: ctx.onEventsCreated }),
    );
    return { outcomes: [outcome], rejected: [] };
  } catch (error) {
    if (classifyFailure(error) !== 'PERMANENT' || !records.length) throw error;
    if (records.length === 1) return { outcomes: [], rejected: [{ record: records[0], error }] };
    const half = Math.ceil(records.length / 2);
    const first = await applyIsolating(em, records.slice(0, half), ctx);
    const second = await applyIsolating(em, records.slice(half), ctx);
    return { outcomes: [...first.outcomes, ...second.outcomes], rejected: [...first.rejected, ...second.rejected] };
  }
}

// The reason names the SQLSTATE and the schema objects involved, never the database's message:
// that may quote the record's values, and the reason is kept in clear (src/access/protect).
function databaseRejection(message: RawMessage, error: unknown): DeadLetter {
  const e = (error ?? {}) as { code?: unknown; table?: unknown; column?: unknown; constraint?: unknown };
  const named = (label: string, v: unknown) => (typeof v === 'string' && v ? ` ${label} ${v}` : '');
  const code = typeof e.code === 'string' ? e.code : 'unknown';
  return {
    message,
    kind: 'DATABASE_REJECTED',
    reason: `DATABASE_REJECTED: SQLSTATE ${code}${named('table', e.table)}${named('column', e.column)}${named('constraint', e.constraint)}`,
  };
}

function mergeOutcomes(outcomes: BatchOutcome[]): BatchOutcome {
  return {
    applied: outcomes.reduce((n, o) => n + o.applied, 0),
    stale: outcomes.reduce((n, o) => n + o.stale, 0),
    newSourceRecords: outcomes.reduce((n, o) => n + o.newSourceRecords, 0),
    createdEventIds: outcomes.flatMap((o) => o.createdEventIds),
    afterCommit: outcomes.flatMap((o) => o.afterCommit),
  };
}
