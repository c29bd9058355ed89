import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingRecord } from '../../ingest/ingest.types';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import { protectPayload } from '../../access/protect';

export interface StoredSourceRecord {
  id: string;
  /** False when the same content of the same record was already kept (a repeat or replay). */
  isNew: boolean;
}

const contentKey = (topic: string, key: string, hash: string) => `${topic}\u0000${key}\u0000${hash}`;

/**
 * Keeps every message as a source record: one row per (topic, key, content hash), so a message
 * delivered twice or replayed is kept once. Returns, per incoming record in order, the row's id
 * and whether this call created it.
 */
export async function writeSourceRecords(em: EntityManager, incoming: IncomingRecord[]): Promise<StoredSourceRecord[]> {
  if (!incoming.length) return [];
  const rows = new Map<string, Record<string, unknown>>();
  for (const r of incoming) {
    const k = contentKey(r.record.topic, r.record.key, r.contentHash);
    if (rows.has(k)) continue;
    rows.set(k, {
      id: uuidv7(),
      topic: r.record.topic,
      key: r.record.key,
      version: r.record.version,
      version_order: r.record.versionOrder,
      operation: r.record.operation,
      received_at: r.receivedAt.toISOString(),
      payload: protectPayload(r.payload),
      content_hash: r.contentHash,
      partition: r.partition,
      offset: r.offset,
    });
  }
  const inserted = await sql<{ id: string }>(
    em,
    `insert into source_record (id, topic, key, version, version_order, operation, received_at, payload, content_hash, partition, "offset")
     select x.id, x.topic, x.key, x.version, x.version_order, x.operation, x.received_at, x.payload, x.content_hash, x.partition, x.offset
       from jsonb_to_recordset(?::jsonb) as x(id uuid, topic text, key text, version text, version_order bigint, operation text,
            received_at timestamptz, payload jsonb, content_hash text, partition int, "offset" bigint)
     on conflict (topic, key, content_hash) do nothing
     returning id`,
    [rowset([...rows.values()])],
  );
  const fresh = new Set(inserted.map((r) => r.id));
  const missing = [...rows.values()].filter((r) => !fresh.has(r.id as string));
  if (missing.length) {
    const existing = await sql<{ id: string; topic: string; key: string; content_hash: string }>(
      em,
      `select s.id, s.topic, s.key, s.content_hash from source_record s
         join jsonb_to_recordset(?::jsonb) as x(topic text, key text, content_hash text)
           on s.topic = x.topic and s.key = x.key and s.content_hash = x.content_hash`,
      [rowset(missing.map((m) => ({ topic: m.topic, key: m.key, content_hash: m.content_hash })))],
    );
    for (const e of existing) rows.get(contentKey(e.topic, e.key, e.content_hash))!.id = e.id;
  }
  const seen = new Set<string>();
  return incoming.map((r) => {
    const row = rows.get(contentKey(r.record.topic, r.record.key, r.contentHash))!;
    const id = row.id as string;
    // Only the first of identical messages in one batch counts as new.
    const isNew = fresh.has(id) && !seen.has(id);
    seen.add(id);
    return { id, isNew };
  });
}
