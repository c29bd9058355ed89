import type { EntityManager } from '@mikro-orm/postgresql';
import { onEventsCreated } from '../domain/events/loop/on-event-created';
import { publishAlerts } from '../domain/alerts/alert.service';
import type { Clock } from '../shared/clock';

/**
 * Called inside a batch's transaction with the ids of the events the batch created (not those it
 * updated). May return work to run once the transaction has committed (publishing alerts), so
 * nothing is announced about events a failed batch never wrote.
 */
export type EventsCreatedHook = (em: EntityManager, eventIds: string[]) => Promise<(() => void) | void>;

/**
 * Department events enter the closed loop like reported ones: the batch's new events go through
 * the loop's hook together (links to related open events, early-warning rules; a fixed number of
 * statements per batch) in the batch's transaction; the alerts are published after commit.
 */
export function createLoopEventsHook(clock: Clock): EventsCreatedHook {
  return async (em, eventIds) => {
    const { alerts } = await onEventsCreated(em, eventIds, { clock, publish: false });
    return alerts.length ? () => publishAlerts(alerts) : undefined;
  };
}
