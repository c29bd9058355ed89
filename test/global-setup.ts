import { ensureKafka } from './helpers/kafka-broker';
import { migrateTestDatabase, preparePostgres } from './helpers/postgres';

/**
 * Starts what the suite needs once: a fresh PostgreSQL database with every migration applied
 * (found through DATABASE_URL, else the local server on 127.0.0.1:5432), and the Kafka broker.
 * Workers read the addresses from the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  await preparePostgres();
  await migrateTestDatabase();
  await ensureKafka();
}
