import type { MikroORM } from '@mikro-orm/postgresql';
import { backoffMs } from '../../connectors/shared/failures';
import type { MessageProducer } from '../../connectors/shared/kafka';
import { sql } from '../ingest/sql';
import { withDeadline } from '../shared/deadline';

export const CHANGES_TOPIC = 'hub.changes';
// One relay at a time publishes, so the topic sees the outbox in id order.
const RELAY_LOCK = 4_202_611;

interface OutboxRow {
  id: string;
  entity_type: string;
  entity_id: string;
  change: string;
  payload: Record<string, unknown>;
  created_at: string;
}

export interface ChangeRelayOptions {
  orm: MikroORM;
  producer: MessageProducer;
  topic?: string;
  batchSize?: number;
  intervalMs?: number;
  /**
   * Longest one send may take (default 20 s). The batch's transaction holds the relay lock and a
   * database connection meanwhile, and kafkajs retries a broker it cannot reach for about a minute.
   */
  sendTimeoutMs?: number;
  /** Backoff between failed passes (default 200 ms doubling to 30 s). */
  retry?: { baseMs: number; maxMs: number };
  /** Runs before every pass, outside the transaction: connecting, creating the topic. */
  prepare?: () => Promise<void>;
  /** A failed pass (attempt counts from 1 since the last success); the relay retries after `retryInMs`. */
  onError?: (error: unknown, attempt: number, retryInMs: number) => void;
  /** Rows published and stamped by one committed batch. */
  onPublished?: (count: number) => void;
}

/**
 * The outbox relay: publishes unpublished change rows to `hub.changes` in id order, keyed by
 * entity id (so one entity's changes stay on one partition, in order), and stamps them in the
 * same transaction after the broker acknowledged. A failed send rolls the stamp back and the rows
 * go again (at least once; consumers key on the outbox id). `publishPending` drains once and
 * returns how many it published (rejects on the first failed batch; the batches before it stay
 * stamped; with `until`, a timestamp, it starts no batch after it); `start` polls every `intervalMs` until `stop`, and after a failure retries with
 * backoff instead, reporting each failure to `onError`: the loop itself never throws.
 */
export function createChangeRelay(options: ChangeRelayOptions) {
  const topic = options.topic ?? CHANGES_TOPIC;
  const batchSize = options.batchSize ?? 500;
  const sendTimeoutMs = options.sendTimeoutMs ?? 20_000;
  const retry = options.retry ?? { baseMs: 200, maxMs: 30_000 };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let failures = 0;

  async function publishBatch(): Promise<number> {
    return options.orm.em.fork().transactional(async (em) => {
      const [lock] = await sql<{ locked: boolean }>(em, `select pg_try_advisory_xact_lock(?) as locked`, [RELAY_LOCK]);
      if (!lock.locked) return 0;
      const rows = await sql<OutboxRow>(em, `select * from outbox where published_at is null order by id limit ?`, [
        batchSize,
      ]);
      if (!rows.length) return 0;
      const messages = rows.map((r) => ({
        key: r.entity_id,
        value: JSON.stringify({
          id: String(r.id),
          entityType: r.entity_type,
          entityId: r.entity_id,
          change: r.change,
          payload: r.payload,
          at: new Date(r.created_at).toISOString(),
        }),
      }));
      // On the deadline the transaction rolls back and the rows go again: at least once.
      await withDeadline(
        options.producer.send(topic, messages),
        sendTimeoutMs,
        `publishing ${rows.length} changes to ${topic}`,
      );
      await sql(
        em,
        `update outbox set published_at = now() where id in (select value::bigint from jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(rows.map((r) => String(r.id)))],
      );
      return rows.length;
    });
  }

  async function publishPending(until = Infinity): Promise<number> {
    let total = 0;
    for (let n = await publishBatch(); n > 0; n = Date.now() < until ? await publishBatch() : 0) {
      total += n;
      // The broker acknowledged a batch: the relay is healthy again before the outbox is drained.
      failures = 0;
      options.onPublished?.(n);
    }
    return total;
  }

  async function pass(): Promise<number> {
    try {
      await options.prepare?.();
      await publishPending();
      failures = 0;
      return options.intervalMs ?? 500;
    } catch (error) {
      failures += 1;
      const wait = backoffMs(failures - 1, retry.baseMs, retry.maxMs);
      try {
        options.onError?.(error, failures, wait);
      } catch {
        // A failing error handler must not stop the relay.
      }
      return wait;
    }
  }

  const tick = () => {
    running = pass().then((wait) => {
      if (timer) timer = setTimeout(tick, wait);
    });
  };

  return {
    publishPending,
    /** Failed passes since the last successful one: 0 while healthy. */
    failures: () => failures,
    start() {
      timer = setTimeout(tick, 0);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
