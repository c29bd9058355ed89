import type { MikroORM } from '@mikro-orm/postgresql';
import type { Registry } from 'prom-client';
import { createKafka } from '../../connectors/shared/kafka';
import type { HubConfig } from '../config/env';
import type { ReadinessCheck } from '../http/health';
import type { Logger } from '../shared/logger';
import { createChangeFeedMetrics } from './change-feed.metrics';
import { CHANGES_TOPIC, createChangeRelay } from './change-relay';
import { createTopicProducer } from './topic-producer';

export interface ChangeFeedOptions {
  config: Pick<HubConfig, 'kafka' | 'ingest' | 'changeRelay'>;
  orm: MikroORM;
  registry: Registry;
  logger: Logger;
}

export interface ChangeFeed {
  /** `<KAFKA_TOPIC_PREFIX>hub.changes`. */
  topic: string;
  start(): void;
  /** Stops polling, publishes what is left (bounded by the send timeout), disconnects. */
  stop(): Promise<void>;
  /** `changeRelay`: connected, topic created, and the last pass succeeded. */
  readiness(): Record<string, ReadinessCheck>;
}

/**
 * The change relay as the hub runs it: null without KAFKA_BROKERS (the outbox then accumulates
 * until a hub with Kafka publishes it). Otherwise `start` polls the outbox every
 * CHANGE_RELAY_INTERVAL_MS in the background and publishes to `<prefix>hub.changes`, creating the
 * topic first. It never rejects: a failure (broker down, missing topic, a send past its deadline,
 * the database) is counted, logged without message contents, and retried with the ingest backoff
 * on a fresh connection; nothing is stamped unless the broker acknowledged it. Rejects at
 * construction a broker list that can never work (KafkaConfigError).
 */
export function createChangeFeed(options: ChangeFeedOptions): ChangeFeed | null {
  const { config, orm } = options;
  if (!config.kafka.brokers.length) return null;
  const topic = `${config.kafka.topicPrefix}${CHANGES_TOPIC}`;
  const log = options.logger.child({ component: 'change-relay', topic });
  const kafka = createKafka({ brokers: config.kafka.brokers, clientId: config.kafka.clientId });
  const producer = createTopicProducer(kafka, topic, config.changeRelay.sendTimeoutMs);
  const metrics = createChangeFeedMetrics(options.registry, orm);
  const state = { started: false, lastError: null as string | null, lastPublishedAt: null as string | null };
  const relay = createChangeRelay({
    orm,
    producer,
    topic,
    intervalMs: config.changeRelay.intervalMs,
    sendTimeoutMs: config.changeRelay.sendTimeoutMs,
    retry: config.ingest.retry,
    prepare: () => producer.ready(),
    onPublished: (count) => {
      metrics.published.inc(count);
      state.lastPublishedAt = new Date().toISOString();
      log.debug({ count }, 'changes published');
    },
    onError: (error, attempt, retryInMs) => {
      producer.reset();
      metrics.errors.inc();
      state.lastError = describe(error).message;
      log.warn({ err: describe(error), attempt, retryInMs }, 'publishing changes failed; nothing stamped, retrying');
    },
  });
  return {
    topic,
    start() {
      relay.start();
      state.started = true;
      log.info({ intervalMs: config.changeRelay.intervalMs }, 'change relay started');
    },
    async stop() {
      if (!state.started) return;
      state.started = false;
      await relay.stop();
      // While the broker is failing a flush would only wait for the deadline again: the rows stay for the next start.
      if (relay.failures() === 0) {
        try {
          const flushed = await relay.publishPending(Date.now() + config.changeRelay.sendTimeoutMs);
          log.info({ flushed }, 'outbox flushed');
        } catch (error) {
          metrics.errors.inc();
          log.warn({ err: describe(error) }, 'could not flush the outbox; the rows stay for the next start');
        }
      }
      await producer.stop();
      log.info('change relay stopped');
    },
    readiness: () => ({
      changeRelay: async () => ({
        ok: state.started && producer.connected() && relay.failures() === 0,
        detail: {
          topic,
          failures: relay.failures(),
          lastPublishedAt: state.lastPublishedAt,
          lastError: state.lastError,
        },
      }),
    }),
  };
}

// Names and codes only: a database error's message can quote the statement, never a payload here,
// but nothing from a message body is ever logged.
function describe(error: unknown): { name: string; message: string; code?: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return { name: e.name, message: e.message.slice(0, 300), ...(typeof code === 'string' ? { code } : {}) };
}
