import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm, migrate } from '../db/orm';
import { createLogger } from '../shared/logger';
import { loadAccessSecrets } from '../access/secrets';

/** `npm run migrate`: applies every pending committed migration to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const config = parseEnv();
  const logger = createLogger(config.log.level, 'govgraph-migrate');
  // The encryption migration seals existing identity numbers and phones with the keyring.
  loadAccessSecrets(config);
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1 });
  try {
    const applied = await migrate(orm);
    logger.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
