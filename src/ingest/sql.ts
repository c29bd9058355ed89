import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one statement inside the EntityManager's transaction (em.execute joins it; a bare
 * connection would not). Rows travel as one JSON parameter, unpacked with jsonb_to_recordset:
 * one round trip per statement, however many rows.
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, statement: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(statement, params as never[]);
}

/** Serialises rows for a `jsonb_to_recordset(?::jsonb)` parameter. */
export function rowset(rows: readonly object[]): string {
  return JSON.stringify(rows);
}

/** A map key for a mention inside one batch: which record (by position) and which path. */
export function pathKey(recordIndex: number, path: string): string {
  return `${recordIndex}\u0000${path}`;
}
