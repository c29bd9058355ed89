import 'reflect-metadata';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm } from '../db/orm';
import { execute } from '../db/sql';
import { currentFieldKeyId } from '../access/field-crypto';
import { FIRST_ID, resealBatch } from '../access/reseal';
import { loadAccessSecrets } from '../access/secrets';
import { createLogger } from '../shared/logger';

/**
 * `npm run keys:rotate`: re-seals every identity number and phone not sealed with the current
 * (first) key of GOVGRAPH_FIELD_KEYS, in one transaction per batch. Safe to run while the hub
 * serves (every process must already have the new keyring) and to run again.
 */
async function main(): Promise<void> {
  const config = parseEnv();
  const logger = createLogger(config.log.level, 'govgraph-keys');
  loadAccessSecrets(config);
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1 });
  try {
    let total = 0;
    let after: string | null = FIRST_ID;
    while (after) {
      const from: string = after;
      // One bounded batch per transaction keeps row locks short on a county-sized table.
      const batch = await orm.em
        .fork()
        .transactional((tx) => resealBatch((sql, params) => execute(tx, sql, params), from, 2000));
      total += batch.count;
      after = batch.next;
      if (batch.count) logger.info({ resealed: total }, 'resealing');
    }
    logger.info(
      { key: currentFieldKeyId(), resealed: total },
      'every identity number and phone is sealed with the current key',
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
