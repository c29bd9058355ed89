import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError, HubErrorCode } from '../../../graphql/errors';
import { NotificationKind } from '../../shared/enums';
import { Notification } from '../../units/notification.entity';
import { Unit } from '../../units/unit.entity';
import type { HubEvent } from '../hub-event.entity';
import { deadlineFrom, deadlinePolicyFor } from './deadline-policies';
import type { LoopSettings } from './loop-settings';

/**
 * Moves an event's task to the parent of its assigned unit (the next tier up): new assignee and
 * tier, a new deadline (given, else the policy's from now), supervision cleared, the outcome of
 * a failed attempt cleared, and a notification to the new unit. Rejects INVALID_TRANSITION
 * when the assigned unit has no unit above it.
 */
export async function escalateToParent(
  em: EntityManager,
  event: HubEvent,
  settings: LoopSettings,
  now: Date,
  deadline?: Date,
): Promise<Unit> {
  const current = event.assignee ? await em.findOne(Unit, { id: event.assignee.id }, { populate: ['parent'] }) : null;
  const parent = current?.parent;
  if (!parent)
    throw new HubError(HubErrorCode.INVALID_TRANSITION, 'the assigned unit has no unit above it to go up to');
  event.assignee = parent;
  event.tier = parent.tier;
  event.escalations += 1;
  event.supervised = false;
  event.outcome = undefined;
  event.deadline = deadline ?? deadlineFrom(now, deadlinePolicyFor(settings.policies, event.kind, event.riskLevel));
  em.create(
    Notification,
    { unit: parent, event, kind: NotificationKind.ESCALATED, message: `上报 ${event.summary}` },
    { partial: true },
  );
  return parent;
}
