import { z } from 'zod';

/**
 * The hub's configuration, read once from the environment. This is the only module that reads
 * `process.env`; every component receives its slice of the parsed result.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  GOVGRAPH_DATA_DIR: z.string().default('.data'),
  GOVGRAPH_DEMO: booleanFromEnv.optional(),
  GOVGRAPH_DEMO_PEOPLE: z.coerce.number().int().min(0).max(2_000_000).default(20_000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(50_000),
  GRAPHQL_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  GRAPHQL_BATCHING: booleanFromEnv.default(true),
  GRAPHQL_COMPILED: booleanFromEnv.default(true),
  KAFKA_BROKERS: z.string().optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('govgraph-hub'),
  KAFKA_GROUP_PREFIX: z.string().min(1).default('govgraph'),
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  KAFKA_DLQ_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(1),
  INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(50_000).default(2000),
  INGEST_FROM_BEGINNING: booleanFromEnv.default(true),
  INGEST_RETRY_BASE_MS: z.coerce.number().int().min(1).default(200),
  INGEST_RETRY_MAX_MS: z.coerce.number().int().min(1).default(30_000),
  INGEST_HTTP_BODY_LIMIT: z.string().default('64mb'),
  INGEST_EVENT_HOOK: booleanFromEnv.default(true),
  INGEST_WRITE_SLOTS: z.coerce.number().int().min(1).max(64).default(2),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(20_000),
  GOVGRAPH_ACCESS_CONTROL: booleanFromEnv.default(true),
  GOVGRAPH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  GOVGRAPH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(90 * 24 * 3600),
  GOVGRAPH_FIELD_KEYS: z.string().optional(),
  GOVGRAPH_BLIND_INDEX_KEY: z.string().optional(),
  GOVGRAPH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  SUPERVISION_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  CHANGE_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
  CHANGE_RELAY_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
});

export type RawEnv = z.infer<typeof envSchema>;

export interface HubConfig {
  env: RawEnv['NODE_ENV'];
  http: { host: string; port: number; shutdownTimeoutMs: number };
  log: { level: RawEnv['LOG_LEVEL'] };
  database: {
    /** Absent: the embedded PGlite database in `${dataDir}/pglite`. */
    url?: string;
    poolMax: number;
    dataDir: string;
  };
  demo: { enabled: boolean; people: number };
  graphql: {
    maxDepth: number;
    maxCost: number;
    maxPageSize: number;
    introspection: boolean;
    /** Off only to measure what DataLoader batching saves (bench:query). */
    batching: boolean;
    /** Queries run compiled by graphql-jit (compiled-executor.ts); off: everything on graphql-js. */
    compiled: boolean;
  };
  kafka: {
    brokers: string[];
    clientId: string;
    /** Consumer groups are `${groupPrefix}.${topic}`: one per connector. */
    groupPrefix: string;
    /** Prepended to every department topic: environments (or benchmark runs) sharing one cluster. */
    topicPrefix: string;
    deadLetterPartitions: number;
  };
  ingest: {
    batchSize: number;
    /** Where a new consumer group starts: the whole topic, or only what arrives from now. */
    fromBeginning: boolean;
    retry: { baseMs: number; maxMs: number };
    httpBodyLimit: string;
    /** Whether department events go through the closed loop's onEventCreated as they are ingested. */
    eventHook: boolean;
    /** Chunks the connectors of one process write at once (memory and database contention). */
    writeSlots: number;
  };
  access: {
    /** Off only to measure what authorization costs (bench:query); refused in production. */
    enabled: boolean;
    /** HMAC secret of the hub's JWTs; outside production a generated one is kept in the data dir. */
    tokenSecret?: string;
    tokenTtlSeconds: number;
    /** `keyId:base64,olderId:base64`: the first key seals, every key opens. */
    fieldKeys?: string;
    blindIndexKey?: string;
    /** Requests per minute per client, unless the client has its own limit. */
    rateLimitPerMinute: number;
  };
  /** How often the 督办 scheduler looks for overdue tasks; 0 turns it off (tests run it by hand). */
  loop: { supervisionIntervalMs: number };
  /** The outbox relay to `<topicPrefix>hub.changes`; it runs only when Kafka is configured. */
  changeRelay: {
    /** Pause between two polls of the outbox once it is drained. */
    intervalMs: number;
    /** Longest a connection, topic creation or one send may take before it is abandoned and retried. */
    sendTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing every problem at once. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): HubConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems = productionProblems(e);
  if (problems.length) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    log: { level: e.LOG_LEVEL },
    database: { url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX, dataDir: e.GOVGRAPH_DATA_DIR },
    // Demo data fills an empty embedded database by default; with a real database only on request.
    demo: { enabled: e.GOVGRAPH_DEMO ?? !e.DATABASE_URL, people: e.GOVGRAPH_DEMO_PEOPLE },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxPageSize: e.GRAPHQL_MAX_PAGE_SIZE,
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      batching: e.GRAPHQL_BATCHING,
      compiled: e.GRAPHQL_COMPILED,
    },
    kafka: {
      brokers: e.KAFKA_BROKERS
        ? e.KAFKA_BROKERS.split(',')
            .map((b) => b.trim())
            .filter(Boolean)
        : [],
      clientId: e.KAFKA_CLIENT_ID,
      groupPrefix: e.KAFKA_GROUP_PREFIX,
      topicPrefix: e.KAFKA_TOPIC_PREFIX,
      deadLetterPartitions: e.KAFKA_DLQ_PARTITIONS,
    },
    ingest: {
      batchSize: e.INGEST_BATCH_SIZE,
      fromBeginning: e.INGEST_FROM_BEGINNING,
      retry: { baseMs: e.INGEST_RETRY_BASE_MS, maxMs: Math.max(e.INGEST_RETRY_MAX_MS, e.INGEST_RETRY_BASE_MS) },
      httpBodyLimit: e.INGEST_HTTP_BODY_LIMIT,
      eventHook: e.INGEST_EVENT_HOOK,
      writeSlots: e.INGEST_WRITE_SLOTS,
    },
    access: {
      enabled: e.GOVGRAPH_ACCESS_CONTROL,
      tokenSecret: e.GOVGRAPH_TOKEN_SECRET,
      tokenTtlSeconds: e.GOVGRAPH_TOKEN_TTL_SECONDS,
      fieldKeys: e.GOVGRAPH_FIELD_KEYS,
      blindIndexKey: e.GOVGRAPH_BLIND_INDEX_KEY,
      rateLimitPerMinute: e.GOVGRAPH_RATE_LIMIT_PER_MINUTE,
    },
    loop: { supervisionIntervalMs: e.SUPERVISION_INTERVAL_MS },
    changeRelay: { intervalMs: e.CHANGE_RELAY_INTERVAL_MS, sendTimeoutMs: e.CHANGE_RELAY_SEND_TIMEOUT_MS },
  };
}

/** Production never starts on generated secrets or with authorization switched off. */
function productionProblems(e: RawEnv): string[] {
  if (e.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!e.GOVGRAPH_TOKEN_SECRET)
    problems.push('GOVGRAPH_TOKEN_SECRET: required in production (the signing secret of client tokens)');
  if (!e.GOVGRAPH_FIELD_KEYS)
    problems.push('GOVGRAPH_FIELD_KEYS: required in production (identity numbers and phones are encrypted at rest)');
  if (!e.GOVGRAPH_BLIND_INDEX_KEY) problems.push('GOVGRAPH_BLIND_INDEX_KEY: required in production');
  if (!e.GOVGRAPH_ACCESS_CONTROL) problems.push('GOVGRAPH_ACCESS_CONTROL: cannot be switched off in production');
  return problems;
}
