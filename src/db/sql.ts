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

type TypeParser = (text: string) => unknown;
interface PooledClient {
  query(config: { text: string; values: unknown[]; types: TypeParsers }): Promise<{ rows: unknown[] }>;
  getTypeParser(oid: number, format?: string): TypeParser;
}
interface TypeParsers {
  getTypeParser(oid: number, format?: string): TypeParser;
}

/**
 * A column value readRows left as PostgreSQL's text: arrays and JSON, which most reads never
 * look at (a person's sealed phones, an event's details) and which were the costliest columns to
 * parse. `parse` is what the driver would have applied; read objects (read-rows.ts) call it on
 * first use.
 */
export class DeferredValue {
  constructor(
    readonly text: string,
    readonly parse: TypeParser,
  ) {}

  value(): unknown {
    return this.parse(this.text);
  }
}

// text[], varchar[], uuid[], int4[], json, jsonb (select typname, oid from pg_type).
const DEFERRED_TYPES = new Set([1009, 1015, 2951, 1007, 114, 3802]);
const deferringParsers = new WeakMap<PooledClient, TypeParsers>();

function deferring(connection: PooledClient): TypeParsers {
  let parsers = deferringParsers.get(connection);
  if (!parsers) {
    const byType = new Map<number, TypeParser>();
    parsers = {
      getTypeParser(oid, format = 'text') {
        const own = connection.getTypeParser(oid, format);
        if (format !== 'text' || !DEFERRED_TYPES.has(oid)) return own;
        let parser = byType.get(oid);
        if (!parser) byType.set(oid, (parser = (text) => new DeferredValue(text, own)));
        return parser;
      },
    };
    deferringParsers.set(connection, parsers);
  }
  return parsers;
}
interface KnexClientInternals {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

/**
 * `execute` for the read path's statements (loaders, nested connections, list pages): outside a
 * transaction it sends the statement on a pooled client directly, without MikroORM's and knex's
 * wrappers (query building, binding positions, logging, result shaping), which were a tenth of a
 * nested read's CPU. Array and JSON columns come back as DeferredValue (parsed when a read object's
 * property is first read). Counted in `govgraph_sql_statements_total` like every statement. Inside a
 * transaction, or with statement logging on, it is `execute`, whose values are parsed.
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
    const result = await connection.query({
      text: positional(sql),
      values: params.map(bindable),
      types: deferring(connection),
    });
    return result.rows as T[];
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
