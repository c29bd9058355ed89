import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { SourceRecord } from './source-record.entity';

/**
 * The source record of a department record as the hub holds it: the message whose facts are
 * applied (so a late older version does not hide it), else the latest received. Null when the
 * hub never received the record.
 */
export async function findLatestSourceRecord(
  em: EntityManager,
  topic: string,
  key: string,
): Promise<SourceRecord | null> {
  const rows = await execute<Record<string, unknown>[]>(
    em,
    `select s.* from source_record s left join ingest_state i on i.source_record_id = s.id
      where s.topic = ? and s.key = ?
      order by (i.source_record_id is not null) desc, s.received_at desc, s.id desc limit 1`,
    [topic, key],
  );
  return rows.length ? em.map(SourceRecord, rows[0]) : null;
}
