import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../db/sql';

/**
 * Runs one statement inside the EntityManager's transaction (a bare connection would not join
 * it). Rows travel as one JSON parameter, unpacked with jsonb_to_recordset:
 * one round trip per statement, however many rows.
 */
export function sql<T = Record<string, unknown>>(
  em: EntityManager,
  statement: string,
  params: unknown[] = [],
): Promise<T[]> {
  return execute<T[]>(em, statement, params);
}

/** Serialises rows for a `jsonb_to_recordset(?::jsonb)` parameter. */
export function rowset(rows: readonly object[]): string {
  return JSON.stringify(rows);
}

/** A map key for a mention inside one batch: which record (by position) and which path. */
export function pathKey(recordIndex: number, path: string): string {
  return `${recordIndex}\u0000${path}`;
}
