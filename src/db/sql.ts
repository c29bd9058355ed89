import type { LogContext } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '@mikro-orm/postgresql';

// What execute needs of MikroORM's connection beyond its public API: the logged, counted
// execution wrapper and the driver's result shaping.
interface ConnectionInternals {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: LogContext): Promise<T>;
  transformRawResult<T>(result: unknown, method: 'all'): T;
}

/**
 * Runs raw SQL on the EntityManager's connection, inside its transaction when it has one.
 * `em.getConnection().execute()` without the transaction context takes another pooled connection:
 * outside the transaction on PostgreSQL, and a deadlock on PGlite's single connection.
 *
 * `?` placeholders travel as bind parameters. MikroORM's own `execute` inlines every parameter
 * into the SQL text as an escaped literal, which for the ingest's large JSON rowsets cost more
 * CPU (escaping in the hub, parsing in the database) than the statements themselves. A parameter
 * is one value: an array binds as a PostgreSQL array, never as a list of values.
 */
export function execute<T = Record<string, unknown>[]>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  const connection = em.getConnection();
  const internals = connection as unknown as ConnectionInternals;
  const transaction = em.getTransactionContext();
  return internals.executeQuery(
    sql,
    async () => {
      const query = connection.getKnex().raw(sql, params.map(bindable) as Knex.RawBinding[]);
      if (transaction) query.transacting(transaction);
      return internals.transformRawResult<T>(await query, 'all');
    },
    { query: sql, ...em.getLoggerContext() },
  );
}

// Knex treats undefined as a missing binding; SQL has only null.
const bindable = (value: unknown) => (value === undefined ? null : value);
