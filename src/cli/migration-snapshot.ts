import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm } from '../db/orm';

/**
 * `npm run migration:snapshot`: rewrites migrations/.snapshot-govgraph.json from the entities.
 * For after a merge of branches that each added a migration: the snapshot must describe the
 * schema all migrations together produce (the migrations test checks that they match the entities).
 */
async function main(): Promise<void> {
  const config = parseEnv();
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1, snapshot: true });
  try {
    await (orm.getMigrator() as unknown as { storeCurrentSchema(): Promise<void> }).storeCurrentSchema();
    console.log('snapshot rewritten from the entities');
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
