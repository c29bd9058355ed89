import type { MikroORM } from '@mikro-orm/postgresql';
import { parseEnv } from '../../src/config/env';
import { generateDemoCounty } from '../../src/demo/county';
import type { DemoCounty } from '../../src/demo/demo.types';
import { Hub, HubOptions, startHub } from '../../src/hub';
import { writeDemoCounty } from '../../src/seed/seed-county';
import { createLogger } from '../../src/shared/logger';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestHub {
  hub: Hub;
  url: string;
  orm: MikroORM;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Starts a real hub on the run's PostgreSQL database, on a free port, with logs silenced. */
export async function startTestHub(env: Record<string, string> = {}, options: HubOptions = {}): Promise<TestHub> {
  const config = parseEnv({
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    GOVGRAPH_DEMO: 'false',
    NODE_ENV: 'test',
    SUPERVISION_INTERVAL_MS: '0',
    ...env,
  });
  const hub = await startHub(config, createLogger(config.log.level), options);
  return {
    hub,
    url: hub.url,
    orm: hub.orm,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    stop: () => hub.stop(),
  };
}

/** Empties every table but the migration log, so each test file starts from nothing. */
export async function resetDatabase(orm: MikroORM): Promise<void> {
  const tables: { tablename: string }[] = await orm.em
    .getConnection()
    .execute(`select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`);
  if (tables.length) {
    await orm.em.getConnection().execute(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} cascade`);
  }
}

/** Resets the database and writes a small generated county; returns it for expectations. */
export async function seedSmallCounty(orm: MikroORM, people = 400, seed = 7): Promise<DemoCounty> {
  await resetDatabase(orm);
  const county = generateDemoCounty({ people, seed });
  await writeDemoCounty(orm.em.fork(), county);
  return county;
}
