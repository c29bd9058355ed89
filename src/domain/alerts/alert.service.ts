import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Alert } from './alert.entity';
import { ALERT_RAISED, alertBus } from './alert-bus';
import { ALERT_EVALUATORS } from './alert-evaluators';
import { AlertRuleDefinition, AlertTrigger } from './alert-rules';

const DAY_MS = 86_400_000;

/**
 * Runs the rules of a trigger against one event and writes an Alert for each new finding; a
 * subject already alerted by the same rule within the rule's window gets no second alert.
 * Resolves the alerts written (not yet published: see publishAlerts, after commit).
 */
export async function raiseAlerts(
  em: EntityManager,
  event: HubEvent,
  trigger: AlertTrigger,
  rules: readonly AlertRuleDefinition[],
  now: Date,
): Promise<Alert[]> {
  const raised: Alert[] = [];
  for (const rule of rules) {
    if (rule.trigger !== trigger || !rule.eventKinds.includes(event.kind)) continue;
    for (const found of await ALERT_EVALUATORS[rule.rule](em, event, rule)) {
      const since = new Date(now.getTime() - rule.windowDays * DAY_MS);
      const earlier = await em.count(Alert, {
        rule: rule.rule,
        subjectKey: found.subjectKey,
        createdAt: { $gt: since },
      });
      if (earlier > 0) continue;
      const alert = em.create(
        Alert,
        {
          rule: rule.rule,
          message: found.message,
          subjectKey: found.subjectKey,
          region: event.region,
          event,
          person: found.personId ? em.getReference(Person, found.personId) : undefined,
          house: found.houseId ? em.getReference(House, found.houseId) : undefined,
          createdAt: now,
          updatedAt: now,
        },
        { partial: true },
      );
      raised.push(alert);
    }
  }
  await em.flush();
  return raised;
}

/** Tells live subscribers (command centers) about committed alerts. */
export function publishAlerts(alerts: Alert[]): void {
  for (const alert of alerts) alertBus.publish(ALERT_RAISED, alert);
}
