import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { applyBatch } from '../../src/ingest/apply-batch';
import type { EventsCreatedHook } from '../../src/ingest/event-hooks';
import type { BatchOutcome, IncomingRecord } from '../../src/ingest/ingest.types';
import { DeadLetter, decodeMessage } from './decode';
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
  deadLetters: DeadLetter[];
  /** Next offset to consume per partition once this chunk is committed. */
  next: Map<number, bigint>;
}

/** Decodes a chunk of messages of one topic: valid records to write, poison set apart. */
export function decodeChunk(connector: ConnectorDefinition<any>, messages: RawMessage[], receivedAt = new Date()): DecodedChunk {
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
  return { records, deadLetters, next };
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

/** The body of commitChunk, for a caller that holds the transaction (and runs `afterCommit` after it). */
export async function writeChunk(
  em: EntityManager,
  ctx: ChunkContext,
  chunk: DecodedChunk,
  extra?: (em: EntityManager) => Promise<void>,
): Promise<BatchOutcome> {
  const outcome = await applyBatch(em, chunk.records, { onEventsCreated: ctx.onEventsCreated });
  if (extra) await extra(em);
  await saveOffsets(em, ctx.groupId, ctx.connector.topic, chunk.next);
  if (ctx.beforeCommit) await ctx.beforeCommit(em);
  return outcome;
}
