import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventsCreatedHook } from '../../src/ingest/event-hooks';
import { decodeChunk, writeChunk } from './batch-writer';
import { storeDeadLetters } from './dead-letters';
import type { ConnectorDefinition } from './define-connector';
import type { RawMessage } from './kafka';
import type { IngestMetrics } from './metrics';
import { reserveSequence } from './offsets-store';

/** The HTTP ingest sequence lives in consumer_offset under this group, partition 0. */
export const HTTP_GROUP = 'http-ingest';

export interface EmbeddedIngestConfig {
  orm: MikroORM;
  connectors: ConnectorDefinition<any>[];
  batchSize: number;
  metrics?: IngestMetrics;
  onEventsCreated?: EventsCreatedHook;
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

export interface IngestLineResult {
  line: number;
  key: string | null;
  reason: string;
}

export interface IngestResult {
  topic: string;
  received: number;
  /** Messages that changed the graph. */
  applied: number;
  /** Repeats and older versions, kept as source records only. */
  stale: number;
  deadLetters: IngestLineResult[];
}

export class UnknownTopicError extends Error {
  constructor(readonly topic: string) {
    super(`no connector for topic ${topic}`);
    this.name = 'UnknownTopicError';
  }
}

/** One JSON line `{"key", "value"}` as a message; a value that is a string is taken as the raw value. */
function toMessage(topic: string, line: string, offset: bigint): RawMessage {
  let key: string | null = null;
  let value: string | null = line;
  try {
    const parsed = JSON.parse(line) as { key?: unknown; value?: unknown };
    if (parsed && typeof parsed === 'object' && 'value' in parsed) {
      key = parsed.key === undefined || parsed.key === null ? null : String(parsed.key);
      value = typeof parsed.value === 'string' ? parsed.value : JSON.stringify(parsed.value);
    }
  } catch {
    // Not even the envelope parses: the whole line is the value, and decoding dead-letters it.
  }
  return { topic, partition: 0, offset: offset.toString(), key, value };
}

/**
 * Ingestion without Kafka: feeds JSON lines through the same decode → write-with-offsets path as
 * the Kafka pipeline, chunk by chunk, each chunk in one transaction with its dead letters (kept
 * in the dead_letter table) and its positions in the topic's HTTP sequence. Rejects with
 * UnknownTopicError for a topic without a connector, before writing anything.
 */
export function createEmbeddedIngest(config: EmbeddedIngestConfig) {
  const byTopic = new Map(config.connectors.map((c) => [c.topic, c]));
  return {
    topics: () => [...byTopic.keys()],
    async ingest(topic: string, lines: string[]): Promise<IngestResult> {
      const connector = byTopic.get(topic);
      if (!connector) throw new UnknownTopicError(topic);
      const result: IngestResult = { topic, received: 0, applied: 0, stale: 0, deadLetters: [] };
      const body = lines.map((l, i) => ({ line: i + 1, text: l.trim() })).filter((l) => l.text !== '');
      for (let start = 0; start < body.length; start += config.batchSize) {
        const slice = body.slice(start, start + config.batchSize);
        const stopTimer = config.metrics?.batchDuration.startTimer({ topic });
        const outcome = await config.orm.em.fork().transactional(async (em) => {
          const first = await reserveSequence(em, HTTP_GROUP, topic, slice.length);
          const messages = slice.map((l, i) => toMessage(topic, l.text, first + BigInt(i)));
          const chunk = decodeChunk(connector, messages);
          const written = await writeChunk(
            em,
            {
              orm: config.orm,
              connector,
              groupId: HTTP_GROUP,
              onEventsCreated: config.onEventsCreated,
              beforeCommit: config.beforeCommit,
            },
            chunk,
            (inner) => storeDeadLetters(inner, chunk.deadLetters),
          );
          return { written, chunk, first };
        });
        for (const then of outcome.written.afterCommit) then();
        stopTimer?.();
        result.received += slice.length;
        result.applied += outcome.written.applied;
        result.stale += outcome.written.stale;
        for (const l of outcome.chunk.deadLetters) {
          result.deadLetters.push({
            line: slice[Number(BigInt(l.message.offset) - outcome.first)].line,
            key: l.message.key,
            reason: l.reason,
          });
          config.metrics?.deadLettered.inc({ topic, kind: l.kind });
        }
        config.metrics?.consumed.inc({ topic }, slice.length);
        config.metrics?.written.inc({ topic }, outcome.chunk.records.length);
      }
      return result;
    },
  };
}

export type EmbeddedIngest = ReturnType<typeof createEmbeddedIngest>;
