import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../ingest/sql';
import type { ChangeKind } from './resolution.enums';

export interface ChangeRow {
  entityType: 'PERSON' | 'HOUSE' | 'ORGANIZATION';
  entityId: string;
  change: ChangeKind;
  payload?: Record<string, unknown>;
}

/**
 * Writes change-feed entries in the caller's transaction, in the given order (the bigserial id
 * is the order the relay publishes in). A change rolled back never reaches the feed.
 */
export async function writeChanges(em: EntityManager, rows: ChangeRow[]): Promise<void> {
  if (!rows.length) return;
  await sql(
    em,
    `insert into outbox (entity_type, entity_id, change, payload)
     select x.entity_type, x.entity_id, x.change, coalesce(x.payload, '{}')
       from jsonb_to_recordset(?::jsonb) as x(entity_type text, entity_id uuid, change text, payload jsonb, n int)
      order by x.n`,
    [
      rowset(
        rows.map((r, n) => ({
          n,
          entity_type: r.entityType,
          entity_id: r.entityId,
          change: r.change,
          payload: r.payload ?? {},
        })),
      ),
    ],
  );
}
