import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from './config/env';
import { DatabaseHandle, openDatabase } from './db/database';
import { createOrm, migrate, pendingMigrations } from './db/orm';
import { createContextFactory } from './graphql/context';
import { buildHubSchema } from './graphql/schema';
import { ReadinessCheck } from './http/health';
import { createMetrics, HubMetrics } from './http/metrics';
import { HttpServer, startHttpServer } from './http/server';
import { seedDemoCountyIfEmpty } from './seed/seed-county';
import { createAccessRuntime, localAdminToken } from './access/access-runtime';
import { loadAccessSecrets } from './access/secrets';
import type { Logger } from './shared/logger';
import { Clock, systemClock } from './shared/clock';
import { DEFAULT_DEADLINE_POLICIES, DeadlinePolicy } from './domain/events/loop/deadline-policies';
import type { LoopSettings } from './domain/events/loop/loop-settings';
import { createSupervisionScheduler, SupervisionScheduler } from './domain/events/loop/supervision.scheduler';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CONNECTORS } from '../connectors';
import type { ConnectorDefinition } from '../connectors/shared/define-connector';
import { createHubIngest, HubIngest } from './ingest/hub-ingest';
import { createIngestGuard } from './http/ingest-guard';
import { createLoopEventsHook, EventsCreatedHook } from './ingest/event-hooks';
import { ChangeFeed, createChangeFeed } from './resolution/change-feed';

export interface Hub {
  url: string;
  orm: MikroORM;
  metrics: HubMetrics;
  /** The connectors: Kafka consumers when configured, and the embedded pipeline behind POST /ingest. */
  ingest: HubIngest;
  readiness(): Record<string, ReadinessCheck>;
  /** The 督办 scheduler; runs every SUPERVISION_INTERVAL_MS, and on demand. */
  supervision: SupervisionScheduler;
  /** The outbox relay to `<KAFKA_TOPIC_PREFIX>hub.changes`; null without KAFKA_BROKERS. */
  changeFeed: ChangeFeed | null;
  stop(): Promise<void>;
}

