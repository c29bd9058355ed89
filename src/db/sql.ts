import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL on the EntityManager's connection, inside its transaction when it has one.
 * `em.getConnection().execute()` without the transaction context takes another pooled connection:
 * outside the transaction on PostgreSQL, and a deadlock on PGlite's single connection.
 */
export function execute<T = Record<string, unknown>[]>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext(), em.getLoggerContext()) as Promise<T>;
}
