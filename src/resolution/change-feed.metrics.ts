import type { MikroORM } from '@mikro-orm/postgresql';
import { Counter, Gauge, Registry } from 'prom-client';
import { execute } from '../db/sql';

export interface ChangeFeedMetrics {
  published: Counter;
  errors: Counter;
}

/**
 * The relay's metrics on the hub's registry: changes published, failed passes, and the lag (the
 * outbox rows not yet published), counted when /metrics is scraped through the partial index of
 * unpublished rows. A failed count leaves the last value rather than failing the scrape.
 */
export function createChangeFeedMetrics(registry: Registry, orm: MikroORM): ChangeFeedMetrics {
  const registers = [registry];
  new Gauge({
    name: 'govgraph_change_relay_lag',
    help: 'outbox rows not yet published to hub.changes',
    registers,
    async collect() {
      const rows = await execute<{ n: string }[]>(
        orm.em.fork(),
        'select count(*) as n from outbox where published_at is null',
      ).catch(() => null);
      if (rows) this.set(Number(rows[0].n));
    },
  });
  return {
    published: new Counter({
      name: 'govgraph_change_relay_published_total',
      help: 'changes published to hub.changes and stamped in the outbox',
      registers,
    }),
    errors: new Counter({
      name: 'govgraph_change_relay_errors_total',
      help: 'relay passes that failed (broker, topic or database); each is retried with backoff',
      registers,
    }),
  };
}
