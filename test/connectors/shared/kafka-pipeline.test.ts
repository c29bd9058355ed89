import type { MikroORM } from '@mikro-orm/postgresql';
import { KafkaConfigError } from '../../../connectors/shared/kafka';
import { createKafkaIngest } from '../../../connectors/shared/kafka-ingest';
import { execute } from '../../../src/db/sql';
import { createOrm } from '../../../src/db/orm';
import { createLogger } from '../../../src/shared/logger';
import { createTopics, randomTopicName, testKafka, waitFor } from '../../helpers/kafka-broker';
import { resetDatabase } from '../../helpers/test-hub';
import { countRows, graphSnapshot } from './graph-snapshot';
import { useTestKeyring } from './test-keyring';
import { collect, produce, startIngest, testAdapter } from './kafka-harness';
import { testConnector, loadTestRegistry } from './test-connector';
import { Registry } from 'prom-client';
import { createIngestMetrics } from '../../../connectors/shared/metrics';

let orm: MikroORM;
const adapter = () => testAdapter();

beforeAll(async () => {
  useTestKeyring();
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 6 });
  await resetDatabase(orm);
  await loadTestRegistry(orm);
});
afterAll(() => orm.close());

async function freshTopic(partitions = 2) {
  const topic = randomTopicName('test.pipeline');
  await createTopics([topic], partitions);
  return { topic, connector: testConnector(topic, { versioned: true }), group: randomTopicName('govgraph-test') };
}

const held = (topic: string) => countRows(orm, 'ingest_state', 'topic = ?', [topic]);
const statusOf = async (topic: string, key: string) =>
  (
    await execute<{ status: string }[]>(
      orm.em.fork(),
      'select status from hub_event where source_topic = ? and source_key = ?',
      [topic, key],
    )
  )[0]?.status;
const dbOffsets = async (group: string, topic: string) =>
  execute<{ partition: number; offset: string }[]>(
    orm.em.fork(),
    'select partition, "offset" from consumer_offset where group_id = ? and topic = ? order by partition',
    [`${group}.${topic}`, topic],
  );

function messages(n: number, v = 1) {
  return Array.from({ length: n }, (_, i) => ({
    key: `K${i}`,
    value: { id: `K${i}`, v, name: `张${'伟娜芳敏静'[i % 5]}`, status: 'OPEN', address: `东关街${i}号` },
  }));
}

