import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { AccessControl } from '../../access/policy-evaluation';

/** What every loader factory receives: the request's EntityManager and whether to batch. */
export interface LoaderSettings {
  em: EntityManager;
  /** False only to measure what batching saves: every load then runs its own query. */
  batch: boolean;
  /** The request's policy: loaders answer only the rows it lets the client see. */
  access: AccessControl;
}

/**
 * Loads records by primary key in key order, `null` for a miss. With `visible`, a record the
 * request's policy does not let it see is a miss too, whatever path asked for it.
 */
export function createByIdLoader<T extends object>(
  { em, batch }: LoaderSettings,
  entity: EntityName<T>,
  key: keyof T & string = 'id' as keyof T & string,
  visible?: (row: T) => boolean,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await em.find(entity, { [key]: { $in: [...ids] } } as FilterQuery<T>, { disableIdentityMap: true });
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
  return new DataLoader<string, T[]>(
    async (parentIds) => {
      const rows = await em.find(entity, { [property]: { $in: [...parentIds] } } as FilterQuery<T>, {
        orderBy: orderBy as never,
        disableIdentityMap: true,
      });
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
