import type { KafkaAdapter, MessageProducer } from '../../connectors/shared/kafka';
import { withDeadline } from '../shared/deadline';

export interface TopicProducer extends MessageProducer {
  /** Creates the topic when missing, then connects; resolves at once while connected. */
  ready(): Promise<void>;
  /** Drops the connection after a failure, so the next `ready` starts from a fresh one. */
  reset(): void;
  connected(): boolean;
}

/**
 * A producer for one topic that (re)connects on demand. The producer never creates topics
 * implicitly (`allowAutoTopicCreation: false`): a send to a missing topic fails after kafkajs'
 * metadata retries, so `ready` creates it through the admin first. Every step that talks to the
 * broker is bounded by `timeoutMs` (rejects with DeadlineExceededError), because kafkajs keeps
 * retrying an unreachable broker for about a minute before it reports anything.
 */
export function createTopicProducer(kafka: KafkaAdapter, topic: string, timeoutMs: number): TopicProducer {
  let producer: MessageProducer | null = null;

  async function connect(): Promise<MessageProducer> {
    const admin = await withDeadline(kafka.createAdmin(), timeoutMs, 'connecting to Kafka', (late) => late.stop());
    try {
      await withDeadline(admin.ensureTopics([topic]), timeoutMs, `creating the topic ${topic}`);
    } finally {
      await admin.stop().catch(() => undefined);
    }
    return withDeadline(kafka.createProducer(), timeoutMs, 'connecting the producer', (late) => late.stop());
  }

  return {
    async ready() {
      producer ??= await connect();
    },
    async send(target, messages) {
      producer ??= await connect();
      await producer.send(target, messages);
    },
    reset() {
      const dropped = producer;
      producer = null;
      // Disconnecting also ends a send still retrying in the background.
      if (dropped) void dropped.stop().catch(() => undefined);
    },
    connected: () => producer !== null,
    async stop() {
      const dropped = producer;
      producer = null;
      if (dropped) await withDeadline(dropped.stop(), timeoutMs, 'disconnecting the producer').catch(() => undefined);
    },
  };
}
