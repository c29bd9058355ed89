import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { onEventCreated, onEventsCreated } from '../../src/domain/events/loop/on-event-created';
import { createManualClock } from '../../src/shared/clock';
import { uuidv7 } from '../../src/shared/ids';
import { createLoopFixture, LoopFixture } from '../helpers/loop-fixture';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';
import { waitFor } from '../helpers/wait-for';
import { act, OPS } from './loop-operations';

const DAY = 86_400_000;
const clock = createManualClock(new Date('2033-02-01T02:00:00Z'));
let t: TestHub;
let f: LoopFixture;

beforeAll(async () => {
  t = await startTestHub({}, { clock });
  await seedSmallCounty(t.orm);
  f = await createLoopFixture(t);
});
afterAll(() => t.stop());

function report(kind: string, summary: string, extra: Record<string, unknown> = {}) {
  return act(t, f.members.gridWorker, OPS.report, { input: { kind, summary, ...extra } });
}

const ALERTS = `query($region: String!, $rules: [AlertRuleKind!]) { alerts(regionCode: $region, rules: $rules) { rule message event { id } person { id } house { id } } }`;

async function alertsOf(rule: string) {
  const res = await t.graphql(ALERTS, { region: f.townCode, rules: [rule] });
  expect(res.errors).toBeUndefined();
  return res.data!.alerts as Record<string, any>[];
}

describe('cross-channel links', () => {
  it('links an incident about the same neighbours as RELATED, and a second report of the dispute as a likely DUPLICATE', async () => {
    const parties = [f.personIds[0], f.personIds[1]].map((personId) => ({ personId, role: 'PARTY' }));
    const dispute = await report('DISPUTE', '宅基地边界纠纷', { parties });
    clock.advance(DAY);
    const incident = await report('INCIDENT', '双方因边界发生推搡报警', { parties: [parties[0]] });
    const again = await report('DISPUTE', '边界纠纷再次上报', { parties });
    const seen = await act(t, f.members.townStaff, OPS.event, { id: again.id });
    expect(seen.related).toEqual(
      expect.arrayContaining([
        { kind: 'RELATED', reason: 'shared parties', event: { id: dispute.id } },
        { kind: 'DUPLICATE', reason: 'possible duplicate: shared parties', event: { id: dispute.id } },
        { kind: 'RELATED', reason: 'shared parties', event: { id: incident.id } },
      ]),
    );
    const fromIncident = await act(t, f.members.townStaff, OPS.event, { id: incident.id });
    expect(fromIncident.related.filter((r: { kind: string }) => r.kind === 'DUPLICATE')).toEqual([]);
    const fromDispute = await act(t, f.members.townStaff, OPS.event, { id: dispute.id });
    expect(fromDispute.related.map((r: { event: { id: string } }) => r.event.id)).toEqual(
      expect.arrayContaining([incident.id, again.id]),
    );
  });
});

