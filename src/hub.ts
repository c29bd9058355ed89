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
import type { Logger } from './shared/logger';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConnectorDefinition } from '../connectors/shared/define-connector';
import { createHubIngest, HubIngest } from './ingest/hub-ingest';
import { DEFAULT_CONNECTORS } from './ingest/default-connectors';
import type { EventsCreatedHook } from './ingest/event-hooks';

/** What tests (and embedders) may replace; production uses the defaults. */
export interface HubOverrides {
  connectors?: ConnectorDefinition<any>[];
  onEventsCreated?: EventsCreatedHook;
  beforeCommit?: (em: EntityManager) => Promise<void>;
}

export interface Hub {
  url: string;
  orm: MikroORM;
  metrics: HubMetrics;
  ingest: HubIngest;
  readiness(): Record<string, ReadinessCheck>;
  stop(): Promise<void>;
}

/**
 * Starts the hub in order: database (embedded PGlite unless DATABASE_URL), ORM, migrations, demo
 * data when configured and the database is empty, schema, HTTP server, then the Kafka connectors
 * when KAFKA_BROKERS is set. `stop` undoes it in reverse: connectors finish their batch in flight
 * and leave their groups, HTTP drains, the ORM closes, the embedded database stops.
 */
export async function startHub(config: HubConfig, logger: Logger, overrides: HubOverrides = {}): Promise<Hub> {
  const database: DatabaseHandle = await openDatabase(config.database);
  logger.info({ embedded: database.embedded }, database.embedded ? 'embedded PGlite database started' : 'using PostgreSQL');
  let orm: MikroORM | undefined;
  try {
    orm = await createOrm({ url: database.url, poolMax: database.poolMax });
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const metrics = createMetrics();
    const ingest = createHubIngest({
      config,
      orm,
      connectors: overrides.connectors ?? DEFAULT_CONNECTORS,
      registry: metrics.registry,
      logger,
      onEventsCreated: overrides.onEventsCreated,
      beforeCommit: overrides.beforeCommit,
    });
    if (config.demo.enabled) await seedDemoCountyIfEmpty(orm.em.fork(), { people: config.demo.people }, logger);

    const schema = await buildHubSchema();
    const readyOrm = orm;
    const readiness = (): Record<string, ReadinessCheck> => ({
      ...ingest.readiness(),
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
      limits: { maxDepth: config.graphql.maxDepth, maxCost: config.graphql.maxCost, maxPageSize: config.graphql.maxPageSize },
      createContext: createContextFactory({
        orm,
        logger,
        maxPageSize: config.graphql.maxPageSize,
        batching: config.graphql.batching,
      }),
      readiness,
      routers: ingest.routers,
    });
    logger.info({ url: `${http.url}/graphql` }, 'govgraph is serving GraphQL');
    try {
      await ingest.start();
    } catch (error) {
      await http.stop();
      throw error;
    }
    if (ingest.kafka) logger.info({ brokers: config.kafka.brokers }, 'connectors consuming from Kafka');
    return {
      url: http.url,
      orm,
      metrics,
      ingest,
      readiness,
      async stop() {
        await ingest.stop();
        await http.stop();
        await readyOrm.close();
        await database.stop();
        logger.info('govgraph stopped');
      },
    };
  } catch (error) {
    await orm?.close();
    await database.stop();
    throw error;
  }
}
