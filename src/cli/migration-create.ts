import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { createOrm } from '../db/orm';
import { openDatabase } from '../db/database';

/**
 * Writes a new migration from the difference between the entities and the committed snapshot.
 * Usage: npm run migration:create -- <name>
 */
async function main(): Promise<void> {
  const config = parseEnv();
  const name = process.argv[2];
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1, snapshot: true });
  try {
    const result = await orm.getMigrator().createMigration(undefined, false, false, name);
    console.log(result.fileName ? `created ${result.fileName}` : 'no changes: nothing to create');
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
