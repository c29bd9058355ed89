import { createManualClock } from '../../src/shared/clock';
import { createLoopFixture, LoopFixture } from '../helpers/loop-fixture';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';
import { act, OPS } from './loop-operations';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const START = new Date('2031-03-02T01:00:00Z');
const clock = createManualClock(START);
let t: TestHub;
let f: LoopFixture;

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  await seedSmallCounty(t.orm);
  f = await createLoopFixture(t);
});
afterAll(() => t.stop());

async function reportDispute(summary: string, parties = f.personIds.slice(0, 2)) {
  return act(t, f.members.gridWorker, OPS.report, {
    input: {
      kind: 'DISPUTE',
      category: '邻里纠纷',
      summary,
      houseId: f.houseIds[0],
      parties: parties.map((personId) => ({ personId, role: 'PARTY' })),
      photos: ['https://photos.example.org/1.jpg'],
    },
  });
}

describe('the closed loop over GraphQL', () => {
  it('takes a dispute from report to close, going up from the grid through the village to the town', async () => {
    const reported = await reportDispute('两户因排水沟堵塞发生争执');
    expect(reported).toMatchObject({ status: 'REPORTED', tier: 'GRID', reporter: { id: f.members.gridWorker } });
    const id = reported.id;
    const run = (member: string, op: string, vars: Record<string, unknown> = {}) => act(t, member, op, { id, ...vars });

    await run(f.members.townStaff, OPS.review, { decision: 'ACCEPT' });
    await run(f.members.townStaff, OPS.assess, { riskLevel: 'MEDIUM', note: '可能激化' });
    const dispatched = await run(f.members.townStaff, OPS.dispatch, { unitId: f.units.grid });
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', tier: 'GRID', assignee: { id: f.units.grid } });
    expect(new Date(dispatched.deadline).getTime()).toBe(START.getTime() + 15 * DAY); // the dispute policy
    await run(f.members.gridWorker, OPS.accept);

    clock.advance(2 * DAY);
    const toVillage = await run(f.members.gridWorker, OPS.escalate, { reason: '网格调解未果' });
    expect(toVillage).toMatchObject({
      status: 'DISPATCHED',
      tier: 'VILLAGE',
      assignee: { id: f.units.village },
      escalations: 1,
    });
    await run(f.members.villageLeader, OPS.accept);
    const deadline = new Date(clock.now().getTime() + 5 * DAY).toISOString();
    const toTown = await run(f.members.villageLeader, OPS.escalate, { reason: '涉及宅基地边界', deadline });
    expect(toTown).toMatchObject({
      status: 'DISPATCHED',
      tier: 'TOWN',
      assignee: { id: f.units.town },
      escalations: 2,
      deadline,
    });

    await run(f.members.townStaff, OPS.accept);
    clock.advance(3 * DAY);
    const resolved = await run(f.members.townStaff, OPS.resolve, { outcome: 'MEDIATED', note: '达成调解协议' });
    expect(resolved).toMatchObject({ status: 'RESOLVED', outcome: 'MEDIATED', resolvedOnTime: true });
    await run(f.members.townStaff, OPS.followUp, { satisfaction: 4, comment: '双方满意' });
    const closed = await run(f.members.townStaff, OPS.close, { evaluation: '按期化解' });
    expect(closed.status).toBe('CLOSED');

    const event = await act(t, f.members.townStaff, OPS.event, { id });
    expect(event.history.map((h: { action: string }) => h.action)).toEqual([
      'REPORT',
      'ACCEPT_REVIEW',
      'ASSESS',
      'DISPATCH',
      'ACCEPT_TASK',
      'ESCALATE',
      'ACCEPT_TASK',
      'ESCALATE',
      'ACCEPT_TASK',
      'RESOLVE',
      'FOLLOW_UP',
      'CLOSE',
    ]);
    expect(event.history.map((h: { tier: string }) => h.tier)).toEqual([
      'GRID',
      'GRID',
      'GRID',
      'GRID',
      'GRID',
      'VILLAGE',
      'VILLAGE',
      'TOWN',
      'TOWN',
      'TOWN',
      'TOWN',
      'TOWN',
    ]);
    expect(event.history[5]).toMatchObject({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DISPATCHED',
      note: '网格调解未果',
      member: { id: f.members.gridWorker },
      unit: { id: f.units.grid },
    });
    expect(event.history[11]).toMatchObject({
      fromStatus: 'FOLLOWED_UP',
      toStatus: 'CLOSED',
      member: { id: f.members.townStaff },
    });
    expect(event.history[0].fromStatus).toBeNull();
    expect(event.satisfaction).toBe(4);

    const alerts = await t.graphql(
      `{ alerts(regionCode: "${f.townCode}", rules: [DISPUTE_ESCALATED_TWICE]) { rule event { id } } }`,
    );
    expect(alerts.data!.alerts).toEqual([{ rule: 'DISPUTE_ESCALATED_TWICE', event: { id } }]);

    const figures = await t.graphql(
      `query($scope: FiguresScope!, $from: DateTimeISO!, $to: DateTimeISO!) { figures(scope: $scope, from: $from, to: $to) {
        reported accepted resolved resolutionRate onTimeRate medianHoursToResolve satisfaction followedUp
        workers { member { id } reported rejected qualityRate } } }`,
      { scope: { regionCode: f.townCode }, from: '2031-03-01T00:00:00Z', to: '2031-04-01T00:00:00Z' },
    );
    expect(figures.errors).toBeUndefined();
    expect(figures.data!.figures).toEqual({
      reported: 1,
      accepted: 1,
      resolved: 1,
      resolutionRate: 1,
      onTimeRate: 1,
      medianHoursToResolve: 120,
      satisfaction: 4,
      followedUp: 1,
      workers: [{ member: { id: f.members.gridWorker }, reported: 1, rejected: 0, qualityRate: 1 }],
    });
  });

  it('marks a task supervised once time passes its deadline, and tells the unit above', async () => {
    clock.set(new Date('2031-05-04T02:00:00Z'));
    const { id } = await reportDispute('楼上漏水纠纷', [f.personIds[4]]);
    await act(t, f.members.townStaff, OPS.review, { id, decision: 'ACCEPT' });
    await act(t, f.members.townStaff, OPS.assess, { id, riskLevel: 'LOW' });
    await act(t, f.members.townStaff, OPS.dispatch, { id, unitId: f.units.grid });

    clock.advance(14 * DAY);
    expect((await t.hub.supervision.runOnce()).supervised).not.toContain(id);
    clock.advance(2 * DAY);
    expect((await t.hub.supervision.runOnce()).supervised).toContain(id);

    const event = await act(t, f.members.townStaff, OPS.event, { id });
    expect(event).toMatchObject({ status: 'DISPATCHED', supervised: true, tier: 'GRID' });
    expect(event.history.at(-1)).toMatchObject({
      action: 'SUPERVISE',
      fromStatus: 'DISPATCHED',
      toStatus: 'DISPATCHED',
      member: null,
    });
    const village = await t.graphql(`{ unit(id: "${f.units.village}") { notifications { kind event { id } } } }`);
    expect(village.data!.unit.notifications).toContainEqual({ kind: 'SUPERVISION', event: { id } });
    expect((await t.hub.supervision.runOnce()).supervised).not.toContain(id);
  });

  it('sends an overdue major hazard one tier up by itself where the policy says so', async () => {
    clock.set(new Date('2031-06-01T02:00:00Z'));
    const { id } = await act(t, f.members.gridWorker, OPS.report, {
      input: { kind: 'HAZARD', summary: '危房墙体开裂' },
    });
    await act(t, f.members.townStaff, OPS.review, { id, decision: 'ACCEPT' });
    await act(t, f.members.townStaff, OPS.assess, { id, riskLevel: 'MAJOR' });
    const dispatched = await act(t, f.members.townStaff, OPS.dispatch, { id, unitId: f.units.grid });
    expect(new Date(dispatched.deadline).getTime()).toBe(clock.now().getTime() + 24 * HOUR);

    clock.advance(25 * HOUR);
    const pass = await t.hub.supervision.runOnce();
    expect(pass.escalated).toEqual([id]);
    const event = await act(t, f.members.townStaff, OPS.event, { id });
    expect(event).toMatchObject({
      status: 'DISPATCHED',
      tier: 'VILLAGE',
      assignee: { id: f.units.village },
      supervised: false,
      escalations: 1,
    });
    expect(event.history.slice(-2).map((h: { action: string; member: unknown }) => [h.action, h.member])).toEqual([
      ['SUPERVISE', null],
      ['ESCALATE', null],
    ]);
    expect(new Date(event.deadline).getTime()).toBe(clock.now().getTime() + 24 * HOUR);
  });
});

