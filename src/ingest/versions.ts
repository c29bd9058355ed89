import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingRecord } from './ingest.types';
import { rowset, sql } from './sql';

interface Position {
  versionOrder: number | null;
  partition: number;
  offset: bigint;
  contentHash: string;
}

/**
 * True when `a` is newer than `b` for the same record: the higher version wins; without versions
 * (or with equal ones) the later offset in the same partition wins. A record that moved partition
 * (topic resized) counts as newer: Kafka order across partitions is unknown.
 */
export function isNewer(a: Position, b: Position): boolean {
  if (a.versionOrder !== null && b.versionOrder !== null && a.versionOrder !== b.versionOrder)
    return a.versionOrder > b.versionOrder;
  if (a.partition !== b.partition) return true;
  return a.offset > b.offset;
}

const positionOf = (r: IncomingRecord): Position => ({
  versionOrder: r.record.versionOrder,
  partition: r.partition,
  offset: BigInt(r.offset),
  contentHash: r.contentHash,
});

/**
 * Decides which records of a batch change the graph: per (topic, key), the newest message of the
 * batch, and only if it is newer than the one the hub holds and differs from it. Everything else
 * (older versions arriving late, repeats, replays) is kept as a source record only. Records the
 * state of the winners in the same transaction. Returns the indexes of the records to apply.
 */
export async function selectApplicable(
  em: EntityManager,
  incoming: IncomingRecord[],
  sourceRecordIds: string[],
): Promise<number[]> {
  const newest = new Map<string, number>();
  incoming.forEach((r, i) => {
    const k = `${r.record.topic}\u0000${r.record.key}`;
    const held = newest.get(k);
    if (held === undefined || isNewer(positionOf(r), positionOf(incoming[held]))) newest.set(k, i);
  });
  const candidates = [...newest.values()];
  if (!candidates.length) return [];
  const states = await sql<{
    topic: string;
    key: string;
    version_order: string | null;
    partition: number;
    offset: string;
    content_hash: string;
  }>(
    em,
    `select s.topic, s.key, s.version_order, s.partition, s.offset, s.content_hash from ingest_state s
       join jsonb_to_recordset(?::jsonb) as x(topic text, key text) on s.topic = x.topic and s.key = x.key
      for update of s`,
    [rowset(candidates.map((i) => ({ topic: incoming[i].record.topic, key: incoming[i].record.key })))],
  );
  const held = new Map(states.map((s) => [`${s.topic}\u0000${s.key}`, s]));
  const apply = candidates.filter((i) => {
    const r = incoming[i];
    const s = held.get(`${r.record.topic}\u0000${r.record.key}`);
    if (!s) return true;
    if (s.content_hash === r.contentHash) return false;
    const heldPosition = {
      versionOrder: s.version_order === null ? null : Number(s.version_order),
      partition: s.partition,
      offset: BigInt(s.offset),
      contentHash: s.content_hash,
    };
    return isNewer(positionOf(r), heldPosition);
  });
  if (apply.length) {
    await sql(
      em,
      `insert into ingest_state (topic, key, version_order, partition, "offset", content_hash, source_record_id, operation, applied_at)
       select x.topic, x.key, x.version_order, x.partition, x.offset, x.content_hash, x.source_record_id, x.operation, now()
         from jsonb_to_recordset(?::jsonb) as x(topic text, key text, version_order bigint, partition int, "offset" bigint, content_hash text,
              source_record_id uuid, operation text)
        order by x.topic, x.key
       on conflict (topic, key) do update set version_order = excluded.version_order, partition = excluded.partition, "offset" = excluded."offset",
         content_hash = excluded.content_hash, source_record_id = excluded.source_record_id, operation = excluded.operation, applied_at = now()`,
      [
        rowset(
          apply.map((i) => ({
            topic: incoming[i].record.topic,
            key: incoming[i].record.key,
            version_order: incoming[i].record.versionOrder,
            partition: incoming[i].partition,
            offset: incoming[i].offset,
            content_hash: incoming[i].contentHash,
            source_record_id: sourceRecordIds[i],
            operation: incoming[i].record.operation,
          })),
        ),
      ],
    );
  }
  return apply.sort((a, b) => a - b);
}
