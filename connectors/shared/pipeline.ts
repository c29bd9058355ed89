import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventsCreatedHook } from '../../src/ingest/event-hooks';
import type { Logger } from '../../src/shared/logger';
import { commitChunk, decodeChunk } from './batch-writer';
import { deadLetterTopic, publishDeadLetters } from './dead-letters';
import type { ConnectorDefinition } from './define-connector';
import { backoffMs, classifyFailure } from './failures';
import type { BatchConsumer, ConsumedBatch, KafkaAdapter, MessageProducer } from './kafka';
import type { IngestMetrics } from './metrics';
import { loadOffsets } from './offsets-store';
import { processWithRetry } from './retry-loop';
import type { WriteSlots } from './write-slots';

export interface ConnectorPipelineConfig {
  orm: MikroORM;
  kafka: KafkaAdapter;
  connector: ConnectorDefinition<any>;
  /** One consumer group per connector: `${groupPrefix}.${topic}`. */
  groupPrefix: string;
  batchSize: number;
  fromBeginning: boolean;
  retry: { baseMs: number; maxMs: number };
  deadLetters: MessageProducer;
  metrics: IngestMetrics;
  logger: Logger;
  onEventsCreated?: EventsCreatedHook;
  beforeCommit?: (em: EntityManager) => Promise<void>;
  /** Shared by the connectors of one process: how many chunks are decoded and written at once. */
  slots: WriteSlots;
}

export interface ConnectorPipeline {
  topic: string;
  groupId: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  readiness(): Promise<{ ok: boolean; detail?: unknown }>;
}

/**
 * The pipeline of one connector: consumes its topic in batches, decodes, sets poison apart to
 * `<topic>.dlq`, writes each chunk with the consumer offsets in one transaction, then commits to
 * Kafka. On every assignment it seeks to the offsets the database holds, and skips anything
 * below them, so the database decides where to resume. Transient failures are retried with
 * backoff and nothing is committed past them; `stop` lets the chunk in flight finish.
 */
export function createConnectorPipeline(config: ConnectorPipelineConfig): ConnectorPipeline {
  const { connector, metrics, logger } = config;
  const topic = connector.topic;
  const groupId = `${config.groupPrefix}.${topic}`;
  const log = logger.child({ topic, groupId });
  const stored = new Map<number, bigint>();
  const state = {
    running: false,
    assigned: [] as number[],
    lastError: null as string | null,
    lastBatchAt: null as string | null,
    failing: false,
  };
  let stopping = false;

  async function onAssigned(
    assignment: { topic: string; partitions: number[] }[],
    seek: (t: string, p: number, o: string) => void,
  ) {
    const partitions = assignment.find((a) => a.topic === topic)?.partitions ?? [];
    const offsets = await loadOffsets(config.orm.em.fork(), groupId, topic);
    stored.clear();
    for (const p of partitions) {
      const offset = offsets.get(p);
      if (offset === undefined) continue;
      stored.set(p, offset);
      seek(topic, p, offset.toString());
    }
    state.assigned = partitions;
    log.info({ partitions }, 'partitions assigned; resuming from the database offsets');
  }

  async function onBatch(batch: ConsumedBatch) {
    const floor = stored.get(batch.partition) ?? -1n;
    const fresh = batch.messages.filter((m) => BigInt(m.offset) >= floor);
    for (let start = 0; start < fresh.length; start += config.batchSize) {
      if (!batch.isActive()) return;
      const messages = fresh.slice(start, start + config.batchSize);
      const handled = await config.slots.run(() => handleChunk(batch, messages));
      if (!handled) return;
    }
    if (!fresh.length && batch.messages.length) batch.resolveOffset(batch.messages[batch.messages.length - 1].offset);
  }

  // Decodes, writes (retrying transient failures) and acknowledges one chunk; false when it gave up because the consumer is stopping.
  async function handleChunk(batch: ConsumedBatch, messages: ConsumedBatch['messages']): Promise<boolean> {
    const stopTimer = metrics.batchDuration.startTimer({ topic });
    const chunk = decodeChunk(connector, messages);
    const done = await processWithRetry({
      attempt: async () => {
        await publishDeadLetters(config.deadLetters, topic, chunk.deadLetters);
        const decoded = chunk.deadLetters.length;
        return commitChunk(
          {
            orm: config.orm,
            connector,
            groupId,
            onEventsCreated: config.onEventsCreated,
            beforeCommit: config.beforeCommit,
          },
          chunk,
          async () => {
            // Records the database rejected while writing: set apart before the offsets move past them.
            if (chunk.deadLetters.length > decoded)
              await publishDeadLetters(config.deadLetters, topic, chunk.deadLetters.slice(decoded));
          },
        );
      },
      classify: classifyFailure,
      backoff: (n) => backoffMs(n, config.retry.baseMs, config.retry.maxMs),
      shouldGiveUp: () => stopping || !batch.isActive(),
      onFailure: (error, n, kind) => {
        state.failing = true;
        state.lastError = `${kind}: ${(error as Error).message}`;
        metrics.retries.inc({ topic });
        log.warn(
          { err: { message: (error as Error).message, code: (error as { code?: string }).code }, attempt: n, kind },
          'batch failed; nothing committed, retrying',
        );
      },
      heartbeat: () => batch.heartbeat(),
    });
    if (!done) return false;
    state.failing = false;
    const last = messages[messages.length - 1].offset;
    const next = chunk.next.get(batch.partition)!;
    stored.set(batch.partition, next);
    batch.resolveOffset(last);
    metrics.consumed.inc({ topic }, messages.length);
    metrics.written.inc({ topic }, chunk.records.length);
    metrics.stale.inc({ topic }, done.stale);
    for (const l of chunk.deadLetters) metrics.deadLettered.inc({ topic, kind: l.kind });
    metrics.lag.set(
      { topic, partition: String(batch.partition) },
      Math.max(0, Number(BigInt(batch.highWatermark) - next)),
    );
    state.lastBatchAt = new Date().toISOString();
    stopTimer();
    // Kafka's copy of the offset is a courtesy to tools; the database already holds the truth.
    await batch
      .commit(next.toString())
      .catch((error: Error) => log.warn({ err: { message: error.message } }, 'Kafka offset commit failed'));
    await batch.heartbeat().catch(() => undefined);
    return true;
  }

  let consumer: BatchConsumer | null = null;
  return {
    topic,
    groupId,
    async start() {
      stopping = false;
      consumer = config.kafka.createBatchConsumer({
        groupId,
        topics: [topic],
        fromBeginning: config.fromBeginning,
        onBatch,
        onAssigned,
        onCrash: (error) => {
          state.lastError = `consumer crashed: ${error.message}`;
          log.error(
            { err: { message: error.message } },
            'Kafka consumer crashed; kafkajs restarts it when the error is retriable',
          );
        },
      });
      await consumer.start();
      state.running = true;
      log.info({ deadLetters: deadLetterTopic(topic) }, 'connector started');
    },
    async stop() {
      stopping = true;
      await consumer?.stop();
      state.running = false;
      log.info('connector stopped');
    },
    async readiness() {
      return {
        ok: state.running && !state.failing,
        detail: {
          topic,
          groupId,
          partitions: state.assigned,
          lastBatchAt: state.lastBatchAt,
          lastError: state.lastError,
        },
      };
    },
  };
}