describe("a unit's open tasks (待办)", () => {
  const headers = () => ({ 'x-govgraph-member': f.members.townStaff });
  const PAGE = `query($grid: ID!, $village: ID!, $first: Int!, $after: String) {
    grid: unit(id: $grid) { openTasks(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id deadline status } } }
    village: unit(id: $village) { openTasks(first: 5) { totalCount } } }`;

  it('lists dispatched and in-progress tasks soonest deadline first, by cursor, for several units at once', async () => {
    const base = clock.now().getTime();
    const ids: string[] = [];
    for (const [i, days] of [9, 3, 6].entries()) {
      const { id } = await reportDispute(`待办排序测试 ${i}`, f.personIds.slice(4 + i, 5 + i));
      await act(t, f.members.townStaff, OPS.review, { id, decision: 'ACCEPT' });
      await act(t, f.members.townStaff, OPS.assess, { id, riskLevel: 'LOW' });
      const deadline = new Date(base + days * DAY).toISOString();
      await act(t, f.members.townStaff, OPS.dispatch, { id, unitId: f.units.grid, deadline });
      ids.push(id);
    }
    const all = await t.graphql(PAGE, { grid: f.units.grid, village: f.units.village, first: 100 }, headers());
    expect(all.errors).toBeUndefined();
    const everything = all.data!.grid.openTasks;
    expect(everything.totalCount).toBe(everything.nodes.length);
    const deadlines = everything.nodes.map((n: { deadline: string }) => Date.parse(n.deadline));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const order = everything.nodes.map((n: { id: string }) => n.id);
    expect(order.filter((id: string) => ids.includes(id))).toEqual([ids[1], ids[2], ids[0]]);
    expect(everything.nodes.every((n: { status: string }) => ['DISPATCHED', 'IN_PROGRESS'].includes(n.status))).toBe(
      true,
    );

    const paged: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const res = await t.graphql(PAGE, { grid: f.units.grid, village: f.units.village, first: 2, after }, headers());
      const conn = res.data!.grid.openTasks;
      paged.push(...conn.nodes.map((n: { id: string }) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(paged).toEqual(order);
  });
});
