import { Writable } from 'node:stream';
import pino from 'pino';
import { Registry } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseEnv } from '../../src/config/env';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { createChangeFeed } from '../../src/resolution/change-feed';
import { writeChanges } from '../../src/resolution/outbox.writer';
import { ChangeKind } from '../../src/resolution/resolution.enums';
import { kafkaBrokers, randomTopicName, testKafka, waitFor } from '../helpers/kafka-broker';
import { resetDatabase } from '../helpers/test-hub';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 3 });
  await resetDatabase(orm);
});
afterAll(() => orm.close());

function memoryLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, any>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const MARKER = '测试标记-payload-must-not-be-logged';

describe('the change feed when the broker fails', () => {
  it('logs a send to a vanished topic without its contents, recreates the topic and publishes on a retry', async () => {
    const config = parseEnv({
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: `${randomTopicName('feed-errors')}.`,
      CHANGE_RELAY_INTERVAL_MS: '50',
      INGEST_RETRY_BASE_MS: '100',
      INGEST_RETRY_MAX_MS: '1000',
    });
    const { logger, lines } = memoryLogger();
    const registry = new Registry();
    const feed = createChangeFeed({ config, orm, registry, logger })!;
    const ready = async () => (await feed.readiness().changeRelay()).ok;
    feed.start();
    const admin = testKafka('feed-errors-admin').admin();
    await admin.connect();
    try {
      await waitFor(ready, { what: 'the relay connected with its topic created' });
      await admin.deleteTopics({ topics: [feed.topic] });
      await orm.em.fork().transactional((em) =>
        writeChanges(em, [
          {
            entityType: 'PERSON',
            entityId: '00000000-0000-4000-8000-000000000001',
            change: ChangeKind.CREATED,
            payload: { note: MARKER },
          },
        ]),
      );
      const failed = await waitFor(
        async () => lines.find((l) => l.msg === 'publishing changes failed; nothing stamped, retrying'),
        {
          what: 'the failed send logged',
        },
      );
      expect(failed).toMatchObject({ level: 40, topic: feed.topic, attempt: 1, err: { name: expect.any(String) } });
      expect((await feed.readiness().changeRelay()).ok).toBe(false);
      await waitFor(
        async () => {
          const [row] = await execute<{ n: string }[]>(
            orm.em.fork(),
            'select count(*) as n from outbox where published_at is null',
          );
          return Number(row.n) === 0;
        },
        { timeoutMs: 60_000, what: 'the row published after the topic came back' },
      );
      // The row is committed a moment before the relay records its success: wait for that too.
      await waitFor(ready, { what: 'the relay ready again after the published row' });
      const offsets = await admin.fetchTopicOffsets(feed.topic);
      expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(1);
      const metrics = await registry.metrics();
      expect(Number(/^govgraph_change_relay_errors_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
      expect(metrics).toMatch(/^govgraph_change_relay_published_total 1$/m);
      expect(JSON.stringify(lines)).not.toContain(MARKER);
    } finally {
      await feed.stop();
      await admin.disconnect();
    }
  }, 90_000);
});
