import { EventStatus, LoopAction, ResolutionOutcome, Tier } from '../../src/domain/shared/enums';
import { availableActions, planTransition, Standing } from '../../src/domain/events/loop/state-machine';

const S = EventStatus;
const A = LoopAction;

/** The loop as the governance documents describe it, written out independently of the module's table. */
const EXPECTED: Record<LoopAction, { from: EventStatus[]; to: EventStatus | 'same'; by: Standing }> = {
  [A.REPORT]: { from: [], to: S.REPORTED, by: 'MEMBER' },
  [A.ACCEPT_REVIEW]: { from: [S.REPORTED], to: S.ACCEPTED, by: 'CENTER' },
  [A.REJECT]: { from: [S.REPORTED], to: S.REJECTED, by: 'CENTER' },
  [A.MARK_DUPLICATE]: { from: [S.REPORTED], to: S.DUPLICATE, by: 'CENTER' },
  [A.ASSESS]: { from: [S.ACCEPTED, S.ASSESSED], to: S.ASSESSED, by: 'CENTER' },
  [A.DISPATCH]: { from: [S.ASSESSED], to: S.DISPATCHED, by: 'CENTER' },
  [A.ACCEPT_TASK]: { from: [S.DISPATCHED], to: S.IN_PROGRESS, by: 'ASSIGNEE' },
  [A.RESOLVE]: { from: [S.IN_PROGRESS], to: S.RESOLVED, by: 'ASSIGNEE' },
  [A.ESCALATE]: { from: [S.DISPATCHED, S.IN_PROGRESS], to: S.DISPATCHED, by: 'ASSIGNEE' },
  [A.SUPERVISE]: { from: [S.DISPATCHED, S.IN_PROGRESS], to: 'same', by: 'SCHEDULER' },
  [A.FOLLOW_UP]: { from: [S.RESOLVED], to: S.FOLLOWED_UP, by: 'CENTER' },
  [A.CLOSE]: { from: [S.FOLLOWED_UP], to: S.CLOSED, by: 'CENTER' },
};

const ALL: Set<Standing> = new Set(['CENTER', 'ASSIGNEE', 'MEMBER', 'SCHEDULER']);
const cases = Object.values(A).flatMap((action) => Object.values(S).map((status) => [action, status] as const));

describe('the closed-loop state machine', () => {
  it.each(cases)('%s from %s follows the loop', (action, status) => {
    const expected = EXPECTED[action];
    const plan = planTransition({ status, tier: Tier.GRID, outcome: ResolutionOutcome.RESOLVED }, action, ALL);
    if (expected.from.includes(status)) {
      expect(plan).toEqual({ ok: true, to: expected.to === 'same' ? status : expected.to });
    } else {
      expect(plan).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    }
  });

  it.each(Object.values(A).filter((a) => a !== A.REPORT))(
    'refuses %s to a unit without the standing it needs',
    (action) => {
      const from = EXPECTED[action].from[0];
      const others = new Set(
        [...ALL].filter((s) => s !== EXPECTED[action].by && !(action === A.ESCALATE && s !== 'MEMBER')),
      );
      const plan = planTransition({ status: from, tier: Tier.GRID }, action, others);
      expect(plan).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(planTransition({ status: from, tier: Tier.GRID }, action, new Set([EXPECTED[action].by])).ok).toBe(true);
    },
  );

  it('lets a center, the assignee or the scheduler send a task up, but nobody past the county', () => {
    for (const standing of ['CENTER', 'ASSIGNEE', 'SCHEDULER'] as Standing[]) {
      expect(planTransition({ status: S.IN_PROGRESS, tier: Tier.TOWN }, A.ESCALATE, new Set([standing])).ok).toBe(true);
    }
    expect(planTransition({ status: S.IN_PROGRESS, tier: Tier.COUNTY }, A.ESCALATE, ALL)).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
  });

  it('sends a handled event up only when it was not resolved', () => {
    const failed = { status: S.RESOLVED, tier: Tier.GRID, outcome: ResolutionOutcome.NOT_RESOLVED };
    expect(planTransition(failed, A.ESCALATE, new Set(['ASSIGNEE']))).toEqual({ ok: true, to: S.DISPATCHED });
    const mediated = { ...failed, outcome: ResolutionOutcome.MEDIATED };
    expect(planTransition(mediated, A.ESCALATE, new Set(['ASSIGNEE']))).toMatchObject({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
  });

  it('checks the loop before the rights, so a wrong step is INVALID_TRANSITION for anyone', () => {
    expect(planTransition({ status: S.CLOSED, tier: Tier.GRID }, A.ACCEPT_TASK, new Set(['MEMBER']))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('offers the assignee of a dispatched task exactly accepting, going up and nothing else', () => {
    expect(availableActions({ status: S.DISPATCHED, tier: Tier.GRID }, new Set(['ASSIGNEE', 'MEMBER']))).toEqual([
      A.ACCEPT_TASK,
      A.ESCALATE,
    ]);
  });
});
