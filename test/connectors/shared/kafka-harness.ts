import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Registry } from 'prom-client';
import type { ConnectorDefinition } from '../../../connectors/shared/define-connector';
import { createKafka, KafkaAdapter, RawMessage } from '../../../connectors/shared/kafka';
import { createKafkaIngest, KafkaIngest } from '../../../connectors/shared/kafka-ingest';
import { createIngestMetrics, IngestMetrics } from '../../../connectors/shared/metrics';
import { createLogger } from '../../../src/shared/logger';
import { kafkaBrokers, randomTopicName } from '../../helpers/kafka-broker';

export interface RunningIngest {
  ingest: KafkaIngest;
  metrics: IngestMetrics;
  registry: Registry;
  /** Messages consumed by this instance, over all topics. */
  consumed(): Promise<number>;
}

export function testAdapter(): KafkaAdapter {
  return createKafka({ brokers: kafkaBrokers(), clientId: randomTopicName('govgraph-test') });
}

/** Starts a Kafka ingest with the given connectors and its own metrics registry, quiet. */
export async function startIngest(
  orm: MikroORM,
  connectors: ConnectorDefinition<any>[],
  options: { groupPrefix: string; batchSize?: number; beforeCommit?: (em: EntityManager) => Promise<void> },
): Promise<RunningIngest> {
  const registry = new Registry();
  const metrics = createIngestMetrics(registry);
  const ingest = createKafkaIngest({
    orm,
    brokers: kafkaBrokers(),
    clientId: 'govgraph-test-hub',
    groupPrefix: options.groupPrefix,
    batchSize: options.batchSize ?? 50,
    fromBeginning: true,
    retry: { baseMs: 50, maxMs: 500 },
    deadLetterPartitions: 1,
    writeSlots: 2,
    connectors,
    metrics,
    logger: createLogger('silent'),
    beforeCommit: options.beforeCommit,
  });
  await ingest.start();
  return {
    ingest,
    metrics,
    registry,
    consumed: async () => (await metrics.consumed.get()).values.reduce((sum, v) => sum + v.value, 0),
  };
}

/** Produces JSON lines' worth of messages: `value` objects are serialised, strings sent as they are. */
export async function produce(
  adapter: KafkaAdapter,
  topic: string,
  messages: { key: string | null; value: unknown }[],
): Promise<void> {
  const producer = await adapter.createProducer();
  try {
    await producer.send(
      topic,
      messages.map((m) => ({ key: m.key, value: typeof m.value === 'string' ? m.value : JSON.stringify(m.value) })),
    );
  } finally {
    await producer.stop();
  }
}

/** Collects every message of a topic (e.g. a dead-letter topic) with a throw-away group. */
export async function collect(
  adapter: KafkaAdapter,
  topic: string,
): Promise<{ messages: RawMessage[]; stop(): Promise<void> }> {
  const messages: RawMessage[] = [];
  const consumer = adapter.createBatchConsumer({
    groupId: randomTopicName('collector'),
    topics: [topic],
    fromBeginning: true,
    onAssigned: async () => undefined,
    onBatch: async (batch) => {
      messages.push(...batch.messages);
      batch.resolveOffset(batch.messages[batch.messages.length - 1].offset);
    },
  });
  await consumer.start();
  return { messages, stop: () => consumer.stop() };
}
