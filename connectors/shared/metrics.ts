import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface IngestMetrics {
  consumed: Counter<'topic'>;
  written: Counter<'topic'>;
  stale: Counter<'topic'>;
  deadLettered: Counter<'topic' | 'kind'>;
  retries: Counter<'topic'>;
  lag: Gauge<'topic' | 'partition'>;
  batchDuration: Histogram<'topic'>;
}

/** Ingestion metrics on the hub's registry; one set shared by the Kafka pipeline and HTTP ingest. */
export function createIngestMetrics(registry: Registry): IngestMetrics {
  const registers = [registry];
  return {
    consumed: new Counter({
      name: 'govgraph_ingest_consumed_total',
      help: 'messages consumed per topic',
      labelNames: ['topic'],
      registers,
    }),
    written: new Counter({
      name: 'govgraph_ingest_written_total',
      help: 'messages committed to the database per topic (applied or kept as history)',
      labelNames: ['topic'],
      registers,
    }),
    stale: new Counter({
      name: 'govgraph_ingest_stale_total',
      help: 'repeats and older versions kept as source records only',
      labelNames: ['topic'],
      registers,
    }),
    deadLettered: new Counter({
      name: 'govgraph_ingest_dead_lettered_total',
      help: 'messages set apart as poison, per topic and kind',
      labelNames: ['topic', 'kind'],
      registers,
    }),
    retries: new Counter({
      name: 'govgraph_ingest_retries_total',
      help: 'batches retried after a transient failure',
      labelNames: ['topic'],
      registers,
    }),
    lag: new Gauge({
      name: 'govgraph_ingest_consumer_lag',
      help: 'messages behind the high watermark per partition',
      labelNames: ['topic', 'partition'],
      registers,
    }),
    batchDuration: new Histogram({
      name: 'govgraph_ingest_batch_duration_seconds',
      help: 'time to decode, write and commit one batch',
      labelNames: ['topic'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
  };
}
