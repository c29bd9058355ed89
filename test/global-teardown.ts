import { dropPostgres } from './helpers/postgres';

export default async function globalTeardown(): Promise<void> {
  await dropPostgres();
}
