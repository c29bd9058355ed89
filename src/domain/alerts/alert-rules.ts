import { AlertRuleKind, EventKind, PersonTagKind } from '../shared/enums';

/** When a rule is looked at: when an event arrives, or when an event goes one tier up. */
export type AlertTrigger = 'CREATED' | 'ESCALATED';

/**
 * 预警规则 an early-warning rule as data: which rule (the evaluator that counts), which event kinds
 * trigger it, and its parameters. A subject gets at most one alert of a rule per `windowDays`.
 */
export interface AlertRuleDefinition {
  rule: AlertRuleKind;
  trigger: AlertTrigger;
  eventKinds: EventKind[];
  /** How many events (or escalations) make the warning. */
  threshold: number;
  windowDays: number;
  /** For the supervised-person rule: which special groups count as supervised. */
  tagKinds?: PersonTagKind[];
}

/** Declares the rule list, rejecting nonsense thresholds or windows at start-up. */
export function defineAlertRules(rules: AlertRuleDefinition[]): readonly AlertRuleDefinition[] {
  for (const r of rules) {
    if (!(r.threshold >= 1 && r.windowDays >= 1))
      throw new Error(`alert rule ${r.rule} needs threshold and window of at least 1`);
  }
  return Object.freeze([...rules]);
}

/** The county's rules (分析研判): repeated petitions, level skipping, repeated incidents, double escalation, supervised people. */
export const DEFAULT_ALERT_RULES = defineAlertRules([
  {
    rule: AlertRuleKind.REPEATED_PETITIONS,
    trigger: 'CREATED',
    eventKinds: [EventKind.PETITION],
    threshold: 3,
    windowDays: 90,
  },
  {
    rule: AlertRuleKind.LEVEL_SKIPPING_PETITION,
    trigger: 'CREATED',
    eventKinds: [EventKind.PETITION],
    threshold: 1,
    windowDays: 1,
  },
  {
    rule: AlertRuleKind.HOUSE_REPEATED_INCIDENTS,
    trigger: 'CREATED',
    eventKinds: [EventKind.INCIDENT],
    threshold: 3,
    windowDays: 30,
  },
  {
    rule: AlertRuleKind.DISPUTE_ESCALATED_TWICE,
    trigger: 'ESCALATED',
    eventKinds: [EventKind.DISPUTE],
    threshold: 2,
    windowDays: 3650,
  },
  {
    rule: AlertRuleKind.SUPERVISED_PERSON_IN_INCIDENT,
    trigger: 'CREATED',
    eventKinds: [EventKind.INCIDENT],
    threshold: 1,
    windowDays: 1,
    tagKinds: [PersonTagKind.COMMUNITY_CORRECTION, PersonTagKind.RELEASED_AFTER_SENTENCE],
  },
]);
