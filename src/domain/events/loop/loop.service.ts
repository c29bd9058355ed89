import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden } from '../../../graphql/errors';
import {
  LoopAction,
  NotificationKind,
  ResolutionOutcome,
  ReviewDecision,
  RiskLevel,
  UnitKind,
} from '../../shared/enums';
import { checkedId } from '../../shared/id-argument';
import type { Actor } from '../../units/actor';
import { Notification } from '../../units/notification.entity';
import { Unit } from '../../units/unit.entity';
import { HubEvent } from '../hub-event.entity';
import { deadlineFrom, deadlinePolicyFor } from './deadline-policies';
import type { LoopSettings } from './loop-settings';
import { centerCovers } from './standing';
import { runTransition } from './transition';
import { escalateToParent } from './escalation';

/** What every step receives: the request's em, the acting member, the loop's clock and policies. */
export interface StepContext {
  em: EntityManager;
  actor: Actor;
  settings: LoopSettings;
}

export interface StepArgs {
  eventId: string;
  expectedVersion?: number | null;
}

function required(value: string | null | undefined, argument: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw badInput(argument, 'is required for this step');
  return trimmed;
}

function checkedDeadline(deadline: Date | null | undefined, now: Date): Date | undefined {
  if (deadline && deadline <= now) throw badInput('deadline', 'must be in the future');
  return deadline ?? undefined;
}

const REVIEW_ACTIONS = {
  [ReviewDecision.ACCEPT]: LoopAction.ACCEPT_REVIEW,
  [ReviewDecision.REJECT]: LoopAction.REJECT,
  [ReviewDecision.DUPLICATE]: LoopAction.MARK_DUPLICATE,
};

/** 审核筛查 accept, reject (a reason is required) or mark as a duplicate of another event. */
export async function reviewEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { decision: ReviewDecision; reason?: string | null; duplicateOfId?: string | null },
): Promise<HubEvent> {
  const reason = args.decision === ReviewDecision.REJECT ? required(args.reason, 'reason') : args.reason;
  const duplicateOfId =
    args.decision === ReviewDecision.DUPLICATE
      ? checkedId(required(args.duplicateOfId, 'duplicateOfId'), 'duplicateOfId')
      : null;
  return runTransition(em, {
    ...args,
    action: REVIEW_ACTIONS[args.decision],
    actor,
    at: settings.clock.now(),
    note: reason,
    apply: async (event, tx) => {
      if (!duplicateOfId) return;
      if (duplicateOfId === event.id) throw badInput('duplicateOfId', 'an event is not a duplicate of itself');
      const original = await tx.findOne(HubEvent, { id: duplicateOfId });
      if (!original) throw badInput('duplicateOfId', `event ${duplicateOfId} does not exist`);
      event.duplicateOf = original;
    },
  });
}

/** 风险研判 sets the risk level, with a note. */
export function assessEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { riskLevel: RiskLevel; note?: string | null },
) {
  return runTransition(em, {
    ...args,
    action: LoopAction.ASSESS,
    actor,
    at: settings.clock.now(),
    note: args.note,
    apply: (event) => {
      event.riskLevel = args.riskLevel;
    },
  });
}

/**
 * 分流交办 gives the task to a unit in the center's area, or to a department office (中心吹哨、
 * 部门报到), with the deadline given or the policy's for the kind and risk level; notifies the unit.
 */
export function dispatchEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { unitId: string; deadline?: Date | null; note?: string | null },
): Promise<HubEvent> {
  const now = settings.clock.now();
  const given = checkedDeadline(args.deadline, now);
  const unitId = checkedId(args.unitId, 'unitId');
  return runTransition(em, {
    ...args,
    action: LoopAction.DISPATCH,
    actor,
    at: now,
    note: args.note,
    apply: async (event, tx) => {
      const unit = await tx.findOne(Unit, { id: unitId });
      if (!unit) throw badInput('unitId', `unit ${unitId} does not exist`);
      if (unit.kind !== UnitKind.DEPARTMENT_OFFICE && !centerCovers(actor.unit.region.code, unit.region.code)) {
        throw forbidden(`unit ${unit.name} is outside the area of ${actor.unit.name}`);
      }
      event.assignee = unit;
      event.tier = unit.tier;
      event.deadline = given ?? deadlineFrom(now, deadlinePolicyFor(settings.policies, event.kind, event.riskLevel));
      event.dispatchedAt ??= now;
      event.supervised = false;
      tx.create(
        Notification,
        { unit, event, kind: NotificationKind.DISPATCHED, message: `交办 ${event.summary}` },
        { partial: true },
      );
    },
  });
}

/** 签收 the assigned unit takes the task. */
export function acceptEvent({ em, actor, settings }: StepContext, args: StepArgs & { note?: string | null }) {
  return runTransition(em, {
    ...args,
    action: LoopAction.ACCEPT_TASK,
    actor,
    at: settings.clock.now(),
    note: args.note,
  });
}

/** 分类处置 records the outcome; only a resolved or mediated outcome counts as handled in time or not. */
export function resolveEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { outcome: ResolutionOutcome; note: string },
) {
  const note = required(args.note, 'note');
  const now = settings.clock.now();
  return runTransition(em, {
    ...args,
    action: LoopAction.RESOLVE,
    actor,
    at: now,
    note,
    apply: (event) => {
      event.outcome = args.outcome;
      if (args.outcome === ResolutionOutcome.NOT_RESOLVED) return;
      event.resolvedAt = now;
      event.resolvedOnTime = !event.deadline || now <= event.deadline;
    },
  });
}

/** 上报 sends the task to the unit one tier up, with the reason and a new deadline (given or the policy's). */
export function escalateEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { reason: string; deadline?: Date | null },
) {
  const reason = required(args.reason, 'reason');
  const now = settings.clock.now();
  const given = checkedDeadline(args.deadline, now);
  return runTransition(em, {
    ...args,
    action: LoopAction.ESCALATE,
    actor,
    at: now,
    note: reason,
    apply: (event, tx) => escalateToParent(tx, event, settings, now, given),
  });
}

/** 反馈回访 the return visit: satisfaction 1–5 and the comment. */
export function followUpEvent(
  { em, actor, settings }: StepContext,
  args: StepArgs & { satisfaction: number; comment?: string | null },
) {
  if (!Number.isInteger(args.satisfaction) || args.satisfaction < 1 || args.satisfaction > 5) {
    throw badInput('satisfaction', 'must be an integer from 1 to 5');
  }
  return runTransition(em, {
    ...args,
    action: LoopAction.FOLLOW_UP,
    actor,
    at: settings.clock.now(),
    note: args.comment,
    apply: (event) => {
      event.satisfaction = args.satisfaction;
    },
  });
}

/** 跟踪问效 closes the event with the evaluation. */
export function closeEvent({ em, actor, settings }: StepContext, args: StepArgs & { evaluation: string }) {
  const evaluation = required(args.evaluation, 'evaluation');
  const now = settings.clock.now();
  return runTransition(em, {
    ...args,
    action: LoopAction.CLOSE,
    actor,
    at: now,
    note: evaluation,
    apply: (event) => {
      event.evaluation = evaluation;
      event.closedAt = now;
    },
  });
}
