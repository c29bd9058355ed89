import type { EntityManager } from '@mikro-orm/postgresql';
import { EventLinkKind } from '../../shared/enums';
import type { HubEvent } from '../hub-event.entity';
import { OPEN_STATUSES } from './state-machine';
import { pgArray } from '../../shared/pg-array';
import { execute } from '../../../db/sql';

/** How far back an open event counts as the same matter, and how close a duplicate must be. */
export interface LinkingWindows {
  relatedDays: number;
  duplicateDays: number;
}

export const DEFAULT_LINKING_WINDOWS: LinkingWindows = { relatedDays: 90, duplicateDays: 7 };

const DAY_MS = 86_400_000;

interface Candidate {
  new_id: string;
  id: string;
  kind: string;
  reported_at: Date;
  same_house: boolean;
  shared_parties: string;
}

/**
 * 跨渠道关联 links each new event to open events that share a party (person or organisation) or
 * the house, reported within the window before it (at most 50 per event, the latest): RELATED
 * always, and DUPLICATE suggested when the other is of the same kind and close in time (a petition
 * about a dispute in mediation stays RELATED; two reports of one quarrel are a likely duplicate).
 * Set-based: one statement finds the candidates of all the events, one writes the links; the
 * parties are matched through their indexes (person, organisation, house), never by scanning.
 * Idempotent. Resolves the number of links.
 */
export async function linkRelatedEvents(
  em: EntityManager,
  events: HubEvent[],
  windows = DEFAULT_LINKING_WINDOWS,
): Promise<number> {
  if (!events.length) return 0;
  const fresh = events.map((e) => ({
    id: e.id,
    house_id: e.house?.id ?? null,
    kind: e.kind,
    reported_at: e.reportedAt.toISOString(),
  }));
  const candidates: Candidate[] = await execute(
    em,
    `with fresh as (select * from jsonb_to_recordset(?::jsonb) as x(id uuid, house_id uuid, reported_at timestamptz)),
          mine as (select f.id as new_id, p.person_id, p.organization_id from fresh f join event_party p on p.event_id = f.id),
          sharing as (
            select m.new_id, p.event_id from mine m join event_party p on p.person_id = m.person_id
            union all
            select m.new_id, p.event_id from mine m join event_party p on p.organization_id = m.organization_id),
          shared as (select new_id, event_id, count(*) as shared from sharing group by new_id, event_id),
          near as (
            select new_id, event_id from shared
            union
            select f.id, e.id from fresh f join hub_event e on e.house_id = f.house_id),
          ranked as (
            select f.id as new_id, e.id, e.kind, e.reported_at, coalesce(e.house_id = f.house_id, false) as same_house,
                   coalesce(s.shared, 0) as shared_parties,
                   row_number() over (partition by f.id order by e.reported_at desc) as n
              from near
              join fresh f on f.id = near.new_id
              join hub_event e on e.id = near.event_id
              left join shared s on s.new_id = near.new_id and s.event_id = near.event_id
             where e.id <> f.id and e.status = any(?::text[])
               and e.reported_at >= f.reported_at - ? * interval '1 millisecond' and e.reported_at <= f.reported_at)
     select new_id, id, kind, reported_at, same_house, shared_parties from ranked where n <= 50`,
    [JSON.stringify(fresh), pgArray(OPEN_STATUSES), windows.relatedDays * DAY_MS],
  );
  const byId = new Map(events.map((e) => [e.id, e]));
  const rows: { from_id: string; to_id: string; kind: EventLinkKind; reason: string }[] = [];
  for (const c of candidates) {
    const event = byId.get(c.new_id)!;
    const reasons = [Number(c.shared_parties) > 0 ? 'shared parties' : null, c.same_house ? 'same house' : null]
      .filter(Boolean)
      .join(', ');
    rows.push({ from_id: event.id, to_id: c.id, kind: EventLinkKind.RELATED, reason: reasons });
    const close = event.reportedAt.getTime() - new Date(c.reported_at).getTime() <= windows.duplicateDays * DAY_MS;
    if (c.kind === event.kind && close)
      rows.push({
        from_id: event.id,
        to_id: c.id,
        kind: EventLinkKind.DUPLICATE,
        reason: `possible duplicate: ${reasons}`,
      });
  }
  if (!rows.length) return 0;
  await execute(
    em,
    `insert into event_link (id, created_at, updated_at, from_id, to_id, kind, reason)
       select gen_random_uuid(), now(), now(), x.from_id, x.to_id, x.kind, x.reason
         from jsonb_to_recordset(?::jsonb) as x(from_id uuid, to_id uuid, kind text, reason text)
     on conflict (from_id, to_id, kind) do nothing`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}
