import type { Consumer, Producer } from 'kafkajs';
import { createTopics, randomTopicName, testKafka, waitFor } from '../helpers/kafka-broker';

interface Received {
  key: string;
  value: string;
  partition: number;
  offset: string;
}

/** Proves the suite talks to a real broker: partitions, consumer groups and committed offsets. */
describe('local Kafka broker', () => {
  const kafka = () => testKafka('broker-test');
  let producer: Producer;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    producer = kafka().producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  async function startConsumer(
    topic: string,
    groupId: string,
    onMessage: (m: Received, consumer: Consumer) => Promise<void>,
  ): Promise<Consumer> {
    // disconnect() waits out an in-flight fetch; a short long-poll keeps that from costing 5 s each.
    const consumer = kafka().consumer({ groupId, maxWaitTimeInMs: 100 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message, partition }) =>
        onMessage(
          { key: String(message.key), value: String(message.value), partition, offset: message.offset },
          consumer,
        ),
    });
    return consumer;
  }

  it('round-trips 100 keyed messages over 3 partitions, in order per key', async () => {
    const topic = randomTopicName('broker-roundtrip');
    await createTopics([topic], 3);
    const keys = Array.from({ length: 10 }, (_, k) => `key-${k}`);
    const sent = Array.from({ length: 100 }, (_, i) => ({ key: keys[i % 10], value: `seq-${Math.floor(i / 10)}` }));
    await producer.send({ topic, messages: sent });

    const got: Received[] = [];
    await startConsumer(topic, randomTopicName('group'), async (m) => {
      got.push(m);
    });
    await waitFor(async () => got.length >= 100, { what: '100 messages consumed' });

    expect(got).toHaveLength(100);
    const byKey = (list: { key: string; value: string }[], key: string) =>
      list.filter((m) => m.key === key).map((m) => m.value);
    for (const key of keys) {
      // One key lives on one partition, so its messages come back in the order they were sent.
      expect(byKey(got, key)).toEqual(byKey(sent, key));
      expect(new Set(got.filter((m) => m.key === key).map((m) => m.partition)).size).toBe(1);
    }
    // Ten keys over three partitions: the topic really has more than one.
    expect(new Set(got.map((m) => m.partition)).size).toBeGreaterThan(1);
  });

  it("keeps a group's committed offsets across a consumer restart", async () => {
    const topic = randomTopicName('broker-offsets');
    const groupId = randomTopicName('group');
    await createTopics([topic], 1);
    const values = Array.from({ length: 10 }, (_, i) => `m-${i}`);
    await producer.send({ topic, messages: values.map((value) => ({ key: 'k', value })) });

    // First consumer commits only the first half, then leaves.
    const first = await startConsumer(topic, groupId, async (m, consumer) => {
      if (Number(m.offset) < 5) {
        await consumer.commitOffsets([{ topic, partition: 0, offset: String(Number(m.offset) + 1) }]);
      }
    });
    const admin = kafka().admin();
    await admin.connect();
    try {
      await waitFor(
        async () => {
          const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
          return partitions[0]?.offset === '5';
        },
        { what: 'offset 5 committed by the first consumer' },
      );
    } finally {
      await admin.disconnect();
    }
    await first.disconnect();

    // fromBeginning applies only without a committed offset, so the rest is all a restart sees.
    const got: string[] = [];
    await startConsumer(topic, groupId, async (m) => {
      got.push(m.value);
    });
    await waitFor(async () => got.length >= 5, { what: 'the second half after restart' });
    expect(got).toEqual(values.slice(5));
  });
});
