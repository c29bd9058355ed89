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

export interface Hub {
  url: string;
  orm: MikroORM;
  metrics: HubMetrics;
  readiness(): Record<string, ReadinessCheck>;
  stop(): Promise<void>;
}

/**
 * Starts the hub in order: database (embedded PGlite unless DATABASE_URL), ORM, migrations, demo
 * data when configured and the database is empty, schema, HTTP server. `stop` undoes it in reverse:
 * drain HTTP, close the ORM, stop the embedded database.
 */
export async function startHub(config: HubConfig, logger: Logger): Promise<Hub> {
  const database: DatabaseHandle = await openDatabase(config.database);
  logger.info({ embedded: database.embedded }, database.embedded ? 'embedded PGlite database started' : 'using PostgreSQL');
  let orm: MikroORM | undefined;
  try {
    orm = await createOrm({ url: database.url, poolMax: database.poolMax });
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    if (config.demo.enabled) await seedDemoCountyIfEmpty(orm.em.fork(), { people: config.demo.people }, logger);

    const schema = await buildHubSchema();
    const metrics = createMetrics();
    const readyOrm = orm;
    const readiness = (): Record<string, ReadinessCheck> => ({
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
    });
    logger.info({ url: `${http.url}/graphql` }, 'govgraph is serving GraphQL');
    return {
      url: http.url,
      orm,
      metrics,
      readiness,
      async stop() {
        await http.stop();
        logger.debug('HTTP drained');
        await readyOrm.close();
        logger.debug('ORM closed');
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
