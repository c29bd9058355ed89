import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import type { EntityType } from '../shared/enums';

export interface AssertionRow {
  entityType: EntityType;
  entityId: string;
  /** The stated fields (see statedFields): never empty. */
  fields: Record<string, unknown>;
  sourceRecordId: string;
  path: string;
  department: string;
  observedAt: Date;
}

/** The fields of an object that carry a value: what a record states, not what it leaves out. */
export function statedFields(values: Record<string, unknown>): Record<string, unknown> {
  const stated: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(values))
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) stated[field] = v;
  return stated;
}

/**
 * Records the values source records stated about golden records, one row per (record, path,
 * entity) holding all its stated fields. Written once per source record (the caller passes only
 * records new to the hub), so replays add none.
 */
export async function writeAssertions(em: EntityManager, rows: AssertionRow[]): Promise<void> {
  if (!rows.length) return;
  await sql(
    em,
    `insert into assertion (id, entity_type, entity_id, fields, source_record_id, path, department, observed_at)
     select x.id, x.entity_type, x.entity_id, x.fields, x.source_record_id, x.path, x.department, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, entity_type text, entity_id uuid, fields jsonb, source_record_id uuid,
            path text, department text, observed_at timestamptz)`,
    [
      rowset(
        rows.map((r) => ({
          id: uuidv7(),
          entity_type: r.entityType,
          entity_id: r.entityId,
          fields: r.fields,
          source_record_id: r.sourceRecordId,
          path: r.path,
          department: r.department,
          observed_at: r.observedAt.toISOString(),
        })),
      ),
    ],
  );
}
