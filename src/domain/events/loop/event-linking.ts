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
  id: string;
  kind: string;
  reported_at: Date;
  same_house: boolean;
  shared_parties: string;
}

/**
 * 跨渠道关联 links a new event to open events that share a party (person or organisation) or the
 * house, reported within the window before it: RELATED always, and DUPLICATE suggested when the
 * other is of the same kind and close in time (a petition about a dispute in mediation stays
 * RELATED; two reports of one quarrel are a likely duplicate). Idempotent. Resolves the count.
 */
export async function linkRelatedEvents(
  em: EntityManager,
  event: HubEvent,
  windows = DEFAULT_LINKING_WINDOWS,
): Promise<number> {
  const since = new Date(event.reportedAt.getTime() - windows.relatedDays * DAY_MS);
  const candidates: Candidate[] = await execute(
    em,
    `with mine as (select person_id, organization_id from event_party where event_id = ?),
          sharing as (
            select p.event_id, count(*) as shared from event_party p
              join mine m on p.person_id = m.person_id or p.organization_id = m.organization_id
             group by p.event_id)
     select e.id, e.kind, e.reported_at, coalesce(e.house_id = ?, false) as same_house, coalesce(s.shared, 0) as shared_parties
       from hub_event e left join sharing s on s.event_id = e.id
      where e.id <> ? and e.status = any(?::text[]) and e.reported_at >= ? and e.reported_at <= ?
        and (s.event_id is not null or e.house_id = ?)
      order by e.reported_at desc limit 50`,
    [
      event.id,
      event.house?.id ?? null,
      event.id,
      pgArray(OPEN_STATUSES),
      since.toISOString(),
      event.reportedAt.toISOString(),
      event.house?.id ?? null,
    ],
  );
  const rows: [string, string, EventLinkKind, string][] = [];
  for (const c of candidates) {
    const reasons = [Number(c.shared_parties) > 0 ? 'shared parties' : null, c.same_house ? 'same house' : null]
      .filter(Boolean)
      .join(', ');
    rows.push([event.id, c.id, EventLinkKind.RELATED, reasons]);
    const close = event.reportedAt.getTime() - new Date(c.reported_at).getTime() <= windows.duplicateDays * DAY_MS;
    if (c.kind === event.kind && close)
      rows.push([event.id, c.id, EventLinkKind.DUPLICATE, `possible duplicate: ${reasons}`]);
  }
  if (!rows.length) return 0;
  await execute(
    em,
    `insert into event_link (id, created_at, updated_at, from_id, to_id, kind, reason)
       select gen_random_uuid(), now(), now(), x.from_id, x.to_id, x.kind, x.reason
         from jsonb_to_recordset(?::jsonb) as x(from_id uuid, to_id uuid, kind text, reason text)
     on conflict (from_id, to_id, kind) do nothing`,
    [JSON.stringify(rows.map(([from_id, to_id, kind, reason]) => ({ from_id, to_id, kind, reason })))],
  );
  return rows.length;
}
