import type { MikroORM } from '@mikro-orm/postgresql';
import { parseEnv } from '../../src/config/env';
import { generateDemoCounty } from '../../src/demo/county';
import type { DemoCounty } from '../../src/demo/demo.types';
import { Hub, HubOptions, startHub } from '../../src/hub';
import { AccessRole, Department } from '../../src/access/access.enums';
import { IssueClientInput } from '../../src/access/clients.inputs';
import { issueClient } from '../../src/access/clients.service';
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
  /**
   * Posts a GraphQL request as the test administrator, unless `headers` present their own
   * credentials (`authorization` / `x-api-key`); an empty `authorization` sends none at all.
   */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The bearer token of the test administrator (HUB:ADMIN), made when the hub started. */
  adminToken: string;
  /** Registers a client (an administrator unless told otherwise) and returns its bearer token. */
  issueToken(input?: Partial<IssueClientInput>): Promise<string>;
  stop(): Promise<void>;
}

/** The request headers that present a bearer token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
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
    GOVGRAPH_TOKEN_SECRET: process.env.GOVGRAPH_TOKEN_SECRET!,
    GOVGRAPH_FIELD_KEYS: process.env.GOVGRAPH_FIELD_KEYS!,
    GOVGRAPH_BLIND_INDEX_KEY: process.env.GOVGRAPH_BLIND_INDEX_KEY!,
    SUPERVISION_INTERVAL_MS: '0',
    ...env,
  });
  const hub = await startHub(config, createLogger(config.log.level), options);
  const issueToken = async (input: Partial<IssueClientInput> = {}) => {
    const issued = await issueClient(
      hub.orm.em.fork(),
      Object.assign(new IssueClientInput(), {
        name: 'test client',
        department: Department.HUB,
        roles: [AccessRole.ADMIN],
        ...input,
      }),
      { secret: config.access.tokenSecret!, ttlSeconds: 3600 },
    );
    return issued.token;
  };
  const adminToken = await issueToken({ name: 'test administrator' });
  return {
    hub,
    url: hub.url,
    orm: hub.orm,
    adminToken,
    async graphql(query, variables, headers = {}) {
      const own = 'authorization' in headers || 'x-api-key' in headers;
      const sent = Object.entries({ ...(own ? {} : bearer(adminToken)), ...headers }).filter(([, v]) => v !== '');
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...Object.fromEntries(sent) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    issueToken,
    stop: () => hub.stop(),
  };
}

/**
 * Empties every table but the migration log and the registered clients (configuration, not
 * county data: the test hub's administrator must survive), so each test file starts from nothing.
 */
export async function resetDatabase(orm: MikroORM): Promise<void> {
  const tables: { tablename: string }[] = await orm.em
    .getConnection()
    .execute(
      `select tablename from pg_tables where schemaname = 'public' and tablename not in ('mikro_orm_migrations', 'access_client')`,
    );
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
