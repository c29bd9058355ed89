import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, HubError, HubErrorCode, notFound } from '../../../graphql/errors';
import { LoopAction } from '../../shared/enums';
import { checkedId } from '../../shared/id-argument';
import type { Actor } from '../../units/actor';
import { HubEvent } from '../hub-event.entity';
import { EventTransition } from './event-transition.entity';
import { Standing, planTransition } from './state-machine';
import { standingsOf } from './standing';

export interface TransitionRequest {
  eventId: string;
  action: LoopAction;
  /** The acting member, or null for the scheduler. */
  actor: Actor | null;
  at: Date;
  note?: string | null;
  /** When given, the event must still be at this version (else CONFLICT). */
  expectedVersion?: number | null;
  /** Sets the step's own fields (assignee, outcome…) on the locked event; may reject. */
  apply?: (event: HubEvent, em: EntityManager) => Promise<unknown> | void;
}

/**
 * Takes one step of the loop in one transaction: loads the event, checks the expected version,
 * asks the state machine (INVALID_TRANSITION / FORBIDDEN), applies the step's fields, appends
 * the audit-trail row and flushes with the version check, so a concurrent step loses with
 * CONFLICT and nothing is written. Resolves the updated event.
 */
export async function runTransition(em: EntityManager, request: TransitionRequest): Promise<HubEvent> {
  const id = checkedId(request.eventId);
  try {
    return await em.transactional(async (tx) => {
      const event = await tx.findOne(HubEvent, { id }, { populate: ['assignee'] });
      if (!event) throw notFound('Event', id);
      if (request.expectedVersion != null && event.version !== request.expectedVersion) {
        throw conflict(`event ${id} is at version ${event.version}, not ${request.expectedVersion}`, {
          version: event.version,
        });
      }
      const standings: Set<Standing> = request.actor ? standingsOf(request.actor, event) : new Set(['SCHEDULER']);
      const plan = planTransition(event, request.action, standings);
      if (!plan.ok) throw new HubError(HubErrorCode[plan.code], plan.reason, { status: event.status });
      const from = event.status;
      await request.apply?.(event, tx);
      event.status = plan.to;
      tx.create(
        EventTransition,
        {
          event,
          action: request.action,
          fromStatus: from,
          toStatus: plan.to,
          tier: event.tier,
          member: request.actor?.member,
          unit: request.actor?.unit,
          at: request.at,
          note: request.note ?? undefined,
        },
        { partial: true },
      );
      return event;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError)
      throw conflict(`event ${id} was changed by someone else; reload and retry`);
    throw error;
  }
}