describe('early warnings', () => {
  it('warns once when one person petitions three times in 90 days', async () => {
    const parties = [{ personId: f.personIds[2], role: 'PETITIONER' }];
    await report('PETITION', '反映征地补偿', { parties });
    clock.advance(30 * DAY);
    await report('PETITION', '再次反映征地补偿', { parties });
    expect(await alertsOf('REPEATED_PETITIONS')).toEqual([]);
    clock.advance(30 * DAY);
    const third = await report('PETITION', '第三次反映征地补偿', { parties });
    clock.advance(DAY);
    await report('PETITION', '第四次反映', { parties });
    expect(await alertsOf('REPEATED_PETITIONS')).toEqual([
      {
        rule: 'REPEATED_PETITIONS',
        message: '3 petitions in 90 days by one person',
        event: { id: third.id },
        person: { id: f.personIds[2] },
        house: null,
      },
    ]);
  });

  it('warns of a level-skipping petition arriving from the petitions feed through onEventCreated', async () => {
    const id = uuidv7();
    await t.orm.em.getConnection().execute(
      `insert into hub_event (id, kind, summary, reported_at, region_code, status, tier, details, version)
       values (?, 'PETITION', '越级到市上访', ?, ?, 'REPORTED', 'GRID', '{"levelSkipping": true}', 1)`,
      [id, clock.now().toISOString(), f.villageCode],
    );
    const { alerts } = await onEventCreated(t.orm.em.fork(), id, { clock });
    expect(alerts.map((a) => a.rule)).toEqual(['LEVEL_SKIPPING_PETITION']);
    expect((await alertsOf('LEVEL_SKIPPING_PETITION')).map((a) => a.event.id)).toEqual([id]);
  });

  it('warns when a person under community correction is party to a new incident, without saying so in the message', async () => {
    const personId = f.personIds[5];
    await t.orm.em
      .getConnection()
      .execute(
        `insert into person_tag (id, person_id, kind, sensitive, valid_from) values (?, ?, 'COMMUNITY_CORRECTION', true, '2030-01-01')`,
        [uuidv7(), personId],
      );
    const incident = await report('INCIDENT', '酒后滋事', { parties: [{ personId, role: 'SUSPECT' }] });
    const [alert] = await alertsOf('SUPERVISED_PERSON_IN_INCIDENT');
    expect(alert).toMatchObject({ event: { id: incident.id }, person: { id: personId } });
    expect(alert.message).not.toMatch(/CORRECTION|矫正/);
  });

  it('pushes an alert to a command center subscribed over a real WebSocket: three incidents at one house in 30 days', async () => {
    const client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${t.adminToken}` },
    });
    const received: Record<string, any>[] = [];
    const subscribed = new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.on('error', reject);
    });
    const unsubscribe = client.subscribe(
      {
        query: `subscription($region: String) { alertRaised(regionCode: $region) { rule message house { id } event { id kind } region { code } } }`,
        variables: { region: f.townCode },
      },
      {
        next: (message) => received.push(message.data!.alertRaised as Record<string, any>),
        error: (err) => received.push({ error: err }),
        complete: () => undefined,
      },
    );
    try {
      await subscribed;
      const houseId = f.houseIds[0];
      expect(houseId).toBeDefined();
      for (const day of [0, 10, 20]) {
        clock.advance(day ? 10 * DAY : 0);
        await report('INCIDENT', `第${day / 10 + 1}次警情`, { houseId });
      }
      const alert = await waitFor(async () => received.find((a) => a.rule === 'HOUSE_REPEATED_INCIDENTS'), {
        what: 'the house alert over WebSocket',
        timeoutMs: 10_000,
      });
      expect(alert).toMatchObject({
        message: '3 incidents in 30 days at one house',
        house: { id: houseId },
        event: { kind: 'INCIDENT' },
        region: { code: f.villageCode },
      });
      expect(received.filter((a) => a.error)).toEqual([]);
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });
});

describe('a batch of new events (as an ingest batch brings them)', () => {
  // Department events are written first, then the hook runs once over all of them.
  async function insertEvent(kind: string, summary: string, reportedAt: Date, personIds: string[]): Promise<string> {
    const id = uuidv7();
    await t.orm.em.getConnection().execute(
      `insert into hub_event (id, kind, summary, reported_at, region_code, status, tier, details, version)
       values (?, ?, ?, ?, ?, 'REPORTED', 'GRID', '{}', 1)`,
      [id, kind, summary, reportedAt.toISOString(), f.villageCode],
    );
    for (const personId of personIds)
      await t.orm.em
        .getConnection()
        .execute(`insert into event_party (id, event_id, person_id, role) values (?, ?, ?, 'PARTY')`, [
          uuidv7(),
          id,
          personId,
        ]);
    return id;
  }

  it('warns once, on the event that crossed the threshold, and links the events of the batch to each other', async () => {
    const person = f.personIds[6];
    const other = f.personIds[7];
    const at = (daysAgo: number) => new Date(clock.now().getTime() - daysAgo * DAY);
    const petitions = [
      await insertEvent('PETITION', '批量一', at(40), [person]),
      await insertEvent('PETITION', '批量二', at(20), [person]),
      await insertEvent('PETITION', '批量三', at(10), [person]),
      await insertEvent('PETITION', '批量四', at(5), [person]),
    ];
    const dispute = await insertEvent('DISPUTE', '批量纠纷', at(3), [other]);
    const again = await insertEvent('DISPUTE', '批量纠纷再报', at(2), [other]);

    const { alerts, links } = await onEventsCreated(t.orm.em.fork(), [...petitions, dispute, again], { clock });

    const repeated = alerts.filter((a) => a.rule === 'REPEATED_PETITIONS');
    expect(repeated.map((a) => [a.event.id, a.person?.id, a.message])).toEqual([
      [petitions[2], person, '3 petitions in 90 days by one person'],
    ]);
    expect(links).toBeGreaterThanOrEqual(2);
    const seen = await act(t, f.members.townStaff, OPS.event, { id: again });
    expect(seen.related).toEqual(
      expect.arrayContaining([
        { kind: 'RELATED', reason: 'shared parties', event: { id: dispute } },
        { kind: 'DUPLICATE', reason: 'possible duplicate: shared parties', event: { id: dispute } },
      ]),
    );
    const fourth = await act(t, f.members.townStaff, OPS.event, { id: petitions[3] });
    const relatedTo = (kind: string) =>
      fourth.related
        .filter((r: { kind: string }) => r.kind === kind)
        .map((r: { event: { id: string } }) => r.event.id)
        .sort();
    expect(relatedTo('RELATED')).toEqual(petitions.slice(0, 3).sort());
    expect(relatedTo('DUPLICATE')).toEqual([petitions[2]]); // 5 days apart; the others are older than 7 days

    // The same events again: the links are kept once, and the subject is not warned about twice.
    const repeat = await onEventsCreated(t.orm.em.fork(), petitions, { clock });
    expect(repeat.alerts).toEqual([]);
  });

  it('refuses an event id that does not exist, naming it', async () => {
    const missing = uuidv7();
    await expect(onEventsCreated(t.orm.em.fork(), [missing], { clock })).rejects.toThrow(missing);
  });
});
