import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import { Page } from '../../graphql/pagination';
import { afterCondition, cursorOf, KeysetOrder, orderSql } from './keyset';
import { LoaderSettings } from './loaders';
import type { ScopedKind } from '../../access/policy-evaluation';
import { readRows } from '../../db/sql';
import { readColumns, rowReader } from './read-rows';

/**
 * A nested connection (a grid's houses, a person's events): the child rows of one parent.
 * `table` is aliased `c`; `parentCondition` relates `c` to `p.parent_id`.
 */
export interface ChildConnectionSpec<T> {
  entity: EntityName<T>;
  kind: string;
  order: KeysetOrder;
  table: string;
  parentCondition: string;
  /** The children are records the policy scopes (people, houses, events): only visible ones count. */
  scope?: ScopedKind;
}

export interface ChildPageKey {
  parentId: string;
  first: number;
  after?: string | null;
}

function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/**
 * Pages of children for many parents in one statement (a LATERAL join per page-size and cursor
 * group), so a page of 100 grids with their houses costs one query, not 100. Counts are batched
 * the same way and run only when a client asks for `totalCount`.
 */
export function createChildConnectionLoader<T extends { id: string; reportedAt?: Date }>(
  settings: LoaderSettings,
  spec: ChildConnectionSpec<T>,
): DataLoader<ChildPageKey, Page<T>, string> {
  const { em, batch } = settings;
  const read = rowReader(em, spec.entity);
  const scope = spec.scope ? settings.access.rowScope(spec.scope, 'c') : null;
  const scopeSql = scope ? ` and ${scope.sql}` : '';
  const scopeParams = scope?.params ?? [];
  const counts = new DataLoader<string, number>(
    async (parentIds) => {
      const rows = await readRows<{ parent_id: string; n: string }>(
        em,
        `select p.parent_id, (select count(*) from ${spec.table} c where ${spec.parentCondition}${scopeSql}) as n
           from unnest(?::uuid[]) as p(parent_id)`,
        // The scope's placeholders sit in the subquery, before the unnest parameter.
        [...scopeParams, uuidArray(parentIds)],
      );
      const byParent = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    },
    { batch },
  );

  async function loadGroup(keys: ChildPageKey[]): Promise<Map<string, T[]>> {
    const { first, after } = keys[0];
    const cursor = afterCondition(spec.kind, spec.order, 'c', after);
    const rows = await readRows(
      em,
      `select p.parent_id as "__parent", c.* from unnest(?::uuid[]) as p(parent_id)
         cross join lateral (select ${readColumns(em, spec.entity, 'c')} from ${spec.table} c where ${spec.parentCondition}${scopeSql}
           ${cursor ? `and ${cursor.sql}` : ''} order by ${orderSql(spec.order, 'c')} limit ?) c`,
      [uuidArray(keys.map((k) => k.parentId)), ...scopeParams, ...(cursor?.params ?? []), first + 1],
    );
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const parent = row.__parent as string;
      let list = byParent.get(parent);
      if (!list) byParent.set(parent, (list = []));
      // Read objects, not managed entities: a page of children is answered, never written.
      list.push(read(row));
    }
    return byParent;
  }

  return new DataLoader<ChildPageKey, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const results = new Map<string, T[]>();
      for (const group of groups.values()) {
        if (group[0].first === 0) continue;
        const rows = await loadGroup(group);
        for (const key of group) results.set(cacheKey(key), rows.get(key.parentId) ?? []);
      }
      return keys.map((key) => {
        const rows = results.get(cacheKey(key)) ?? [];
        return {
          nodes: rows.slice(0, key.first),
          hasNextPage: rows.length > key.first,
          cursorOf: cursorOf(spec.kind, spec.order),
          totalCount: () => counts.load(key.parentId),
        };
      });
    },
    { batch, cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: ChildPageKey): string {
  return `${key.parentId}|${key.first}|${key.after ?? ''}`;
}
