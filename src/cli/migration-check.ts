import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm } from '../db/orm';

/**
 * `npm run migration:check`: exits 1 when the entities differ from the committed migrations'
 * snapshot, i.e. someone changed an entity without writing its migration.
 */
async function main(): Promise<void> {
  const config = parseEnv();
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1, snapshot: true });
  try {
    const needed = await orm.getMigrator().checkMigrationNeeded();
    if (needed) {
      console.error('The entities differ from the committed migrations: run `npm run migration:create -- <name>`.');
      process.exitCode = 1;
    } else {
      console.log('Migrations match the entities.');
    }
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
