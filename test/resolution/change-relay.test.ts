import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MessageProducer, OutgoingMessage } from '../../connectors/shared/kafka';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { createChangeRelay } from '../../src/resolution/change-relay';
import { writeChanges } from '../../src/resolution/outbox.writer';
import { ChangeKind } from '../../src/resolution/resolution.enums';
import { DeadlineExceededError } from '../../src/shared/deadline';
import { waitFor } from '../helpers/wait-for';
import { resetDatabase } from '../helpers/test-hub';

// The broker's own failures are exercised against the real broker (change-feed-errors.test.ts);
// these producers script the corners a broker will not produce on demand: a send that never returns.
function scriptedProducer(script: ('fail' | 'hang' | 'ok')[]) {
  const sent: OutgoingMessage[][] = [];
  const producer: MessageProducer = {
    send: async (_topic, messages) => {
      const step = script.shift() ?? 'ok';
      if (step === 'fail') throw new Error('broker gone');
      if (step === 'hang') return new Promise<void>(() => undefined);
      sent.push(messages);
    },
    stop: async () => undefined,
  };
  return { producer, sent };
}

let orm: MikroORM;
const entities = [randomUUID(), randomUUID(), randomUUID()];

async function unpublished(): Promise<number> {
  const [row] = await execute<{ n: string }[]>(
    orm.em.fork(),
    'select count(*) as n from outbox where published_at is null',
  );
  return Number(row.n);
}

beforeAll(async () => {
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 3 });
});
beforeEach(async () => {
  await resetDatabase(orm);
  await orm.em.fork().transactional((em) =>
    writeChanges(
      em,
      entities.map((entityId, n) => ({
        entityType: 'PERSON',
        entityId,
        change: n ? ChangeKind.UPDATED : ChangeKind.CREATED,
      })),
    ),
  );
});
afterAll(() => orm.close());

describe('change relay failures', () => {
  it('stamps nothing when a send fails, and publishes the same rows in order on the next pass', async () => {
    const { producer, sent } = scriptedProducer(['fail']);
    const relay = createChangeRelay({ orm, producer, topic: 'unused' });
    await expect(relay.publishPending()).rejects.toThrow('broker gone');
    expect(await unpublished()).toBe(3);
    expect(await relay.publishPending()).toBe(3);
    expect(sent.flat().map((m) => m.key)).toEqual(entities);
    expect(await unpublished()).toBe(0);
  });

  it('abandons a send past its deadline, reports it and retries with backoff until it goes through', async () => {
    const { producer, sent } = scriptedProducer(['hang', 'fail']);
    const failures: { error: unknown; attempt: number }[] = [];
    const relay = createChangeRelay({
      orm,
      producer,
      topic: 'unused',
      intervalMs: 20,
      sendTimeoutMs: 200,
      retry: { baseMs: 10, maxMs: 40 },
      onError: (error, attempt) => failures.push({ error, attempt }),
    });
    relay.start();
    try {
      await waitFor(async () => sent.length === 1, { what: 'the rows published after two failures' });
    } finally {
      await relay.stop();
    }
    expect(failures.map((f) => f.attempt)).toEqual([1, 2]);
    expect(failures[0].error).toBeInstanceOf(DeadlineExceededError);
    expect(relay.failures()).toBe(0);
    expect(sent[0].map((m) => m.key)).toEqual(entities);
    expect(await unpublished()).toBe(0);
  });
});
