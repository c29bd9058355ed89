import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../../ingest/sql';

/** Tables whose rows a department record asserts and restates whole with each new version. */
export type SourcedTable = 'residence' | 'person_tag';

/**
 * Deletes the rows of `table` asserted by the given records (by source topic and key), so each
 * record's current rows can be written again: one statement, however many records.
 */
export async function deleteSourcedRows(
  em: EntityManager,
  table: SourcedTable,
  records: { topic: string; key: string }[],
): Promise<void> {
  if (!records.length) return;
  await sql(
    em,
    `delete from ${table} r using jsonb_to_recordset(?::jsonb) as x(topic text, key text)
      where r.source_topic = x.topic and r.source_key = x.key`,
    [rowset(records)],
  );
}
