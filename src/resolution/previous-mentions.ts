import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../ingest/sql';

export interface RecordPath {
  topic: string;
  key: string;
  path: string;
}

const COLUMN = {
  PERSON: 'person_id',
  HOUSE: 'house_id',
  ORGANIZATION: 'organization_id',
} as const;

/**
 * What the same path of an earlier version of the same department record was linked to: the
 * record's own key plus the path is an exact key, so a new version of a petition does not create
 * its unnamed petitioner again. Returns `topic\0key\0path` → entity id.
 */
export async function previousMentionTargets(
  em: EntityManager,
  entityType: keyof typeof COLUMN,
  items: RecordPath[],
): Promise<Map<string, string>> {
  if (!items.length) return new Map();
  const column = COLUMN[entityType];
  const rows = await sql<{
    topic: string;
    key: string;
    path: string;
    target: string;
  }>(
    em,
    `select distinct on (sr.topic, sr.key, m.path) sr.topic, sr.key, m.path, m.${column} as target
       from jsonb_to_recordset(?::jsonb) as x(topic text, key text, path text)
       join source_record sr on sr.topic = x.topic and sr.key = x.key
       join mention m on m.source_record_id = sr.id and m.path = x.path and m.entity_type = ?
      where m.${column} is not null
      order by sr.topic, sr.key, m.path, sr.received_at desc, sr.id desc`,
    [rowset(items), entityType],
  );
  return new Map(rows.map((r) => [recordPathKey(r), r.target]));
}

export function recordPathKey(item: RecordPath): string {
  return `${item.topic}\u0000${item.key}\u0000${item.path}`;
}
