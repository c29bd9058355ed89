import { civilAssistanceConnector } from '../../connectors/civil-affairs/assistance.connector';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { generateDemoCounty } from '../../src/demo';
import { loadRegistry } from '../../src/domain/grids/registry.service';
import type { RegionLevel } from '../../src/domain/shared/enums';
import { generateIdentityNumber } from '../../src/identity';
import { kafkaBrokers, randomTopicName, waitFor } from '../helpers/kafka-broker';
import { resetDatabase, startTestHub, TestHub } from '../helpers/test-hub';
import { produce, testAdapter } from '../connectors/shared/kafka-harness';
import { ChangeConsumer, consumeChanges } from './helpers/change-consumer';
import { householdMessage } from './helpers/household-message';

const PREFIX = `${randomTopicName('relay')}.`;
const CHANGES = `${PREFIX}hub.changes`;
const ASSISTANCE = `${PREFIX}${civilAssistanceConnector.topic}`;
const GROUPS = randomTopicName('relay-groups');

const household = householdMessage;

const hubEnv = (intervalMs: string) => ({
  KAFKA_BROKERS: kafkaBrokers().join(','),
  KAFKA_TOPIC_PREFIX: PREFIX,
  KAFKA_GROUP_PREFIX: GROUPS,
  CHANGE_RELAY_INTERVAL_MS: intervalMs,
});

async function unpublished(t: { orm: TestHub['orm'] }): Promise<number> {
  const [row] = await execute<{ n: string }[]>(
    t.orm.em.fork(),
    'select count(*) as n from outbox where published_at is null',
  );
  return Number(row.n);
}

async function relayReady(t: TestHub): Promise<void> {
  await waitFor(
    async () => {
      const body = (await (await fetch(`${t.url}/readyz`)).json()) as { checks: Record<string, { ok: boolean }> };
      return body.checks.changeRelay?.ok === true;
    },
    { what: 'the change relay ready in /readyz' },
  );
}

let changes: ChangeConsumer | undefined;

beforeAll(async () => {
  // Earlier test files leave unpublished outbox rows in the shared database; this hub must not publish them.
  const orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 2 });
  try {
    await resetDatabase(orm);
    const registry = generateDemoCounty({ people: 10, seed: 1 }).registry;
    await loadRegistry(orm.em.fork(), {
      regions: registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
      grids: [],
    });
  } finally {
    await orm.close();
  }
});
afterAll(() => changes?.stop());

describe('the hub runs the change relay when Kafka is configured', () => {
  it('publishes created, updated and merged changes to the prefixed hub.changes, keyed by entity id, in order', async () => {
    const t = await startTestHub(hubEnv('100'), { connectors: [civilAssistanceConnector] });
    try {
      await relayReady(t);
      changes = await consumeChanges(CHANGES);
      const received = changes.received;
      const number = generateIdentityNumber({ divisionCode: '371326', birthDate: '1980-01-02', sequence: 31 });
      const step = async (messages: ReturnType<typeof household>[], total: number) => {
        await produce(testAdapter(), ASSISTANCE, messages);
        await waitFor(async () => received.length >= total, { what: `${total} changes on ${CHANGES}` });
      };
      await step(
        [
          household(
            'MZ-C-1',
            { 户主姓名: '孙丽', 户主身份证号: number, 联系电话: '13700000001' },
            '2024-01-01T08:00:00+08:00',
          ),
        ],
        1,
      );
      await step(
        [
          household(
            'MZ-C-1',
            { 户主姓名: '孙丽', 户主身份证号: number, 联系电话: '13700000002' },
            '2024-02-01T08:00:00+08:00',
          ),
        ],
        2,
      );
      await step([household('MZ-C-2', { 户主姓名: '周强', 联系电话: '13700000009' }, '2024-02-01T08:00:00+08:00')], 3);
      const people = await execute<{ id: string; name: string }[]>(t.orm.em.fork(), 'select id, name from person');
      const [sun, zhou] = ['孙丽', '周强'].map((name) => people.find((p) => p.name === name)!.id);
      const merged = await t.graphql(
        `mutation($s: ID!, $m: ID!) { mergePeople(survivorId: $s, mergedId: $m, reason: "same person") { id } }`,
        { s: sun, m: zhou },
      );
      expect(merged.errors).toBeUndefined();
      await waitFor(async () => received.length >= 5, { what: 'the merge on the topic' });

      expect(received.map((c) => [c.entityId, c.change])).toEqual([
        [sun, 'created'],
        [sun, 'updated'],
        [zhou, 'created'],
        [zhou, 'merged'],
        [sun, 'updated'],
      ]);
      expect(received.every((c) => c.key === c.entityId && c.entityType === 'PERSON')).toBe(true);
      const ids = received.map((c) => Number(c.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(await unpublished(t)).toBe(0);

      const metrics = await (await fetch(`${t.url}/metrics`)).text();
      expect(metrics).toMatch(/^govgraph_change_relay_published_total 5$/m);
      expect(metrics).toMatch(/^govgraph_change_relay_lag 0$/m);
      expect(metrics).toMatch(/^govgraph_change_relay_errors_total 0$/m);
    } finally {
      await t.stop();
    }
  });

  it('publishes on stop what the connectors wrote since the last poll', async () => {
    // Polling once at start and then only every ten minutes: only the flush on stop can publish the new row.
    const t = await startTestHub(hubEnv('600000'), { connectors: [civilAssistanceConnector] });
    let stopped = false;
    try {
      await relayReady(t);
      const before = changes!.received.length;
      await produce(testAdapter(), ASSISTANCE, [
        household('MZ-C-3', { 户主姓名: '吴敏', 联系电话: '13700000021' }, '2024-03-01T08:00:00+08:00'),
      ]);
      await waitFor(async () => (await unpublished(t)) === 1, { what: 'the new person in the outbox' });
      const [person] = await execute<{ id: string }[]>(t.orm.em.fork(), `select id from person where name = '吴敏'`);

      await t.stop();
      stopped = true;
      const orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 1 });
      try {
        expect(await unpublished({ orm })).toBe(0);
      } finally {
        await orm.close();
      }
      await waitFor(async () => changes!.received.length > before, { what: 'the flushed change on the topic' });
      expect(changes!.received.slice(before).map((c) => [c.key, c.change])).toEqual([[person.id, 'created']]);
    } finally {
      if (!stopped) await t.stop();
    }
  });
});