/** What a caller may inject instead of the defaults: tests move a manual clock. */
export interface HubOptions {
  clock?: Clock;
  deadlinePolicies?: readonly DeadlinePolicy[];
  /** The department connectors to run; default the seven of connectors/index.ts. */
  connectors?: readonly ConnectorDefinition<any>[];
  /** What a batch does with the events it created; default the closed loop's onEventCreated. */
  onEventsCreated?: EventsCreatedHook;
  /** Runs in every ingest transaction just before commit: the tests' fault injection. */
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

/**
 * Starts the hub in order: database (embedded PGlite unless DATABASE_URL), ORM, migrations, demo
 * data when configured and the database is empty (ingested through the connectors), the change
 * relay to `hub.changes` when KAFKA_BROKERS is set (in the background: it never fails the start),
 * access control, schema, HTTP server, then the Kafka connectors when KAFKA_BROKERS is set; on
 * the embedded database it prints a local admin token. `stop` undoes it in reverse: connectors
 * finish their batch in flight and leave their groups, HTTP drains, the relay publishes what
 * they wrote, the ORM closes, the embedded database stops.
 */
export async function startHub(config: HubConfig, logger: Logger, options: HubOptions = {}): Promise<Hub> {
  const loop: LoopSettings = {
    clock: options.clock ?? systemClock,
    policies: options.deadlinePolicies ?? DEFAULT_DEADLINE_POLICIES,
  };
  const database: DatabaseHandle = await openDatabase(config.database);
  logger.info(
    { embedded: database.embedded },
    database.embedded ? 'embedded PGlite database started' : 'using PostgreSQL',
  );
  let orm: MikroORM | undefined;
  let changeFeed: ChangeFeed | null = null;
  try {
    // The keyring is loaded before migrations: the encryption migration seals existing rows with it.
    const secrets = loadAccessSecrets(config);
    if (secrets.generated)
      logger.warn({ file: `${config.database.dataDir}/dev-secrets.json` }, 'using generated development secrets');
    orm = await createOrm({ url: database.url, poolMax: database.poolMax });
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const metrics = createMetrics();
    const ingest = createHubIngest({
      config,
      orm,
      connectors: [...(options.connectors ?? CONNECTORS)],
      registry: metrics.registry,
      logger,
      onEventsCreated:
        options.onEventsCreated ?? (config.ingest.eventHook ? createLoopEventsHook(loop.clock) : undefined),
      beforeCommit: options.beforeCommit,
    });
    if (config.demo.enabled)
      await seedDemoCountyIfEmpty(orm.em.fork(), ingest.embedded, { people: config.demo.people }, logger);
    // Started before anything that writes changes (GraphQL judgements, connectors) and stopped after them.
    changeFeed = createChangeFeed({ config, orm, registry: metrics.registry, logger });
    changeFeed?.start();

    const access = createAccessRuntime(config, orm, secrets, logger);
    const schema = await buildHubSchema();
    const readyOrm = orm;
    const relay = changeFeed;
    const readiness = (): Record<string, ReadinessCheck> => ({
      ...ingest.readiness(),
      ...relay?.readiness(),
      database: async () => {
        await readyOrm.em.getConnection().execute('select 1');
        return { ok: true };
      },
      migrations: async () => {
        const pending = await pendingMigrations(readyOrm);
        return { ok: pending.length === 0, detail: pending.length ? { pending } : undefined };
      },
    });
    const http: HttpServer = await startHttpServer({
      host: config.http.host,
      port: config.http.port,
      schema,
      logger,
      metrics,
      introspection: config.graphql.introspection,
      compiled: config.graphql.compiled,
      limits: {
        maxDepth: config.graphql.maxDepth,
        maxCost: config.graphql.maxCost,
        maxPageSize: config.graphql.maxPageSize,
      },
      createContext: createContextFactory({
        orm,
        logger,
        maxPageSize: config.graphql.maxPageSize,
        batching: config.graphql.batching,
        authenticate: access.authenticate,
        rateLimiter: access.rateLimiter,
        signer: access.signer,
        defaultLimits: access.defaultLimits,
        loop,
      }),
      plugins: access.plugins,
      readiness,
      // The ingest endpoint writes golden records: only administrators and the feed's department.
      routers: [...(access.authenticate ? [createIngestGuard(access.authenticate)] : []), ...ingest.routers],
    });
    try {
      await ingest.start();
    } catch (error) {
      await http.stop();
      throw error;
    }
    if (ingest.kafka) logger.info({ brokers: config.kafka.brokers }, 'connectors consuming from Kafka');
    const supervision = createSupervisionScheduler({
      orm,
      settings: loop,
      intervalMs: config.loop.supervisionIntervalMs,
      logger,
    });
    supervision.start();
    logger.info({ url: `${http.url}/graphql` }, 'govgraph is serving GraphQL');
    if (database.embedded && access.signer && config.env !== 'production') {
      const token = await localAdminToken(orm, access.signer);
      process.stdout.write(`\nLocal admin token (embedded database only):\n  Authorization: Bearer ${token}\n\n`);
    }
    return {
      url: http.url,
      orm,
      metrics,
      ingest,
      readiness,
      supervision,
      changeFeed: relay,
      async stop() {
        await ingest.stop();
        logger.debug('connectors stopped');
        await supervision.stop();
        await http.stop();
        logger.debug('HTTP drained');
        await relay?.stop();
        await access.ledger?.drain();
        await readyOrm.close();
        logger.debug('ORM closed');
        await database.stop();
        logger.info('govgraph stopped');
      },
    };
  } catch (error) {
    await changeFeed?.stop();
    await orm?.close();
    await database.stop();
    throw error;
  }
}
