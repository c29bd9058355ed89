import { EventStatus, LoopAction, ResolutionOutcome, Tier } from '../../shared/enums';

/**
 * 闭环状态机 the closed loop as a table: for every action, the statuses it may start from, the status
 * it leads to, who may take it, and any extra condition. Pure: no database, no clock, no GraphQL,
 * so the whole table is tested on its own and the service only asks it.
 */

/** How the acting unit stands to an event; computed by the service, consumed here. */
export type Standing =
  /** a governance center (town or county) whose area holds the event: reviews, dispatches, follows up */
  | 'CENTER'
  /** the unit the current task is assigned to: accepts, handles, asks to go up */
  | 'ASSIGNEE'
  /** any member of any unit: may report */
  | 'MEMBER'
  /** the deadline scheduler */
  | 'SCHEDULER';

export interface LoopState {
  status: EventStatus;
  tier: Tier;
  outcome?: ResolutionOutcome | null;
}

interface TransitionRule {
  from: readonly EventStatus[];
  /** 'UNCHANGED': the step is recorded but the status stays (督办 marks, it does not move). */
  to: EventStatus | 'UNCHANGED';
  by: readonly Standing[];
  /** An extra condition on the state; returns why it fails, or null. */
  unless?: (state: LoopState) => string | null;
}

const OPEN_TASK = [EventStatus.DISPATCHED, EventStatus.IN_PROGRESS] as const;

export const LOOP_TRANSITIONS: Readonly<Record<LoopAction, TransitionRule>> = {
  [LoopAction.REPORT]: { from: [], to: EventStatus.REPORTED, by: ['MEMBER'] },
  [LoopAction.ACCEPT_REVIEW]: { from: [EventStatus.REPORTED], to: EventStatus.ACCEPTED, by: ['CENTER'] },
  [LoopAction.REJECT]: { from: [EventStatus.REPORTED], to: EventStatus.REJECTED, by: ['CENTER'] },
  [LoopAction.MARK_DUPLICATE]: { from: [EventStatus.REPORTED], to: EventStatus.DUPLICATE, by: ['CENTER'] },
  [LoopAction.ASSESS]: { from: [EventStatus.ACCEPTED, EventStatus.ASSESSED], to: EventStatus.ASSESSED, by: ['CENTER'] },
  [LoopAction.DISPATCH]: { from: [EventStatus.ASSESSED], to: EventStatus.DISPATCHED, by: ['CENTER'] },
  [LoopAction.ACCEPT_TASK]: { from: [EventStatus.DISPATCHED], to: EventStatus.IN_PROGRESS, by: ['ASSIGNEE'] },
  [LoopAction.RESOLVE]: { from: [EventStatus.IN_PROGRESS], to: EventStatus.RESOLVED, by: ['ASSIGNEE'] },
  [LoopAction.ESCALATE]: {
    from: [...OPEN_TASK, EventStatus.RESOLVED],
    to: EventStatus.DISPATCHED,
    by: ['ASSIGNEE', 'CENTER', 'SCHEDULER'],
    unless: (state) => {
      if (state.status === EventStatus.RESOLVED && state.outcome !== ResolutionOutcome.NOT_RESOLVED) {
        return 'a handled event goes up only when it was not resolved';
      }
      return state.tier === Tier.COUNTY ? 'the county is the top tier' : null;
    },
  },
  [LoopAction.SUPERVISE]: { from: OPEN_TASK, to: 'UNCHANGED', by: ['SCHEDULER'] },
  [LoopAction.FOLLOW_UP]: { from: [EventStatus.RESOLVED], to: EventStatus.FOLLOWED_UP, by: ['CENTER'] },
  [LoopAction.CLOSE]: { from: [EventStatus.FOLLOWED_UP], to: EventStatus.CLOSED, by: ['CENTER'] },
};

export type TransitionPlan =
  { ok: true; to: EventStatus } | { ok: false; code: 'INVALID_TRANSITION' | 'FORBIDDEN'; reason: string };

/**
 * Decides one step: INVALID_TRANSITION when the action cannot start from the state (checked
 * first, so a caller learns the loop's rule before its own rights), FORBIDDEN when none of the
 * actor's standings may take it, else the status it leads to.
 */
export function planTransition(state: LoopState, action: LoopAction, standings: ReadonlySet<Standing>): TransitionPlan {
  const rule = LOOP_TRANSITIONS[action];
  if (!rule.from.includes(state.status)) {
    return { ok: false, code: 'INVALID_TRANSITION', reason: `${action} is not possible from ${state.status}` };
  }
  const why = rule.unless?.(state);
  if (why) return { ok: false, code: 'INVALID_TRANSITION', reason: `${action} is not possible: ${why}` };
  if (!rule.by.some((standing) => standings.has(standing))) {
    return { ok: false, code: 'FORBIDDEN', reason: `${action} may be taken only by ${rule.by.join(' or ')}` };
  }
  return { ok: true, to: rule.to === 'UNCHANGED' ? state.status : rule.to };
}

/** The actions the actor could take now, for apps that show only the buttons that work. */
export function availableActions(state: LoopState, standings: ReadonlySet<Standing>): LoopAction[] {
  return (Object.keys(LOOP_TRANSITIONS) as LoopAction[]).filter(
    (action) => planTransition(state, action, standings).ok,
  );
}

/** Statuses in which an event is still open (not closed, rejected or a duplicate). */
export const OPEN_STATUSES: readonly EventStatus[] = Object.values(EventStatus).filter(
  (s) => s !== EventStatus.CLOSED && s !== EventStatus.REJECTED && s !== EventStatus.DUPLICATE,
);
export const OPEN_TASK_STATUSES: readonly EventStatus[] = OPEN_TASK;
