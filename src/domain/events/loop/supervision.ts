import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError } from '../../../graphql/errors';
import { LoopAction, NotificationKind } from '../../shared/enums';
import { Notification } from '../../units/notification.entity';
import { Unit } from '../../units/unit.entity';
import { Alert } from '../../alerts/alert.entity';
import { deadlinePolicyFor } from './deadline-policies';
import { escalateToParent } from './escalation';
import type { LoopSettings } from './loop-settings';
import { onEventEscalated } from './on-event-created';
import { runTransition } from './transition';

export interface SupervisionResult {
  supervised: string[];
  escalated: string[];
  alerts: Alert[];
}

/**
 * 督办 one pass of the scheduler at the clock's now: every open task past its deadline and not yet
 * supervised is marked supervised (an audit-trail step), the unit above its assignee is
 * notified, and where the policy says so the task goes one tier up with a new deadline. Each
 * event is its own transaction; an event another process changed meanwhile is skipped (CONFLICT)
 * and picked up by the next pass. Alerts are returned unpublished.
 */
export async function superviseOverdue(
  em: EntityManager,
  settings: LoopSettings,
  batchSize = 500,
): Promise<SupervisionResult> {
  const now = settings.clock.now();
  const due: { id: string }[] = await em
    .getConnection()
    .execute(
      `select id from hub_event where status in ('DISPATCHED', 'IN_PROGRESS') and not supervised and deadline < ? order by deadline limit ?`,
      [now.toISOString(), batchSize],
    );
  const result: SupervisionResult = { supervised: [], escalated: [], alerts: [] };
  for (const { id } of due) {
    const fork = em.fork();
    try {
      const event = await runTransition(fork, {
        eventId: id,
        action: LoopAction.SUPERVISE,
        actor: null,
        at: now,
        note: 'overdue: deadline passed',
        apply: async (e, tx) => {
          e.supervised = true;
          const assignee = e.assignee ? await tx.findOne(Unit, { id: e.assignee.id }) : null;
          if (assignee?.parent) {
            tx.create(
              Notification,
              {
                unit: assignee.parent,
                event: e,
                kind: NotificationKind.SUPERVISION,
                message: `督办 ${assignee.name}: ${e.summary}`,
              },
              { partial: true },
            );
          }
        },
      });
      result.supervised.push(id);
      if (!deadlinePolicyFor(settings.policies, event.kind, event.riskLevel).autoEscalate) continue;
      await runTransition(fork, {
        eventId: id,
        action: LoopAction.ESCALATE,
        actor: null,
        at: now,
        note: 'overdue: sent one tier up by policy',
        apply: (e, tx) => escalateToParent(tx, e, settings, now),
      });
      result.escalated.push(id);
      result.alerts.push(...(await onEventEscalated(fork, id, { clock: settings.clock, publish: false })));
    } catch (error) {
      // A task at the top tier cannot go up, and a concurrent change wins: both wait for the next pass.
      if (!(error instanceof HubError)) throw error;
    }
  }
  return result;
}
