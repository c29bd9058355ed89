/**
 * The only module that imports kafkajs: the rest of the hub sees the small interfaces below, so
 * the client library can change without touching the pipeline.
 */
import { Consumer, EachBatchPayload, Kafka, KafkaJSError, logLevel, Producer } from 'kafkajs';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Quiet by default: the pipeline logs what matters itself. */
  verbose?: boolean;
}

/** Thrown at construction for settings that can never work. */
export class KafkaConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KafkaConfigError';
  }
}

/** A message as consumed: key and value as UTF-8 text (null when absent). */
export interface RawMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  /** Headers as UTF-8 text; absent when the message has none. */
  headers?: Record<string, string>;
}

export interface OutgoingMessage {
  key: string | null;
  value: string;
  headers?: Record<string, string>;
}

/** One partition's fetched messages and the controls to acknowledge them. */
export interface ConsumedBatch {
  topic: string;
  partition: number;
  messages: RawMessage[];
  highWatermark: string;
  /** Marks messages up to `offset` as processed, so this consumer does not fetch them again. */
  resolveOffset(offset: string): void;
  /** Commits `nextOffset` for the partition to Kafka (after the database has committed it). */
  commit(nextOffset: string): Promise<void>;
  heartbeat(): Promise<void>;
  /** False once the consumer is stopping or the batch belongs to a revoked assignment. */
  isActive(): boolean;
}

export interface BatchConsumerOptions {
  groupId: string;
  topics: string[];
  /** Where a group without committed offsets starts. */
  fromBeginning: boolean;
  onBatch(batch: ConsumedBatch): Promise<void>;
  /** Called after every rebalance with the partitions this member now owns, before they are fetched from. */
  onAssigned(
    assignment: { topic: string; partitions: number[] }[],
    seek: (topic: string, partition: number, offset: string) => void,
  ): Promise<void>;
  onCrash?(error: Error): void;
  maxBytesPerPartition?: number;
}

export interface BatchConsumer {
  start(): Promise<void>;
  /** Lets the batch in flight finish, then leaves the group. */
  stop(): Promise<void>;
}

export interface MessageProducer {
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  stop(): Promise<void>;
}

export interface KafkaAdmin {
  /** Creates missing topics (partitions: the broker default when omitted) and waits for their leaders; existing topics are left alone. */
  ensureTopics(topics: string[], partitions?: number): Promise<void>;
  /** The high watermark (next offset to be written) per partition. */
  highWatermarks(topic: string): Promise<{ partition: number; high: string }[]>;
  stop(): Promise<void>;
}

export interface KafkaAdapter {
  createBatchConsumer(options: BatchConsumerOptions): BatchConsumer;
  createProducer(): Promise<MessageProducer>;
  createAdmin(): Promise<KafkaAdmin>;
}

const BROKER = /^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/;

/**
 * True when retrying the same operation may succeed (broker moving, network blip, coordinator
 * loading); false for errors that will repeat (bad configuration, authorisation, unknown topic
 * creation rules). Non-Kafka errors are not classified here.
 */
export function isRetriableKafkaError(error: unknown): boolean {
  return error instanceof KafkaJSError && error.retriable;
}

export function isKafkaError(error: unknown): boolean {
  return error instanceof KafkaJSError;
}

function toRaw(topic: string, partition: number, m: EachBatchPayload['batch']['messages'][number]): RawMessage {
  const raw: RawMessage = {
    topic,
    partition,
    offset: m.offset,
    key: m.key ? m.key.toString('utf8') : null,
    value: m.value ? m.value.toString('utf8') : null,
  };
  if (m.headers && Object.keys(m.headers).length) {
    raw.headers = Object.fromEntries(
      Object.entries(m.headers).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v ?? '')]),
    );
  }
  return raw;
}

