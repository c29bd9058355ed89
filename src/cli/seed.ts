import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm, migrate } from '../db/orm';
import { generateDemoCounty } from '../demo/county';
import { writeDemoCounty } from '../seed/seed-county';
import { createLogger } from '../shared/logger';
import { loadAccessSecrets } from '../access/secrets';
import { execute } from '../db/sql';

/**
 * `npm run seed -- --people N [--seed S]`: writes a generated demo county into the configured
 * database. Refuses a database that already has regions unless --force is given, because demo
 * data must never mix with a county's real records by accident.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  const people = Number(values.people);
  if (!Number.isInteger(people) || people < 1)
    throw new Error(`--people must be a positive whole number, got "${values.people}"`);
  const config = parseEnv();
  const logger = createLogger(config.log.level, 'govgraph-seed');
  loadAccessSecrets(config);
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: database.poolMax });
  try {
    await migrate(orm);
    const [{ n }] = await execute<{ n: string }[]>(orm.em, 'select count(*) as n from region');
    if (Number(n) > 0 && !values.force) {
      throw new Error('the database already has regions; pass --force to add a demo county anyway');
    }
    const started = Date.now();
    const county = generateDemoCounty({ people, seed: Number(values.seed) });
    await writeDemoCounty(orm.em.fork(), county);
    logger.info(
      {
        people: county.people.length,
        houses: county.houses.length,
        events: county.events.length,
        ms: Date.now() - started,
      },
      'demo county seeded',
    );
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
