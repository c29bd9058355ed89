import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Alert } from './alert.entity';
import { ALERT_RAISED, alertBus } from './alert-bus';
import { AlertCandidate, ALERT_EVALUATORS } from './alert-evaluators';
import { execute } from '../../db/sql';
import { AlertRuleDefinition, AlertTrigger } from './alert-rules';

const DAY_MS = 86_400_000;

/**
 * Runs the rules of a trigger against these events (in their order) and writes an Alert for each
 * new finding; a subject already alerted by the same rule within the rule's window — earlier, or
 * by an event before it in this call — gets no second alert. One statement per rule and one for
 * the earlier alerts, however many events. Resolves the alerts written (not yet published: see
 * publishAlerts, after commit).
 */
export async function raiseAlerts(
  em: EntityManager,
  events: HubEvent[],
  trigger: AlertTrigger,
  rules: readonly AlertRuleDefinition[],
  now: Date,
): Promise<Alert[]> {
  const order = new Map(events.map((e, i) => [e.id, i]));
  const byId = new Map(events.map((e) => [e.id, e]));
  const findings: { rule: AlertRuleDefinition; found: AlertCandidate }[] = [];
  for (const rule of rules) {
    if (rule.trigger !== trigger) continue;
    const concerned = events.filter((e) => rule.eventKinds.includes(e.kind));
    if (!concerned.length) continue;
    const found = await ALERT_EVALUATORS[rule.rule](em, concerned, rule);
    found.sort((a, b) => order.get(a.eventId)! - order.get(b.eventId)!);
    for (const f of found) findings.push({ rule, found: f });
  }
  if (!findings.length) return [];
  const key = (rule: string, subject: string) => `${rule}\u0000${subject}`;
  const earlier = await execute<{ rule: string; subject_key: string }[]>(
    em,
    `select distinct a.rule, a.subject_key from jsonb_to_recordset(?::jsonb) as x(rule text, subject_key text, since timestamptz)
       join alert a on a.rule = x.rule and a.subject_key = x.subject_key and a.created_at > x.since`,
    [
      JSON.stringify(
        findings.map(({ rule, found }) => ({
          rule: rule.rule,
          subject_key: found.subjectKey,
          since: new Date(now.getTime() - rule.windowDays * DAY_MS).toISOString(),
        })),
      ),
    ],
  );
  const alerted = new Set(earlier.map((a) => key(a.rule, a.subject_key)));
  const raised: Alert[] = [];
  for (const { rule, found } of findings) {
    if (alerted.has(key(rule.rule, found.subjectKey))) continue;
    alerted.add(key(rule.rule, found.subjectKey));
    const event = byId.get(found.eventId)!;
    raised.push(
      em.create(
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
      ),
    );
  }
  await em.flush();
  return raised;
}

/** Tells live subscribers (command centers) about committed alerts. */
export function publishAlerts(alerts: Alert[]): void {
  for (const alert of alerts) alertBus.publish(ALERT_RAISED, alert);
}
