import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import type { EntityType } from '../shared/enums';

export interface MentionRow {
  sourceRecordId: string;
  path: string;
  entityType: EntityType;
  targetId: string | null;
  rule: string | null;
  evidence: Record<string, unknown>;
}

const COLUMN: Record<string, string> = { PERSON: 'person_id', HOUSE: 'house_id', ORGANIZATION: 'organization_id' };

/**
 * Records where each source record mentions a person, house or organisation and what the mention
 * was linked to. A mention already recorded for the same record and path is left as it is.
 */
export async function writeMentions(em: EntityManager, rows: MentionRow[]): Promise<void> {
  if (!rows.length) return;
  const data = rows.map((r) => ({
    id: uuidv7(),
    source_record_id: r.sourceRecordId,
    path: r.path,
    entity_type: r.entityType,
    person_id: COLUMN[r.entityType] === 'person_id' ? r.targetId : null,
    house_id: COLUMN[r.entityType] === 'house_id' ? r.targetId : null,
    organization_id: COLUMN[r.entityType] === 'organization_id' ? r.targetId : null,
    rule: r.rule,
    evidence: r.evidence,
  }));
  await sql(
    em,
    `insert into mention (id, source_record_id, path, entity_type, person_id, house_id, organization_id, rule, evidence)
     select x.id, x.source_record_id, x.path, x.entity_type, x.person_id, x.house_id, x.organization_id, x.rule, coalesce(x.evidence, '{}')
       from jsonb_to_recordset(?::jsonb) as x(id uuid, source_record_id uuid, path text, entity_type text, person_id uuid, house_id uuid,
            organization_id uuid, rule text, evidence jsonb)
     on conflict (source_record_id, path, entity_type) do nothing`,
    [rowset(data)],
  );
}
