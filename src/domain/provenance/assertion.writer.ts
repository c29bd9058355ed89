import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import type { EntityType } from '../shared/enums';

export interface AssertionRow {
  entityType: EntityType;
  entityId: string;
  field: string;
  value: unknown;
  sourceRecordId: string;
  path: string;
  department: string;
  observedAt: Date;
}

/** Fields of an object that carry a value: what a record states, not what it leaves out. */
export function statedFields(values: Record<string, unknown>): [string, unknown][] {
  return Object.entries(values).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
}

/**
 * Records the values one source record stated about golden records, one row per field. Written
 * once per source record (the caller passes only records new to the hub), so replays add none.
 */
export async function writeAssertions(em: EntityManager, rows: AssertionRow[]): Promise<void> {
  if (!rows.length) return;
  await sql(
    em,
    `insert into assertion (id, entity_type, entity_id, field, value, source_record_id, path, department, observed_at)
     select x.id, x.entity_type, x.entity_id, x.field, x.value, x.source_record_id, x.path, x.department, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, entity_type text, entity_id uuid, field text, value jsonb, source_record_id uuid,
            path text, department text, observed_at timestamptz)`,
    [
      rowset(
        rows.map((r) => ({
          id: uuidv7(),
          entity_type: r.entityType,
          entity_id: r.entityId,
          field: r.field,
          value: r.value,
          source_record_id: r.sourceRecordId,
          path: r.path,
          department: r.department,
          observed_at: r.observedAt.toISOString(),
        })),
      ),
    ],
  );
}
