import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityName, Utils } from '@mikro-orm/core';
import { CursorValues, decodeCursor, encodeCursor, Page } from '../../graphql/pagination';
import { badInput } from '../../graphql/errors';
import type { AccessControl, ScopedKind } from '../../access/policy-evaluation';
import { readColumns, rowReader } from './read-rows';
import { readRows } from '../../db/sql';

/**
 * The orders the API pages by. Ids are UUIDv7, so `ID_ASC` is creation order; regions page by
 * division code; events page newest first, and a unit's open tasks soonest deadline first.
 */
export type KeysetOrder = 'ID_ASC' | 'CODE_ASC' | 'REPORTED_DESC' | 'DEADLINE_ASC';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

interface KeyedRow {
  id: string;
  reportedAt?: Date;
  deadline?: Date;
}

/** The timestamp column and property of the orders that page by time, then id. */
const TIMED: Partial<
  Record<KeysetOrder, { column: string; property: 'reportedAt' | 'deadline'; direction: 'asc' | 'desc' }>
> = {
  REPORTED_DESC: { column: 'reported_at', property: 'reportedAt', direction: 'desc' },
  DEADLINE_ASC: { column: 'deadline', property: 'deadline', direction: 'asc' },
};

function keyColumn(order: KeysetOrder): 'id' | 'code' {
  return order === 'CODE_ASC' ? 'code' : 'id';
}

/** The same order in SQL, for the raw lateral queries of nested connections. */
export function orderSql(order: KeysetOrder, alias: string): string {
  const timed = TIMED[order];
  return timed
    ? `${alias}.${timed.column} ${timed.direction}, ${alias}.id ${timed.direction}`
    : `${alias}.${keyColumn(order)} asc`;
}

/** The condition that starts a page after a cursor, or null for the first page. */
export function afterCondition(
  kind: string,
  order: KeysetOrder,
  alias: string,
  after?: string | null,
): SqlCondition | null {
  if (!after) return null;
  const values = decodeCursor(kind, after);
  const timed = TIMED[order];
  if (!timed) {
    return { sql: `${alias}.${keyColumn(order)} > ?`, params: [checkedString(values[0])] };
  }
  const at = new Date(checkedString(values[0]));
  if (Number.isNaN(at.getTime())) throw badInput('after', 'the cursor is damaged');
  const comparison = timed.direction === 'desc' ? '<' : '>';
  return {
    sql: `(${alias}.${timed.column}, ${alias}.id) ${comparison} (?, ?)`,
    params: [at.toISOString(), checkedString(values[1])],
  };
}

function checkedString(value: CursorValues[number] | undefined): string {
  if (typeof value !== 'string') throw badInput('after', 'the cursor is damaged');
  return value;
}

export function cursorOf(kind: string, order: KeysetOrder) {
  return (row: KeyedRow): string =>
    TIMED[order]
      ? encodeCursor(kind, [(row[TIMED[order]!.property] ?? new Date(0)).toISOString(), row.id])
      : encodeCursor(kind, [row.id]);
}

export interface KeysetQuery<T> {
  entity: EntityName<T>;
  kind: string;
  order: KeysetOrder;
  conditions: SqlCondition[];
  first: number;
  after?: string | null;
}

/**
 * One page by keyset pagination: `first + 1` rows tell whether another page follows, so no
 * OFFSET is ever scanned. The count runs only if the client asks for `totalCount`. The nodes are
 * read objects, not managed entities: change a record through its writer, not through a page.
 */
export async function fetchPage<T extends KeyedRow>(em: EntityManager, query: KeysetQuery<T>): Promise<Page<T>> {
  const alias = 'e0';
  const base = () => {
    const qb = em.createQueryBuilder(query.entity, alias);
    for (const c of query.conditions) qb.andWhere(c.sql, c.params);
    return qb;
  };
  const after = afterCondition(query.kind, query.order, alias, query.after);
  const conditions = after ? [...query.conditions, after] : query.conditions;
  const meta = em.getMetadata().get(Utils.className(query.entity));
  // The page itself in plain SQL, read into read objects (read-rows.ts): a page is answered,
  // never written, and building a query and hydrating entities was most of its cost.
  const where = conditions.length ? `where ${conditions.map((c) => `(${c.sql})`).join(' and ')}` : '';
  const rows =
    query.first === 0
      ? []
      : (
          await readRows(
            em,
            `select ${readColumns(em, query.entity, alias)} from "${meta.tableName}" as ${alias} ${where} order by ${orderSql(query.order, alias)} limit ?`,
            [...conditions.flatMap((c) => c.params), query.first + 1],
          )
        ).map(rowReader(em, query.entity));
  return {
    nodes: rows.slice(0, query.first) as T[],
    hasNextPage: rows.length > query.first,
    cursorOf: cursorOf(query.kind, query.order),
    totalCount: () => base().getCount(),
  };
}

/**
 * Adds the request policy's row scope (region subtree, grid) to a list's conditions, so a list,
 * its pages and its totalCount never include a row the client may not see.
 */
export function scoped(access: AccessControl, kind: ScopedKind, conditions: SqlCondition[]): SqlCondition[] {
  const scope = access.rowScope(kind, 'e0');
  return scope ? [scope, ...conditions] : conditions;
}
