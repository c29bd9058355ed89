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

export interface Hub {
  url: string;
  orm: MikroORM;
  metrics: HubMetrics;
  readiness(): Record<string, ReadinessCheck>;
  /** The 督办 scheduler; runs every SUPERVISION_INTERVAL_MS, and on demand. */
  supervision: SupervisionScheduler;
  stop(): Promise<void>;
}

/** What a caller may inject instead of the defaults: tests move a manual clock. */
export interface HubOptions {
  clock?: Clock;
  deadlinePolicies?: readonly DeadlinePolicy[];
}

/**
 * Starts the hub in order: database (embedded PGlite unless DATABASE_URL), ORM, migrations, demo
 * data when configured and the database is empty, access control, schema, HTTP server; on the
 * embedded database it prints a local admin token. `stop` undoes it in reverse:
 * drain HTTP, close the ORM, stop the embedded database.
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
  try {
    // The keyring is loaded before migrations: the encryption migration seals existing rows with it.
    const secrets = loadAccessSecrets(config);
    if (secrets.generated)
      logger.warn({ file: `${config.database.dataDir}/dev-secrets.json` }, 'using generated development secrets');
    orm = await createOrm({ url: database.url, poolMax: database.poolMax });
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    if (config.demo.enabled) await seedDemoCountyIfEmpty(orm.em.fork(), { people: config.demo.people }, logger);

    const access = createAccessRuntime(config, orm, secrets, logger);
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
    });
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
      readiness,
      supervision,
      async stop() {
        await supervision.stop();
        await http.stop();
        logger.debug('HTTP drained');
        await access.ledger?.drain();
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
