import type { LogContext } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatementCounter } from '../config/mikro-orm.config';

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

interface PooledClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClientInternals {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

/**
 * `execute` for the read path's statements (loaders, nested connections, list pages): outside a
 * transaction it sends the statement on a pooled client directly, without MikroORM's and knex's
 * wrappers (query building, binding positions, logging, result shaping), which were a tenth of a
 * nested read's CPU. Counted in `govgraph_sql_statements_total` like every statement. Inside a
 * transaction, or with statement logging on, it is `execute`.
 */
export async function readRows<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (em.getTransactionContext() || em.config.get('debug')) return execute<T[]>(em, sql, params);
  const client = em.getConnection().getKnex().client as unknown as KnexClientInternals;
  const connection = await client.acquireConnection();
  try {
    sqlStatementCounter.count += 1;
    return (await connection.query(positional(sql), params.map(bindable))).rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

const POSITIONAL_CACHE = 1_000;
const positionalTexts = new Map<string, string>();

/** `?` placeholders as PostgreSQL's `$1, $2…` (the read path's SQL has no `??` identifiers and no `\?`). */
export function positional(sql: string): string {
  let text = positionalTexts.get(sql);
  if (text === undefined) {
    if (/\?\?|\\\?/.test(sql)) throw new Error('readRows takes plain `?` placeholders only');
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (positionalTexts.size >= POSITIONAL_CACHE) positionalTexts.delete(positionalTexts.keys().next().value!);
    positionalTexts.set(sql, text);
  }
  return text;
}
