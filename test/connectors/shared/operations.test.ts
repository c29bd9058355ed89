import { execute } from '../../../src/db/sql';
import { createTopics, kafkaBrokers, randomTopicName, waitFor } from '../../helpers/kafka-broker';
import { resetDatabase, startTestHub, TestHub } from '../../helpers/test-hub';
import { produce, testAdapter } from './kafka-harness';
import { testConnector, loadTestRegistry } from './test-connector';

const connector = testConnector(randomTopicName('test.ops'), { versioned: true });
let t: TestHub;

beforeAll(async () => {
  await createTopics([connector.topic], 1);
  t = await startTestHub(
    { KAFKA_BROKERS: kafkaBrokers().join(','), KAFKA_GROUP_PREFIX: randomTopicName('ops') },
    { connectors: [connector] },
  );
  await resetDatabase(t.orm);
  await loadTestRegistry(t.orm);
});
afterAll(() => t.stop());

describe('ingestion operations on a hub with KAFKA_BROKERS', () => {
  it('reports each connector in /readyz and counts consumed, written and dead-lettered messages in /metrics', async () => {
    await produce(testAdapter(), connector.topic, [
      { key: 'M1', value: { id: 'M1', v: 1, name: '王芳', status: 'OPEN' } },
      { key: 'M2', value: 'not json' },
    ]);
    await waitFor(
      async () => {
        const [row] = await execute<{ n: string }[]>(
          t.orm.em.fork(),
          'select count(*) as n from ingest_state where topic = ?',
          [connector.topic],
        );
        return Number(row.n) === 1;
      },
      { what: 'the valid message written' },
    );
    const ready = (await (await fetch(`${t.url}/readyz`)).json()) as {
      checks: Record<string, { ok: boolean; detail: { topic: string } }>;
    };
    expect(ready.checks[`connector:${connector.topic}`]).toMatchObject({
      ok: true,
      detail: { topic: connector.topic },
    });
    const consumed = new RegExp(`govgraph_ingest_consumed_total\\{topic="${connector.topic}"\\} 2`);
    const text = await waitFor(
      async () => {
        const body = await (await fetch(`${t.url}/metrics`)).text();
        return consumed.test(body) && body;
      },
      { what: 'both messages counted in /metrics' },
    );
    expect(text).toMatch(new RegExp(`govgraph_ingest_written_total\\{topic="${connector.topic}"\\} 1`));
    expect(text).toMatch(
      new RegExp(`govgraph_ingest_dead_lettered_total\\{topic="${connector.topic}",kind="BAD_JSON"\\} 1`),
    );
    expect(text).toMatch(new RegExp(`govgraph_ingest_consumer_lag\\{topic="${connector.topic}",partition="0"\\} 0`));
    expect(text).toContain('govgraph_ingest_batch_duration_seconds_bucket');
  });
});
