import { CONNECTORS } from '../../connectors';
import { createEmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { createKafka, RawMessage } from '../../connectors/shared/kafka';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { generateDemoCounty } from '../../src/demo';
import { loadRegistry } from '../../src/domain/grids/registry.service';
import type { RegionLevel } from '../../src/domain/shared/enums';
import { generateIdentityNumber } from '../../src/identity';
import { createChangeRelay } from '../../src/resolution/change-relay';
import { mergePeople } from '../../src/resolution/judgement.service';
import { randomTopicName, waitFor } from '../helpers/kafka-broker';
import { resetDatabase } from '../helpers/test-hub';
import { useTestKeyring } from '../connectors/shared/test-keyring';
import { householdMessage } from './helpers/household-message';

const household = (key: string, head: Record<string, unknown>, updated: string) =>
  JSON.stringify(householdMessage(key, head, updated));

beforeAll(() => useTestKeyring());

describe('change feed', () => {
  it('publishes created, updated and merged changes to the topic in order, keyed by entity id', async () => {
    const orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 3 });
    const kafka = createKafka({ brokers: process.env.KAFKA_BROKERS!.split(','), clientId: 'change-feed-test' });
    const topic = randomTopicName('hub.changes');
    const admin = await kafka.createAdmin();
    const producer = await kafka.createProducer();
    const received: RawMessage[] = [];
    const consumer = kafka.createBatchConsumer({
      groupId: randomTopicName('group'),
      topics: [topic],
      fromBeginning: true,
      onAssigned: async () => undefined,
      onBatch: async (batch) => {
        received.push(...batch.messages);
        const last = batch.messages[batch.messages.length - 1];
        if (last) batch.resolveOffset(last.offset);
      },
    });
    try {
      await admin.ensureTopics([topic], 1);
      await resetDatabase(orm);
      const registry = generateDemoCounty({ people: 10, seed: 1 }).registry;
      await loadRegistry(orm.em.fork(), {
        regions: registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
        grids: [],
      });
      const ingest = createEmbeddedIngest({ orm, connectors: [...CONNECTORS], batchSize: 10 });
      const number = generateIdentityNumber({ divisionCode: '371326', birthDate: '1980-01-02', sequence: 31 });
      await ingest.ingest('dept.civil.assistance', [
        household(
          'MZ-C-1',
          { 户主姓名: '孙丽', 户主身份证号: number, 联系电话: '13700000001' },
          '2024-01-01T08:00:00+08:00',
        ),
      ]);
      await ingest.ingest('dept.civil.assistance', [
        household(
          'MZ-C-1',
          { 户主姓名: '孙丽', 户主身份证号: number, 联系电话: '13700000002' },
          '2024-02-01T08:00:00+08:00',
        ),
      ]);
      await ingest.ingest('dept.civil.assistance', [
        household('MZ-C-2', { 户主姓名: '周强', 联系电话: '13700000009' }, '2024-02-01T08:00:00+08:00'),
      ]);
      const people = await execute<{ id: string; name: string }[]>(
        orm.em.fork(),
        `select id, name from person order by name`,
      );
      const [sun, zhou] = [people.find((p) => p.name === '孙丽')!.id, people.find((p) => p.name === '周强')!.id];
      await mergePeople(orm.em.fork(), sun, zhou, { actor: 'reviewer:test', reason: 'test' });

      const relay = createChangeRelay({ orm, producer, topic });
      expect(await relay.publishPending()).toBe(5);
      expect(await relay.publishPending()).toBe(0);
      await consumer.start();
      await waitFor(async () => received.length >= 5, { timeoutMs: 30_000, what: 'five changes on the topic' });
      const changes = received.map((m) => ({
        key: m.key,
        ...(JSON.parse(m.value!) as { entityId: string; change: string; id: string }),
      }));
      expect(changes.map((c) => [c.entityId, c.change])).toEqual([
        [sun, 'created'],
        [sun, 'updated'],
        [zhou, 'created'],
        [zhou, 'merged'],
        [sun, 'updated'],
      ]);
      expect(changes.every((c) => c.key === c.entityId)).toBe(true);
      expect(changes.map((c) => Number(c.id))).toEqual([...changes.map((c) => Number(c.id))].sort((a, b) => a - b));
    } finally {
      await consumer.stop();
      await producer.stop();
      await admin.stop();
      await orm.close();
    }
  }, 60_000);
});
