import DataLoader from 'dataloader';
import { execute } from '../../db/sql';
import { createChildConnectionLoader } from '../shared/child-connection';
import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { HubEvent } from '../events/hub-event.entity';
import { Notification } from './notification.entity';
import { Unit } from './unit.entity';
import { UnitMember } from './unit-member.entity';

/** How many recent notifications a unit shows. */
export const NOTIFICATIONS_SHOWN = 50;

export function createUnitLoaders(settings: LoaderSettings) {
  return {
    unit: createByIdLoader(settings, Unit),
    unitMember: createByIdLoader(settings, UnitMember),
    membersByUnit: createChildrenLoader(settings, UnitMember, 'unit'),
    notificationsByUnit: createNotificationsLoader(settings),
    // 待办 dispatched or in progress, soonest deadline first; the condition matches the partial
    // index hub_event_assignee_open_idx so a unit's closed history is never read.
    openTasksOfUnit: createChildConnectionLoader(settings, {
      entity: HubEvent,
      kind: 'Task',
      order: 'DEADLINE_ASC',
      table: 'hub_event',
      scope: 'Event',
      parentCondition: `c.assignee_unit_id = p.parent_id and c.status in ('DISPATCHED', 'IN_PROGRESS')`,
    }),
  };
}

/** The latest notifications of many units in one statement (a LATERAL join per unit). */
function createNotificationsLoader({ em, batch }: LoaderSettings): DataLoader<string, Notification[]> {
  return new DataLoader<string, Notification[]>(
    async (unitIds) => {
      const rows: Record<string, unknown>[] = await execute(
        em,
        `select n.* from unnest(?::uuid[]) as u(id)
           cross join lateral (select * from notification n where n.unit_id = u.id order by created_at desc, id desc limit ?) n`,
        [`{${unitIds.join(',')}}`, NOTIFICATIONS_SHOWN],
      );
      const groups = new Map<string, Notification[]>(unitIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.unit_id as string)?.push(em.map(Notification, row as never));
      return unitIds.map((id) => groups.get(id) ?? []);
    },
    { batch },
  );
}
