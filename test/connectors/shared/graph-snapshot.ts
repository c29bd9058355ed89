import type { MikroORM } from '@mikro-orm/postgresql';
import { execute } from '../../../src/db/sql';

// Everything ingestion writes, but the consumer positions (a replay moves them by design).
const TABLES = [
  'source_record',
  'ingest_state',
  'mention',
  'assertion',
  'person',
  'house',
  'organization',
  'residence',
  'hub_event',
  'event_party',
  'person_tag',
  'household',
  'household_member',
  'dead_letter',
];

/**
 * Row count and a digest of every row's values per table, leaving out only the bookkeeping
 * timestamps (updated_at, applied_at): two equal snapshots mean nothing was added, removed or changed.
 */
export async function graphSnapshot(orm: MikroORM): Promise<Record<string, { rows: number; digest: string }>> {
  const em = orm.em.fork();
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const table of TABLES) {
    const [row] = await execute<{ rows: string; digest: string }[]>(
      em,
      `select count(*) as rows, md5(coalesce(string_agg(j::text, '|' order by j::text), '')) as digest
         from (select to_jsonb(t) - 'updated_at' - 'applied_at' as j from ${table} t) s`,
    );
    out[table] = { rows: Number(row.rows), digest: row.digest };
  }
  return out;
}

/** Counts of a few tables, for readable expectations. */
export async function countRows(orm: MikroORM, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await execute<{ n: string }[]>(
    orm.em.fork(),
    `select count(*) as n from ${table} where ${where}`,
    params,
  );
  return Number(row.n);
}
