import { Client } from 'pg';
import { createOrm, migrate } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { generateDemoCounty } from '../../src/demo/county';
import { writeDemoCounty } from '../../src/seed/seed-county';
import { useBenchKeyring } from './bench-access';

const DEFAULT_ADMIN_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/**
 * A benchmark database holding a generated county of `people` people, migrated. It is kept
 * between runs (named after the size) so repeated benchmarks skip the seeding.
 */
export async function prepareBenchDatabase(people: number): Promise<string> {
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_ADMIN_URL;
  // "sealed": identity numbers and phones are encrypted with the bench keyring (bench-access.ts),
  // so this database is not interchangeable with one seeded before encryption at rest.
  const name = `govgraph_bench_sealed_${people}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!exists.rowCount) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  useBenchKeyring();
  const orm = await createOrm({ url: url.toString(), poolMax: 4 });
  try {
    await migrate(orm);
    const [{ n }] = await execute<{ n: number }[]>(orm.em.fork(), 'select count(*)::int as n from person');
    if (n !== people) {
      if (n > 0) throw new Error(`${name} holds ${n} people, not ${people}: drop it and run again`);
      const started = Date.now();
      await writeDemoCounty(orm.em.fork(), generateDemoCounty({ people, seed: 1 }));
      await execute(orm.em.fork(), 'analyze');
      console.error(`seeded ${people} people in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await orm.close();
  }
  return url.toString();
}
