import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../../src/ingest/sql';

/**
 * The consumer offsets as the database holds them: written in the batch's transaction, read on
 * every assignment. Kafka's committed offsets only follow.
 */
export async function loadOffsets(em: EntityManager, groupId: string, topic: string): Promise<Map<number, bigint>> {
  const rows = await sql<{ partition: number; offset: string }>(
    em,
    `select partition, "offset" from consumer_offset where group_id = ? and topic = ?`,
    [groupId, topic],
  );
  return new Map(rows.map((r) => [r.partition, BigInt(r.offset)]));
}

/** Records the next offset to consume for each partition, inside the caller's transaction. */
export async function saveOffsets(
  em: EntityManager,
  groupId: string,
  topic: string,
  next: Map<number, bigint>,
): Promise<void> {
  if (!next.size) return;
  await sql(
    em,
    `insert into consumer_offset (group_id, topic, partition, "offset", updated_at)
     select ?, ?, x.partition, x.offset, now() from jsonb_to_recordset(?::jsonb) as x(partition int, "offset" bigint)
     on conflict (group_id, topic, partition) do update set "offset" = greatest(consumer_offset."offset", excluded."offset"), updated_at = now()`,
    [groupId, topic, rowset([...next].map(([partition, offset]) => ({ partition, offset: offset.toString() })))],
  );
}

/**
 * Reserves `count` positions of the HTTP ingest sequence of a topic (one row per topic, locked
 * for the transaction, so concurrent requests queue) and returns the first. Messages sent over
 * HTTP get these as offsets: without versions, the later one wins, as in Kafka.
 */
export async function reserveSequence(
  em: EntityManager,
  groupId: string,
  topic: string,
  count: number,
): Promise<bigint> {
  const rows = await sql<{ offset: string }>(
    em,
    `insert into consumer_offset as c (group_id, topic, partition, "offset", updated_at) values (?, ?, 0, ?, now())
     on conflict (group_id, topic, partition) do update set "offset" = c."offset" + ?, updated_at = now()
     returning "offset"`,
    [groupId, topic, count, count],
  );
  return BigInt(rows[0].offset) - BigInt(count);
}
