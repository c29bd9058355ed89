import { createManualClock } from '../../src/shared/clock';
import { createLoopFixture, LoopFixture } from '../helpers/loop-fixture';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';
import { act, attempt, OPS } from './loop-operations';

const clock = createManualClock(new Date('2032-01-05T02:00:00Z'));
let t: TestHub;
let f: LoopFixture;

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  await seedSmallCounty(t.orm);
  f = await createLoopFixture(t);
});
afterAll(() => t.stop());

type Step =
  'review' | 'reject' | 'duplicate' | 'assess' | 'dispatch' | 'accept' | 'resolve' | 'escalate' | 'followUp' | 'close';

/** Each mutation, taken by a member who would be entitled to it at the right moment. */
function stepRequest(step: Step, id: string, otherId: string): [string, string, Record<string, unknown>] {
  const center = f.members.townStaff;
  const assignee = f.members.gridWorker;
  switch (step) {
    case 'review':
      return [center, OPS.review, { id, decision: 'ACCEPT' }];
    case 'reject':
      return [center, OPS.review, { id, decision: 'REJECT', reason: '不属实' }];
    case 'duplicate':
      return [center, OPS.review, { id, decision: 'DUPLICATE', duplicateOfId: otherId }];
    case 'assess':
      return [center, OPS.assess, { id, riskLevel: 'LOW' }];
    case 'dispatch':
      return [center, OPS.dispatch, { id, unitId: f.units.grid }];
    case 'accept':
      return [assignee, OPS.accept, { id }];
    case 'resolve':
      return [assignee, OPS.resolve, { id, outcome: 'RESOLVED', note: '已处理' }];
    case 'escalate':
      return [assignee, OPS.escalate, { id, reason: '需要上级协调' }];
    case 'followUp':
      return [center, OPS.followUp, { id, satisfaction: 5 }];
    case 'close':
      return [center, OPS.close, { id, evaluation: '办结' }];
  }
}

const ALL_STEPS: Step[] = [
  'review',
  'reject',
  'duplicate',
  'assess',
  'dispatch',
  'accept',
  'resolve',
  'escalate',
  'followUp',
  'close',
];
/** The path through the loop, and what each status allows (written out from the county's rules). */
const PATH: { status: string; allowed: Step[]; next?: Step }[] = [
  { status: 'REPORTED', allowed: ['review', 'reject', 'duplicate'], next: 'review' },
  { status: 'ACCEPTED', allowed: ['assess'], next: 'assess' },
  { status: 'ASSESSED', allowed: ['assess', 'dispatch'], next: 'dispatch' },
  { status: 'DISPATCHED', allowed: ['accept', 'escalate'], next: 'accept' },
  { status: 'IN_PROGRESS', allowed: ['resolve', 'escalate'], next: 'resolve' },
  { status: 'RESOLVED', allowed: ['followUp'], next: 'followUp' },
  { status: 'FOLLOWED_UP', allowed: ['close'], next: 'close' },
  { status: 'CLOSED', allowed: [] },
];

async function report(summary: string) {
  return act(t, f.members.gridWorker, OPS.report, { input: { kind: 'REQUEST', summary } });
}

async function expectRefused(id: string, step: Step, otherId: string, code: string, member?: string) {
  const before = await act(t, f.members.townStaff, OPS.event, { id });
  const [entitled, op, vars] = stepRequest(step, id, otherId);
  const res = await attempt(t, member ?? entitled, op, vars);
  expect({ step, code: res.errors?.[0]?.extensions?.code }).toEqual({ step, code });
  const after = await act(t, f.members.townStaff, OPS.event, { id });
  expect(after).toEqual(before);
}

describe('refused steps of the loop', () => {
  it('refuses every step the current status does not allow, and changes nothing', async () => {
    const other = await report('另一件诉求');
    const { id } = await report('路灯不亮');
    for (const stage of PATH) {
      const current = await act(t, f.members.townStaff, OPS.event, { id });
      expect(current.status).toBe(stage.status);
      for (const step of ALL_STEPS.filter((s) => !stage.allowed.includes(s)))
        await expectRefused(id, step, other.id, 'INVALID_TRANSITION');
      if (stage.next) await act(t, ...stepRequest(stage.next, id, other.id));
    }
    for (const [decision, status] of [
      ['reject', 'REJECTED'],
      ['duplicate', 'DUPLICATE'],
    ] as const) {
      const { id: ended } = await report(`将被${decision}`);
      const done = await act(t, ...stepRequest(decision, ended, other.id));
      expect(done.status).toBe(status);
      for (const step of ALL_STEPS) await expectRefused(ended, step, other.id, 'INVALID_TRANSITION');
    }
  });

  it('refuses a unit that may not act with FORBIDDEN, and an anonymous request with UNAUTHENTICATED', async () => {
    const other = await report('噪音扰民');
    const { id } = await report('占道经营');
    await expectRefused(id, 'review', other.id, 'FORBIDDEN', f.members.otherTownStaff);
    await expectRefused(id, 'review', other.id, 'FORBIDDEN', f.members.gridWorker);
    await act(t, ...stepRequest('review', id, other.id));
    await act(t, ...stepRequest('assess', id, other.id));
    await expectRefused(id, 'dispatch', other.id, 'FORBIDDEN', f.members.villageLeader);
    await act(t, ...stepRequest('dispatch', id, other.id));
    await expectRefused(id, 'accept', other.id, 'FORBIDDEN', f.members.villageLeader);
    await expectRefused(id, 'accept', other.id, 'FORBIDDEN', f.members.liaison);
    const anonymous = await t.graphql(OPS.accept, { id });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a stale version with CONFLICT, and lets only one of two concurrent steps through', async () => {
    const other = await report('井盖缺失');
    const { id, version } = await report('垃圾清运不及时');
    await act(t, ...stepRequest('review', id, other.id));
    const [staff, op, vars] = stepRequest('assess', id, other.id);
    const stale = await attempt(t, staff, op, { ...vars, expectedVersion: version });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', version: version + 1 });
    const racing = await Promise.all(
      ['LOW', 'HIGH', 'MEDIUM', 'MAJOR'].map((riskLevel) =>
        attempt(t, staff, op, { ...vars, riskLevel, expectedVersion: version + 1 }),
      ),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);
    const event = await act(t, staff, OPS.event, { id });
    expect(event.history.filter((h: { action: string }) => h.action === 'ASSESS')).toHaveLength(1);
  });

  it.each([
    ['reason', OPS.review, { decision: 'REJECT', reason: '  ' }],
    ['duplicateOfId', OPS.review, { decision: 'DUPLICATE' }],
    ['satisfaction', OPS.followUp, { satisfaction: 6 }],
  ])('names a bad %s with BAD_USER_INPUT', async (argument, op, vars) => {
    const { id } = await report(`输入检查 ${argument}`);
    const res = await attempt(t, f.members.townStaff, op, { id, ...vars });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
