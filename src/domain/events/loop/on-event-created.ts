import { NotFoundError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, Clock } from '../../../shared/clock';
import { Alert } from '../../alerts/alert.entity';
import { DEFAULT_ALERT_RULES, AlertRuleDefinition } from '../../alerts/alert-rules';
import { publishAlerts, raiseAlerts } from '../../alerts/alert.service';
import { HubEvent } from '../hub-event.entity';
import { linkRelatedEvents } from './event-linking';

export interface NewEventHookOptions {
  clock?: Clock;
  rules?: readonly AlertRuleDefinition[];
  /** False when the caller's transaction is still open: it then calls publishAlerts after commit. */
  publish?: boolean;
}

export interface NewEventHookResult {
  links: number;
  alerts: Alert[];
}

/**
 * The hook every new event goes through, whoever created it (a grid worker's report, a
 * department feed): links it to open events about the same parties or house, and runs the
 * early-warning rules. Writes links and alerts with `em` (inside the caller's transaction when
 * there is one) and publishes the alerts unless told not to. Rejects if the event does not exist.
 */
export async function onEventCreated(
  em: EntityManager,
  eventId: string,
  options: NewEventHookOptions = {},
): Promise<NewEventHookResult> {
  return onEventsCreated(em, [eventId], options);
}

/**
 * The same for many new events at once (an ingest batch), set-based: a fixed number of
 * statements whatever the number of events. Rejects if any event does not exist.
 */
export async function onEventsCreated(
  em: EntityManager,
  eventIds: string[],
  options: NewEventHookOptions = {},
): Promise<NewEventHookResult> {
  if (!eventIds.length) return { links: 0, alerts: [] };
  const found = await em.find(HubEvent, { id: { $in: eventIds } });
  const byId = new Map(found.map((e) => [e.id, e]));
  const events = eventIds.map((id) => {
    const event = byId.get(id);
    if (!event) throw new NotFoundError(`HubEvent not found ('${id}')`);
    return event;
  });
  const links = await linkRelatedEvents(em, events);
  const alerts = await raiseAlerts(
    em,
    events,
    'CREATED',
    options.rules ?? DEFAULT_ALERT_RULES,
    (options.clock ?? systemClock).now(),
  );
  if (options.publish !== false) publishAlerts(alerts);
  return { links, alerts };
}

/** The same for an event that just went one tier up (纠纷两次上报). */
export async function onEventEscalated(
  em: EntityManager,
  eventId: string,
  options: NewEventHookOptions = {},
): Promise<Alert[]> {
  const event = await em.findOneOrFail(HubEvent, { id: eventId });
  const alerts = await raiseAlerts(
    em,
    [event],
    'ESCALATED',
    options.rules ?? DEFAULT_ALERT_RULES,
    (options.clock ?? systemClock).now(),
  );
  if (options.publish !== false) publishAlerts(alerts);
  return alerts;
}
