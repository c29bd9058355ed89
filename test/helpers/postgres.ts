import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

const DEFAULT_ADMIN_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** Creates a throw-away database for this test run and exports its URL as TEST_DATABASE_URL. */
export async function preparePostgres(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const name = `govgraph_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.GOVGRAPH_TEST_DB_NAME = name;
  process.env.GOVGRAPH_TEST_ADMIN_URL = adminUrl;
}

/** Drops the database made by preparePostgres, unless KEEP_TEST_DB is set for debugging. */
export async function dropPostgres(): Promise<void> {
  const name = process.env.GOVGRAPH_TEST_DB_NAME;
  const adminUrl = process.env.GOVGRAPH_TEST_ADMIN_URL;
  if (!name || !adminUrl || process.env.KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * Applies the committed migrations to the run's database once, before any test file. It runs in
 * a child process: MikroORM keeps entity metadata in a global, and one made in jest's parent
 * realm breaks the ORM inside the test files' realm.
 */
export async function migrateTestDatabase(): Promise<void> {
  const root = join(__dirname, '..', '..');
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(root, 'src', 'cli', 'migrate.ts')],
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'warn' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`migrations failed: ${stderr}`)) : resolve()),
    );
  });
}
