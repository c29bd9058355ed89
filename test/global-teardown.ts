import { stopKafka } from './helpers/kafka-broker';
import { dropPostgres } from './helpers/postgres';

export default async function globalTeardown(): Promise<void> {
  try {
    await dropPostgres();
  } finally {
    await stopKafka();
  }
}
