import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventFact } from '../../../connectors/shared/canonical-record';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';

export interface EventObservation {
  topic: string;
  /** The event's source key: the record key, suffixed `#n` for a record's second and later events. */
  sourceKey: string;
  fact: EventFact;
  houseId: string | null;
  /** Resolved parties: person ids by the fact's party paths; unresolved parties are left out. */
  parties: { personId: string; role: string; path: string }[];
}

export interface WrittenEvent {
  id: string;
  sourceTopic: string;
  sourceKey: string;
  created: boolean;
}

// Once a center has acted on an event in the closed loop, the loop owns its status.
const LOOP_HAS_ACTED = `exists (select 1 from event_transition t where t.event_id = e.id and t.action <> 'REPORT')`;

/**
 * Upserts the events department records assert, keyed by (source topic, source key), and
 * replaces their parties. A department's later version updates what it states, but not the
 * status of an event the closed loop has taken up (accepted, dispatched…): that stays the loop's,
 * and the department's own status is kept as `details.departmentStatus`. Every update moves the
 * event's version, so a loop action based on what was read before fails with CONFLICT. Returns each event's id and whether it was created by this call, so
 * the closed loop can take up new ones.
 */
export async function writeEvents(em: EntityManager, observations: EventObservation[]): Promise<WrittenEvent[]> {
  if (!observations.length) return [];
  const rows = observations.map((o) => ({
    id: uuidv7(),
    kind: o.fact.kind,
    category: o.fact.category,
    summary: o.fact.summary,
    occurred_at: o.fact.occurredAt?.toISOString() ?? null,
    reported_at: o.fact.reportedAt.toISOString(),
    region_code: o.fact.regionCode,
    house_id: o.houseId,
    status: o.fact.status,
    details: o.fact.details,
    source_topic: o.topic,
    source_key: o.sourceKey,
  }));
  const written = await sql<{ id: string; source_topic: string; source_key: string; created: boolean }>(
    em,
    `insert into hub_event as e (id, kind, category, summary, occurred_at, reported_at, region_code, grid_id, house_id, status, details, source_topic, source_key)
     select x.id, x.kind, x.category, x.summary, x.occurred_at, x.reported_at, r.code, h.grid_id, x.house_id, x.status, coalesce(x.details, '{}'), x.source_topic, x.source_key
       from jsonb_to_recordset(?::jsonb) as x(id uuid, kind text, category text, summary text, occurred_at timestamptz, reported_at timestamptz,
            region_code text, house_id uuid, status text, details jsonb, source_topic text, source_key text)
       left join region r on r.code = x.region_code
       left join house h on h.id = x.house_id
      order by x.source_topic, x.source_key
     on conflict (source_topic, source_key) where source_topic is not null do update set
       kind = excluded.kind, category = excluded.category, summary = excluded.summary, occurred_at = excluded.occurred_at,
       reported_at = excluded.reported_at, region_code = excluded.region_code, grid_id = coalesce(excluded.grid_id, e.grid_id),
       house_id = excluded.house_id,
       status = case when ${LOOP_HAS_ACTED} then e.status else excluded.status end,
       details = case when ${LOOP_HAS_ACTED} then e.details || excluded.details || jsonb_build_object('departmentStatus', excluded.status)
                 else excluded.details end,
       version = e.version + 1, updated_at = now()
     returning id, source_topic, source_key, (xmax = 0) as created`,
    [rowset(rows)],
  );
  const idOf = new Map(written.map((w) => [`${w.source_topic}\u0000${w.source_key}`, w.id]));
  const eventIds = written.map((w) => w.id);
  await sql(
    em,
    `delete from event_party where event_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(eventIds)],
  );
  const parties = observations.flatMap((o) =>
    o.parties.map((p) => ({
      id: uuidv7(),
      event_id: idOf.get(`${o.topic}\u0000${o.sourceKey}`),
      person_id: p.personId,
      role: p.role,
      mention_path: p.path,
    })),
  );
  if (parties.length) {
    await sql(
      em,
      `insert into event_party (id, event_id, person_id, role, mention_path)
       select x.id, x.event_id, x.person_id, x.role, x.mention_path
         from jsonb_to_recordset(?::jsonb) as x(id uuid, event_id uuid, person_id uuid, role text, mention_path text)`,
      [rowset(parties)],
    );
  }
  return written.map((w) => ({ id: w.id, sourceTopic: w.source_topic, sourceKey: w.source_key, created: w.created }));
}

/**
 * Removes the events of deleted department records (a mediation case withdrawn with `czlx: D`)
 * from the graph, with their parties and links. The source records stay: history is not deleted.
 */
export async function removeEventsOf(em: EntityManager, records: { topic: string; key: string }[]): Promise<number> {
  if (!records.length) return 0;
  const ids = await sql<{ id: string }>(
    em,
    `select e.id from hub_event e join jsonb_to_recordset(?::jsonb) as x(topic text, key text)
        on e.source_topic = x.topic and (e.source_key = x.key or e.source_key like x.key || '#%')`,
    [rowset(records)],
  );
  if (!ids.length) return 0;
  const list = JSON.stringify(ids.map((r) => r.id));
  const inList = `(select value::uuid from jsonb_array_elements_text(?::jsonb))`;
  await sql(em, `delete from event_party where event_id in ${inList}`, [list]);
  await sql(em, `delete from event_link where from_id in ${inList} or to_id in ${inList}`, [list, list]);
  await sql(em, `delete from hub_event where id in ${inList}`, [list]);
  return ids.length;
}
