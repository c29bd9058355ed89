import { randomBytes } from 'node:crypto';
import { ensureKafka } from './helpers/kafka-broker';
import { migrateTestDatabase, preparePostgres } from './helpers/postgres';

/**
 * Starts what the suite needs once: a fresh PostgreSQL database with every migration applied
 * (found through DATABASE_URL, else the local server on 127.0.0.1:5432), and the Kafka broker.
 * Workers read the addresses and the run's access secrets from the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  // Access secrets for this run only: the migrations, the test hubs and the helpers share them.
  process.env.GOVGRAPH_TOKEN_SECRET ??= randomBytes(32).toString('base64url');
  process.env.GOVGRAPH_FIELD_KEYS ??= `test1:${randomBytes(32).toString('base64')}`;
  process.env.GOVGRAPH_BLIND_INDEX_KEY ??= randomBytes(32).toString('base64');
  await preparePostgres();
  await migrateTestDatabase();
  await ensureKafka();
}
