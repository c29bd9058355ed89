import type { MikroORM } from '@mikro-orm/postgresql';
import type { MessageProducer } from '../../connectors/shared/kafka';
import { sql } from '../ingest/sql';

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
  onError?: (error: unknown) => void;
}

/**
 * The outbox relay: publishes unpublished change rows to `hub.changes` in id order, keyed by
 * entity id (so one entity's changes stay on one partition, in order), and stamps them in the
 * same transaction after the broker acknowledged. A failed send rolls the stamp back and the rows
 * go again (at least once; consumers key on the outbox id). `publishPending` drains once and
 * returns how many it published; `start` polls until `stop`.
 */
export function createChangeRelay(options: ChangeRelayOptions) {
  const topic = options.topic ?? CHANGES_TOPIC;
  const batchSize = options.batchSize ?? 500;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();

  async function publishBatch(): Promise<number> {
    return options.orm.em.fork().transactional(async (em) => {
      const [lock] = await sql<{ locked: boolean }>(em, `select pg_try_advisory_xact_lock(?) as locked`, [RELAY_LOCK]);
      if (!lock.locked) return 0;
      const rows = await sql<OutboxRow>(em, `select * from outbox where published_at is null order by id limit ?`, [
        batchSize,
      ]);
      if (!rows.length) return 0;
      await options.producer.send(
        topic,
        rows.map((r) => ({
          key: r.entity_id,
          value: JSON.stringify({
            id: String(r.id),
            entityType: r.entity_type,
            entityId: r.entity_id,
            change: r.change,
            payload: r.payload,
            at: new Date(r.created_at).toISOString(),
          }),
        })),
      );
      await sql(
        em,
        `update outbox set published_at = now() where id in (select value::bigint from jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(rows.map((r) => String(r.id)))],
      );
      return rows.length;
    });
  }

  async function publishPending(): Promise<number> {
    let total = 0;
    for (let n = await publishBatch(); n > 0; n = await publishBatch()) total += n;
    return total;
  }

  const tick = () => {
    running = publishPending()
      .catch((error) => options.onError?.(error))
      .finally(() => {
        if (timer) timer = setTimeout(tick, options.intervalMs ?? 500);
      });
  };

  return {
    publishPending,
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
