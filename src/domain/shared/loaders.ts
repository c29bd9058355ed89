import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityName, Utils } from '@mikro-orm/core';
import type { AccessControl } from '../../access/policy-evaluation';
import { readRows } from '../../db/sql';
import { readColumnNames, readColumns, rowReader } from './read-rows';

/** What every loader factory receives: the request's EntityManager and whether to batch. */
export interface LoaderSettings {
  em: EntityManager;
  /** False only to measure what batching saves: every load then runs its own query. */
  batch: boolean;
  /** The request's policy: loaders answer only the rows it lets the client see. */
  access: AccessControl;
  /** The request's other loaders, by name, for a loader that primes another's cache (set by createLoaders). */
  peer?(name: string): DataLoader<string, unknown> | undefined;
}

/**
 * A record read in the same statement as the ones loaded, through a many-to-one of theirs, and
 * handed to `prime` (another loader's cache), so the request does not read it again: a house's
 * grid comes with the house.
 */
export interface ReadAlongside<R> {
  entity: EntityName<R>;
  /** The many-to-one of the loaded entity that points at it. */
  relation: string;
  prime(record: R): void;
}

/** The table of `entity` and the column of its property `property` (a relation's foreign key). */
function columnsOf<T>(em: EntityManager, entity: EntityName<T>, property: string) {
  const meta = em.getMetadata().get(Utils.className(entity));
  const column = (name: string) => {
    const prop = meta.properties[name as keyof typeof meta.properties];
    if (!prop?.fieldNames?.length) throw new Error(`${meta.className}.${name} is not a column`);
    return prop.fieldNames[0];
  };
  return { table: meta.tableName, key: column(property), column };
}

/**
 * Loads records by primary key in key order, `null` for a miss. With `visible`, a record the
 * request's policy does not let it see is a miss too, whatever path asked for it.
 */
export function createByIdLoader<T extends object, R extends object = never>(
  { em, batch }: LoaderSettings,
  entity: EntityName<T>,
  key: keyof T & string = 'id' as keyof T & string,
  visible?: (row: T) => boolean,
  alongside?: ReadAlongside<R>,
): DataLoader<string, T | null> {
  const read = rowReader(em, entity);
  const { table, key: column, column: columnOf } = columnsOf(em, entity, key);
  const joined = alongside && alongsideOf(em, alongside, `e."${columnOf(alongside.relation)}"`);
  // Read objects straight from rows (read-rows.ts): these are answered to GraphQL, never written.
  const sql = `select ${readColumns(em, entity, 'e')}${joined?.select ?? ''} from "${table}" e${joined?.join ?? ''} where e."${column}" = any(?)`;
  return new DataLoader<string, T | null>(
    async (ids) => {
      const raw = await readRows<Record<string, unknown>>(em, sql, [[...ids]]);
      if (joined) joined.primeFrom(raw);
      const rows = raw.map(read);
      const byId = new Map(rows.map((r) => [String(r[key]), r]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row && (!visible || visible(row)) ? row : null;
      });
    },
    { batch },
  );
}

/**
 * Loads the children of many parents with one query: `property` is the many-to-one on the child
 * that points at the parent. Results are in key order; a parent without children gets [].
 */
export function createChildrenLoader<T extends object>(
  { em, batch }: LoaderSettings,
  entity: EntityName<T>,
  property: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
  visible?: (row: T) => boolean,
): DataLoader<string, T[]> {
  const read = rowReader(em, entity);
  const { table, key, column } = columnsOf(em, entity, property);
  const order = Object.entries(orderBy)
    .map(([name, direction]) => `e."${column(name)}" ${direction}`)
    .join(', ');
  const sql = `select ${readColumns(em, entity, 'e')} from "${table}" e where e."${key}" = any(?) order by ${order}`;
  return new DataLoader<string, T[]>(
    async (parentIds) => {
      const rows = (await readRows<Record<string, unknown>>(em, sql, [[...parentIds]])).map(read);
      const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
      for (const row of rows) {
        const parent = row[property] as { id?: string; code?: string } | undefined;
        const parentKey = parent?.id ?? parent?.code;
        if (parentKey && (!visible || visible(row))) groups.get(parentKey)?.push(row);
      }
      return parentIds.map((id) => groups.get(id) ?? []);
    },
    { batch },
  );
}

// The select list, join and priming of a ReadAlongside: its columns travel as `__a_<column>`.
function alongsideOf<R extends object>(em: EntityManager, alongside: ReadAlongside<R>, foreignKey: string) {
  const read = rowReader(em, alongside.entity);
  const { primaryKeys } = em.getMetadata().get(Utils.className(alongside.entity));
  const { table, key: pk } = columnsOf(em, alongside.entity, primaryKeys[0]);
  const columns = readColumnNames(em, alongside.entity).map((column) => ({ column, as: `__a_${column}` }));
  const pkAs = `__a_${pk}`;
  return {
    select: columns.map((c) => `, a."${c.column}" as "${c.as}"`).join(''),
    join: ` left join "${table}" a on a."${pk}" = ${foreignKey}`,
    primeFrom(rows: Record<string, unknown>[]) {
      const seen = new Set<unknown>();
      for (const row of rows) {
        const id = row[pkAs];
        if (id == null || seen.has(id)) continue;
        seen.add(id);
        const own: Record<string, unknown> = {};
        for (const c of columns) own[c.column] = row[c.as];
        alongside.prime(read(own));
      }
    },
  };
}