describe('the Kafka pipeline against the real broker', () => {
  it('changes nothing when messages repeat or the topic is replayed from offset 0', async () => {
    const { topic, connector, group } = await freshTopic();
    const batch = messages(40);
    await produce(adapter(), topic, [...batch, ...batch.slice(0, 10)]);
    let run = await startIngest(orm, [connector], { groupPrefix: group, batchSize: 7 });
    await waitFor(async () => (await run.consumed()) === 50, { what: '50 messages consumed' });
    await run.ingest.stop();
    expect(await held(topic)).toBe(40);
    const before = await graphSnapshot(orm);

    // The database decides where to resume: set its offsets back to 0 and the replay happens.
    await execute(orm.em.fork(), 'update consumer_offset set "offset" = 0 where group_id = ?', [`${group}.${topic}`]);
    run = await startIngest(orm, [connector], { groupPrefix: group, batchSize: 7 });
    await waitFor(async () => (await run.consumed()) === 50, { what: 'the replay of all 50 messages' });
    await run.ingest.stop();
    expect(await graphSnapshot(orm)).toEqual(before);
  });

  it('keeps the newer version when an older one arrives later', async () => {
    const { topic, connector, group } = await freshTopic(1);
    await produce(adapter(), topic, [
      { key: 'V', value: { id: 'V', v: 200, name: '李娜', status: 'CLOSED' } },
      { key: 'V', value: { id: 'V', v: 100, name: '李娜', status: 'OPEN' } },
    ]);
    const run = await startIngest(orm, [connector], { groupPrefix: group });
    await waitFor(async () => (await run.consumed()) === 2, { what: 'both versions consumed' });
    await run.ingest.stop();
    expect(await statusOf(topic, 'V')).toBe('CLOSED');
    expect(await countRows(orm, 'source_record', 'topic = ? and key = ?', [topic, 'V'])).toBe(2);
  });

  it('sends bad JSON, a missing key and an unknown enum to <topic>.dlq and writes the rest of the batch', async () => {
    const { topic, connector, group } = await freshTopic(1);
    await createTopics([`${topic}.dlq`]);
    await produce(adapter(), topic, [
      { key: 'G1', value: { id: 'G1', v: 1, name: '王芳', status: 'OPEN' } },
      { key: 'B1', value: '{"id": "B1", oops' },
      { key: 'B2', value: { v: 1, name: '赵敏', status: 'OPEN' } },
      { key: null, value: { id: 'B3', v: 1, name: '孙丽', status: 'OPEN' } },
      { key: 'B4', value: { id: 'B4', v: 1, name: '周杰', status: 'ARCHIVED' } },
      { key: 'G2', value: { id: 'G2', v: 1, name: '吴刚', status: 'CLOSED' } },
    ]);
    const dlq = await collect(adapter(), `${topic}.dlq`);
    const run = await startIngest(orm, [connector], { groupPrefix: group });
    try {
      await waitFor(async () => dlq.messages.length === 4, { what: 'four dead letters' });
      await waitFor(async () => (await run.consumed()) === 6, { what: 'six messages consumed' });
    } finally {
      await run.ingest.stop();
      await dlq.stop();
    }
    expect(
      dlq.messages.map((m) => [m.key, m.headers?.reason.split(':')[0], m.headers?.topic, m.headers?.offset]),
    ).toEqual([
      ['B1', 'BAD_JSON', topic, '1'],
      ['B2', 'MISSING_KEY', topic, '2'],
      [null, 'MISSING_KEY', topic, '3'],
      ['B4', 'SCHEMA', topic, '4'],
    ]);
    expect(dlq.messages[0].value).toBe('{"id": "B1", oops');
    expect(JSON.parse(dlq.messages[3].value!)).toEqual({ id: 'B4', v: 1, name: '周杰', status: 'ARCHIVED' });
    expect(await statusOf(topic, 'G1')).toBe('REPORTED');
    expect(await statusOf(topic, 'G2')).toBe('CLOSED');
    const deadLettered = await run.metrics.deadLettered.get();
    expect(deadLettered.values.reduce((s, v) => s + v.value, 0)).toBe(4);
  });

  it('sets a record the database refuses apart to <topic>.dlq with the SQLSTATE, and writes the rest of the batch', async () => {
    // A check the database enforces that the connector does not know of: it refuses one record for good.
    await execute(
      orm.em.fork(),
      `create or replace function test_refuse_poison() returns trigger language plpgsql as $$
       begin if new.summary like '%毒%' then raise exception 'summary refused by a check (%)', new.summary using errcode = '23514'; end if; return new; end $$`,
    );
    await execute(
      orm.em.fork(),
      `create trigger test_refuse_poison before insert or update on hub_event for each row execute function test_refuse_poison()`,
    );
    try {
      const { topic, connector, group } = await freshTopic(1);
      await createTopics([`${topic}.dlq`]);
      const batch = messages(6).map((m, i) => (i === 3 ? { key: m.key, value: { ...m.value, name: '孙毒' } } : m));
      await produce(adapter(), topic, batch);
      const dlq = await collect(adapter(), `${topic}.dlq`);
      const run = await startIngest(orm, [connector], { groupPrefix: group });
      try {
        await waitFor(async () => (await dbOffsets(group, topic))[0]?.offset === '6', {
          what: 'the whole batch committed',
        });
        await waitFor(async () => dlq.messages.length === 1, { what: 'the refused record in the dead letters' });
        // Ingestion goes on after it.
        await produce(adapter(), topic, [{ key: 'K9', value: { id: 'K9', v: 1, name: '钱多', status: 'OPEN' } }]);
        await waitFor(async () => (await statusOf(topic, 'K9')) === 'REPORTED', { what: 'the next message written' });
      } finally {
        await run.ingest.stop();
        await dlq.stop();
      }
      const [letter] = dlq.messages;
      expect(letter.key).toBe('K3');
      // The database's message quotes the value: only the SQLSTATE (and schema names, when it gives them) is kept.
      expect(letter.headers?.reason).toBe('DATABASE_REJECTED: SQLSTATE 23514');
      expect(JSON.parse(letter.value!)).toEqual(batch[3].value);
      expect(await statusOf(topic, 'K3')).toBeUndefined();
      for (const key of ['K0', 'K1', 'K2', 'K4', 'K5']) expect(await statusOf(topic, key)).toBe('REPORTED');
      expect(await countRows(orm, 'source_record', 'topic = ?', [topic])).toBe(6); // 5 + K9; nothing of K3
      const deadLettered = await run.metrics.deadLettered.get();
      expect(deadLettered.values).toEqual([
        expect.objectContaining({ labels: { topic, kind: 'DATABASE_REJECTED' }, value: 1 }),
      ]);
      expect((await run.metrics.retries.get()).values).toEqual([]);
    } finally {
      await execute(orm.em.fork(), `drop trigger if exists test_refuse_poison on hub_event`);
      await execute(orm.em.fork(), `drop function if exists test_refuse_poison()`);
    }
  });

  it('commits nothing when the database connection dies mid-batch, then writes everything exactly once', async () => {
    const { topic, connector, group } = await freshTopic(2);
    await produce(adapter(), topic, messages(30));
    let failures = 0;
    const run = await startIngest(orm, [connector], {
      groupPrefix: group,
      batchSize: 10,
      // A real failure inside the transaction, after the batch was written and before commit.
      beforeCommit: async (em) => {
        if (failures++ < 2) await execute(em, 'select pg_terminate_backend(pg_backend_pid())');
      },
    });
    await waitFor(async () => (await held(topic)) === 30, { what: 'all 30 records held' });
    await run.ingest.stop();
    expect(failures).toBeGreaterThan(2);
    expect((await run.metrics.retries.get()).values[0].value).toBe(2);
    expect(await countRows(orm, 'source_record', 'topic = ?', [topic])).toBe(30);
    expect(await countRows(orm, 'hub_event', 'source_topic = ?', [topic])).toBe(30);
    expect(
      await countRows(orm, 'event_party p join hub_event e on e.id = p.event_id', 'e.source_topic = ?', [topic]),
    ).toBe(30);
  });

  it('after a stop during a database outage, a restart loses and doubles nothing', async () => {
    const { topic, connector, group } = await freshTopic(2);
    await produce(adapter(), topic, messages(25));
    let attempts = 0;
    const failing = await startIngest(orm, [connector], {
      groupPrefix: group,
      beforeCommit: async () => {
        attempts++;
        throw Object.assign(new Error('connection refused (simulated outage)'), { code: 'ECONNREFUSED' });
      },
    });
    await waitFor(async () => attempts >= 3, { what: 'a few failed attempts' });
    await failing.ingest.stop();
    expect(await countRows(orm, 'source_record', 'topic = ?', [topic])).toBe(0);
    expect(await dbOffsets(group, topic)).toEqual([]);

    const healthy = await startIngest(orm, [connector], { groupPrefix: group });
    await waitFor(async () => (await held(topic)) === 25, { what: 'all 25 records held after restart' });
    await healthy.ingest.stop();
    expect(await countRows(orm, 'source_record', 'topic = ?', [topic])).toBe(25);
    expect(await countRows(orm, 'hub_event', 'source_topic = ?', [topic])).toBe(25);
  });

  it('resumes from the offsets in the database, not from those in Kafka', async () => {
    const { topic, connector, group } = await freshTopic(1);
    await produce(adapter(), topic, messages(10));
    const first = await startIngest(orm, [connector], { groupPrefix: group });
    await waitFor(async () => (await first.consumed()) === 10, { what: 'the first 10 messages' });
    await first.ingest.stop();
    expect(await dbOffsets(group, topic)).toEqual([{ partition: 0, offset: '10' }]);

    // Kafka forgets the group's position; the database still knows it.
    const admin = testKafka().admin();
    await admin.connect();
    await admin.setOffsets({ groupId: `${group}.${topic}`, topic, partitions: [{ partition: 0, offset: '0' }] });
    await admin.disconnect();
    await produce(adapter(), topic, messages(3, 2));
    const second = await startIngest(orm, [connector], { groupPrefix: group });
    await waitFor(async () => (await dbOffsets(group, topic))[0]?.offset === '13', { what: 'offset 13 stored' });
    await second.ingest.stop();
    expect(await second.consumed()).toBe(3);
  });

  it('shares the partitions of a topic between two hub processes, each record written once', async () => {
    const { topic, connector, group } = await freshTopic(2);
    await produce(adapter(), topic, messages(40));
    const a = await startIngest(orm, [connector], { groupPrefix: group, batchSize: 5 });
    const b = await startIngest(orm, [connector], { groupPrefix: group, batchSize: 5 });
    await waitFor(async () => (await held(topic)) === 40, { what: 'all 40 records held' });
    await Promise.all([a.ingest.stop(), b.ingest.stop()]);
    expect(await countRows(orm, 'source_record', 'topic = ?', [topic])).toBe(40);
  });

  it('rejects a configuration that can never work at construction', () => {
    const base = {
      orm,
      clientId: 'x',
      groupPrefix: 'g',
      batchSize: 10,
      fromBeginning: true,
      retry: { baseMs: 1, maxMs: 2 },
      deadLetterPartitions: 1,
      writeSlots: 1,
      metrics: createIngestMetrics(new Registry()),
      logger: createLogger('silent'),
    };
    const connector = testConnector('t', { versioned: false });
    expect(() => createKafkaIngest({ ...base, brokers: [], connectors: [connector] })).toThrow(KafkaConfigError);
    expect(() => createKafkaIngest({ ...base, brokers: ['localhost'], connectors: [connector] })).toThrow(/host:port/);
    expect(() => createKafkaIngest({ ...base, brokers: ['localhost:9092'], connectors: [] })).toThrow(KafkaConfigError);
    expect(() =>
      createKafkaIngest({ ...base, brokers: ['localhost:9092'], connectors: [connector], batchSize: 0 }),
    ).toThrow(/batch size/);
  });
});