function wireConsumer(consumer: Consumer, options: BatchConsumerOptions, isStopping: () => boolean) {
  // kafkajs does not wait for GROUP_JOIN listeners: a batch fetched from Kafka's committed offset
  // can arrive while onAssigned is still reading the database's. Batches wait for it to finish.
  let assigned: Promise<void> = Promise.resolve();
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    const assignment = Object.entries(event.payload.memberAssignment).map(([topic, partitions]) => ({
      topic,
      partitions,
    }));
    assigned = options
      .onAssigned(assignment, (topic, partition, offset) => consumer.seek({ topic, partition, offset }))
      .catch((error: Error) => options.onCrash?.(error));
  });
  consumer.on(consumer.events.CRASH, (event) => options.onCrash?.(event.payload.error));
  return async (payload: EachBatchPayload): Promise<void> => {
    await assigned;
    const { batch } = payload;
    await options.onBatch({
      topic: batch.topic,
      partition: batch.partition,
      messages: batch.messages.map((m) => toRaw(batch.topic, batch.partition, m)),
      highWatermark: batch.highWatermark,
      resolveOffset: (offset) => payload.resolveOffset(offset),
      commit: (nextOffset) =>
        consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: nextOffset }]),
      heartbeat: () => payload.heartbeat(),
      isActive: () => payload.isRunning() && !payload.isStale() && !isStopping(),
    });
  };
}

/**
 * Builds the adapter. Rejects at construction (KafkaConfigError) an empty broker list, a broker
 * that is not `host:port`, or an empty client id; connects lazily.
 */
export function createKafka(settings: KafkaSettings): KafkaAdapter {
  if (!settings.brokers.length) throw new KafkaConfigError('KAFKA_BROKERS is empty: give at least one host:port');
  const bad = settings.brokers.filter((b) => !BROKER.test(b));
  if (bad.length) throw new KafkaConfigError(`not host:port: ${bad.join(', ')}`);
  if (!settings.clientId.trim()) throw new KafkaConfigError('the Kafka client id is empty');
  const kafka = new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    logLevel: settings.verbose ? logLevel.INFO : logLevel.NOTHING,
    retry: { initialRetryTime: 200, retries: 8 },
  });
  return {
    createBatchConsumer(options) {
      if (!options.groupId.trim()) throw new KafkaConfigError('a consumer group id is required');
      if (!options.topics.length) throw new KafkaConfigError('a consumer needs at least one topic');
      let stopping = false;
      const consumer = kafka.consumer({
        groupId: options.groupId,
        maxBytesPerPartition: options.maxBytesPerPartition ?? 1024 * 1024,
        maxBytes: 8 * 1024 * 1024,
      });
      const eachBatch = wireConsumer(consumer, options, () => stopping);
      return {
        async start() {
          await consumer.connect();
          await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning });
          await consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            partitionsConsumedConcurrently: 1,
            eachBatch,
          });
        },
        async stop() {
          stopping = true;
          // disconnect waits for the running eachBatch to return before leaving the group.
          await consumer.disconnect();
        },
      };
    },
    async createProducer() {
      const producer: Producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: false });
      await producer.connect();
      return {
        async send(topic, messages) {
          if (!messages.length) return;
          await producer.send({
            topic,
            acks: -1,
            messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
          });
        },
        stop: () => producer.disconnect(),
      };
    },
    async createAdmin() {
      const admin = kafka.admin();
      await admin.connect();
      return {
        async ensureTopics(topics, partitions) {
          const existing = new Set(await admin.listTopics());
          const missing = topics.filter((t) => !existing.has(t));
          if (!missing.length) return;
          await admin.createTopics({
            topics: missing.map((topic) => ({ topic, numPartitions: partitions ?? -1 })),
            waitForLeaders: true,
          });
        },
        async highWatermarks(topic) {
          const offsets = await admin.fetchTopicOffsets(topic);
          return offsets.map((o) => ({ partition: o.partition, high: o.high }));
        },
        stop: () => admin.disconnect(),
      };
    },
  };
}
