import { EventKind, RiskLevel } from '../../shared/enums';

/**
 * 限期办结 deadline policy: how long a task of a kind and risk level may take, and whether the
 * scheduler sends it one tier up by itself when it is overdue. `'*'` matches any.
 */
export interface DeadlinePolicy {
  kind: EventKind | '*';
  riskLevel: RiskLevel | '*';
  hours: number;
  autoEscalate: boolean;
}

/** Declares a policy list; the most specific match wins (kind and level, then either, then neither). */
export function defineDeadlinePolicies(policies: DeadlinePolicy[]): readonly DeadlinePolicy[] {
  for (const p of policies) {
    if (!(p.hours > 0)) throw new Error(`deadline policy ${p.kind}/${p.riskLevel} needs positive hours`);
  }
  return Object.freeze([...policies]);
}

const DAY = 24;

/** The county's defaults: a major hazard within 24 hours, a neighbour dispute within 15 days. */
export const DEFAULT_DEADLINE_POLICIES = defineDeadlinePolicies([
  { kind: EventKind.HAZARD, riskLevel: RiskLevel.MAJOR, hours: 24, autoEscalate: true },
  { kind: EventKind.HAZARD, riskLevel: RiskLevel.HIGH, hours: 3 * DAY, autoEscalate: true },
  { kind: '*', riskLevel: RiskLevel.MAJOR, hours: 2 * DAY, autoEscalate: true },
  { kind: '*', riskLevel: RiskLevel.HIGH, hours: 5 * DAY, autoEscalate: false },
  { kind: EventKind.DISPUTE, riskLevel: '*', hours: 15 * DAY, autoEscalate: false },
  { kind: EventKind.PETITION, riskLevel: '*', hours: 60 * DAY, autoEscalate: false },
  { kind: '*', riskLevel: '*', hours: 10 * DAY, autoEscalate: false },
]);

/** The policy for a kind and risk level; an unassessed event is treated as LOW. */
export function deadlinePolicyFor(
  policies: readonly DeadlinePolicy[],
  kind: EventKind,
  riskLevel: RiskLevel | null | undefined,
): DeadlinePolicy {
  const level = riskLevel ?? RiskLevel.LOW;
  const score = (p: DeadlinePolicy) => (p.kind === kind ? 2 : 0) + (p.riskLevel === level ? 1 : 0);
  const matching = policies.filter(
    (p) => (p.kind === '*' || p.kind === kind) && (p.riskLevel === '*' || p.riskLevel === level),
  );
  if (!matching.length) throw new Error(`no deadline policy matches ${kind}/${level}`);
  return matching.reduce((best, p) => (score(p) > score(best) ? p : best));
}

export function deadlineFrom(now: Date, policy: DeadlinePolicy): Date {
  return new Date(now.getTime() + policy.hours * 3600_000);
}
