import type { EntityManager } from '@mikro-orm/postgresql';
import { onEventCreated } from '../domain/events/loop/on-event-created';
import { publishAlerts } from '../domain/alerts/alert.service';
import type { Alert } from '../domain/alerts/alert.entity';
import type { Clock } from '../shared/clock';

/**
 * Called inside a batch's transaction with the ids of the events the batch created (not those it
 * updated). May return work to run once the transaction has committed (publishing alerts), so
 * nothing is announced about events a failed batch never wrote.
 */
export type EventsCreatedHook = (em: EntityManager, eventIds: string[]) => Promise<(() => void) | void>;

/**
 * Department events enter the closed loop like reported ones: each new event goes through the
 * loop's onEventCreated (links to related open events, early-warning rules) in the batch's
 * transaction; the alerts are published after commit.
 */
export function createLoopEventsHook(clock: Clock): EventsCreatedHook {
  return async (em, eventIds) => {
    const alerts: Alert[] = [];
    for (const id of eventIds) alerts.push(...(await onEventCreated(em, id, { clock, publish: false })).alerts);
    return alerts.length ? () => publishAlerts(alerts) : undefined;
  };
}
