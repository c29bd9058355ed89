import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventsCreatedHook } from '../../src/ingest/event-hooks';
import type { Logger } from '../../src/shared/logger';
import { deadLetterTopic } from './dead-letters';
import type { ConnectorDefinition } from './define-connector';
import { createKafka, KafkaConfigError, MessageProducer } from './kafka';
import type { IngestMetrics } from './metrics';
import { ConnectorPipeline, createConnectorPipeline } from './pipeline';
import { createWriteSlots } from './write-slots';

export interface KafkaIngestConfig {
  orm: MikroORM;
  brokers: string[];
  clientId: string;
  groupPrefix: string;
  batchSize: number;
  fromBeginning: boolean;
  retry: { baseMs: number; maxMs: number };
  /** Partitions for the dead-letter topics the hub creates. */
  deadLetterPartitions: number;
  /** Chunks written at once across all connectors of this process. */
  writeSlots: number;
  connectors: ConnectorDefinition<any>[];
  metrics: IngestMetrics;
  logger: Logger;
  onEventsCreated?: EventsCreatedHook;
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

export interface KafkaIngest {
  start(): Promise<void>;
  /** Stops every connector (each finishes its batch in flight), then the dead-letter producer. */
  stop(): Promise<void>;
  /** One readiness check per connector, named `connector:<topic>`. */
  readiness(): Record<string, () => Promise<{ ok: boolean; detail?: unknown }>>;
}

/**
 * Runs one pipeline per connector (one consumer group each) against Kafka. Rejects at
 * construction a configuration that can never work (no brokers, a malformed broker, no
 * connectors, a batch size below 1); `start` creates missing topics and dead-letter topics and
 * resolves once every consumer has joined its group.
 */
export function createKafkaIngest(config: KafkaIngestConfig): KafkaIngest {
  if (!config.connectors.length) throw new KafkaConfigError('no connectors to run');
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1)
    throw new KafkaConfigError('batch size must be a positive integer');
  const kafka = createKafka({ brokers: config.brokers, clientId: config.clientId });
  let producer: MessageProducer | null = null;
  let pipelines: ConnectorPipeline[] = [];
  const slots = createWriteSlots(config.writeSlots);
  return {
    async start() {
      const admin = await kafka.createAdmin();
      try {
        // A department topic not created yet (a fresh compose stack) would fail the subscription.
        await admin.ensureTopics(config.connectors.map((c) => c.topic));
        await admin.ensureTopics(
          config.connectors.map((c) => deadLetterTopic(c.topic)),
          config.deadLetterPartitions,
        );
      } finally {
        await admin.stop();
      }
      const deadLetters = await kafka.createProducer();
      producer = deadLetters;
      pipelines = config.connectors.map((connector) =>
        createConnectorPipeline({ ...config, kafka, connector, deadLetters, slots }),
      );
      await Promise.all(pipelines.map((p) => p.start()));
    },
    async stop() {
      await Promise.all(pipelines.map((p) => p.stop()));
      await producer?.stop();
      producer = null;
    },
    readiness() {
      return Object.fromEntries(pipelines.map((p) => [`connector:${p.topic}`, () => p.readiness()]));
    },
  };
}
