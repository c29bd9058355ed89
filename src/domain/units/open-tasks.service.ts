import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor, Page } from '../../graphql/pagination';
import { HubEvent } from '../events/hub-event.entity';
import { EventStatus } from '../shared/enums';

const KIND = 'Task';
const OPEN = [EventStatus.DISPATCHED, EventStatus.IN_PROGRESS];

/**
 * 待办 a page of a unit's open tasks (dispatched or in progress), soonest deadline first, by
 * keyset on (deadline, id) — served by the partial index hub_event_assignee_open_idx, so the
 * cost does not grow with the closed history. Rejects a foreign cursor (BAD_USER_INPUT `after`).
 */
export async function openTasksOfUnit(
  em: EntityManager,
  unitId: string,
  first: number,
  after?: string | null,
): Promise<Page<HubEvent>> {
  const base = () => em.createQueryBuilder(HubEvent, 'e').where({ assignee: unitId, status: { $in: OPEN } });
  const qb = base();
  if (after) {
    const [deadline, id] = decodeCursor(KIND, after);
    if (typeof deadline !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(deadline)))
      throw badInput('after', 'the cursor is damaged');
    qb.andWhere('(e.deadline, e.id) > (?, ?)', [deadline, id]);
  }
  const rows =
    first === 0
      ? []
      : await qb
          .orderBy([{ deadline: 'asc' }, { id: 'asc' }])
          .limit(first + 1)
          .getResultList();
  return {
    nodes: rows.slice(0, first),
    hasNextPage: rows.length > first,
    // Every dispatched task has a deadline; the epoch stands in only for rows written around the loop.
    cursorOf: (e) => encodeCursor(KIND, [(e.deadline ?? new Date(0)).toISOString(), e.id]),
    totalCount: () => base().getCount(),
  };
}
