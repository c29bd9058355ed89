import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { Registry } from 'prom-client';
import type { ConnectorDefinition } from '../../connectors/shared/define-connector';
import { createEmbeddedIngest, EmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { createKafkaIngest, KafkaIngest } from '../../connectors/shared/kafka-ingest';
import { createIngestMetrics } from '../../connectors/shared/metrics';
import type { HubConfig } from '../config/env';
import type { ReadinessCheck } from '../http/health';
import { createIngestRouter } from '../http/ingest.router';
import type { Logger } from '../shared/logger';
import type { EventsCreatedHook } from './event-hooks';

export interface HubIngestOptions {
  config: Pick<HubConfig, 'kafka' | 'ingest'>;
  orm: MikroORM;
  connectors: ConnectorDefinition<any>[];
  registry: Registry;
  logger: Logger;
  onEventsCreated?: EventsCreatedHook;
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

export interface HubIngest {
  /** The pipeline without Kafka: HTTP ingest and the demo seed use it. */
  embedded: EmbeddedIngest;
  /** Present when KAFKA_BROKERS is configured. */
  kafka: KafkaIngest | null;
  routers: Router[];
  readiness(): Record<string, ReadinessCheck>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Wires ingestion into the hub: with KAFKA_BROKERS, one consumer group per connector (rejects
 * at construction a broker list that can never work); without it, `POST /ingest/:topic` feeds
 * the same pipeline. Both share one set of ingestion metrics on the hub's registry.
 */
export function createHubIngest(options: HubIngestOptions): HubIngest {
  const { config, orm, connectors, logger } = options;
  const metrics = createIngestMetrics(options.registry);
  const embedded = createEmbeddedIngest({
    orm,
    connectors,
    batchSize: config.ingest.batchSize,
    metrics,
    onEventsCreated: options.onEventsCreated,
    beforeCommit: options.beforeCommit,
  });
  const kafka =
    config.kafka.brokers.length && connectors.length
      ? createKafkaIngest({
          orm,
          brokers: config.kafka.brokers,
          clientId: config.kafka.clientId,
          groupPrefix: config.kafka.groupPrefix,
          deadLetterPartitions: config.kafka.deadLetterPartitions,
          writeSlots: config.ingest.writeSlots,
          batchSize: config.ingest.batchSize,
          fromBeginning: config.ingest.fromBeginning,
          retry: config.ingest.retry,
          connectors: config.kafka.topicPrefix
            ? connectors.map((c) => ({ ...c, topic: `${config.kafka.topicPrefix}${c.topic}` }))
            : connectors,
          metrics,
          logger: logger.child({ component: 'ingest' }),
          onEventsCreated: options.onEventsCreated,
          beforeCommit: options.beforeCommit,
        })
      : null;
  // With Kafka, the topic is the one log: HTTP positions would not be comparable with its offsets.
  const routers = kafka ? [] : [createIngestRouter(embedded, { bodyLimit: config.ingest.httpBodyLimit, logger })];
  return {
    embedded,
    kafka,
    routers,
    readiness: () => kafka?.readiness() ?? {},
    start: async () => kafka?.start(),
    stop: async () => kafka?.stop(),
  };
}
