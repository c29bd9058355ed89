import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { CONNECTORS } from '../connectors';
import { createKafka } from '../connectors/shared/kafka';
import { createOrm, migrate } from '../src/db/orm';
import { execute } from '../src/db/sql';
import { generateDemoCounty } from '../src/demo/county';
import { renderFeedsStream } from '../src/demo/feeds';
import { loadRegistry } from '../src/domain/grids/registry.service';
import { RegionLevel } from '../src/domain/shared/enums';
import { benchKafka, peakRssMiB } from './lib/kafka-broker';
import { startHubProcess } from './lib/hub-process';
import { BENCH_SECRETS } from './lib/bench-access';

/**
 * bench:ingest — the department feeds end to end. Renders a generated county into the seven
 * topics (about BENCH_MESSAGES messages), produces them to a real broker, then measures in the
 * same run: (1) the hub (its own process) consuming, validating, mapping, resolving and writing
 * them until every offset is stored in PostgreSQL; (a) a kafkajs consumer that only parses the
 * same messages; (b) a bulk `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE` of the same
 * rows straight into PostgreSQL. Prints the three rates, the ratios and the hub's peak RSS.
 * Then (c): every row the hub wrote, copied table to table inside PostgreSQL into tables with the
 * same indexes: a floor, the database's own cost of storing what the hub stored, with no
 * resolution, parsing, network or foreign keys. No implementation writing the same rows is faster.
 */
const TARGET = Number(process.env.BENCH_MESSAGES ?? 200_000);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 2);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const MESSAGES_PER_PERSON = 0.3737; // measured on the demo generator: 7,473 messages for 20,000 people

const rate = (n: number, ms: number) => (n / ms) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function freshDatabase(run: string): Promise<string> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database govgraph_bench_ingest_${run}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/govgraph_bench_ingest_${run}`;
  return url.toString();
}

async function dropDatabase(run: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists govgraph_bench_ingest_${run} with (force)`);
  await admin.end();
}

async function main(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const prefix = `bench-${run}.`;
  const kafkaBroker = await benchKafka();
  const kafka = createKafka({ brokers: kafkaBroker.brokers, clientId: 'govgraph-bench' });
  const databaseUrl = await freshDatabase(run);
  try {
    const county = generateDemoCounty({ people: Math.ceil(TARGET / MESSAGES_PER_PERSON), seed: 1 });
    const orm = await createOrm({ url: databaseUrl, poolMax: 4 });
    await migrate(orm);
    await loadRegistry(orm.em.fork(), {
      regions: county.registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
      grids: county.registry.grids,
    });

    const admin = await kafka.createAdmin();
    await admin.ensureTopics(
      CONNECTORS.map((c) => prefix + c.topic),
      PARTITIONS,
    );
    const producer = await kafka.createProducer();
    const rows: { topic: string; key: string; value: string }[] = [];
    const produced = Date.now();
    let pending: { key: string; value: string }[] = [];
    let pendingTopic = '';
    for (const { topic, message } of renderFeedsStream(county)) {
      if (rows.length >= TARGET) break;
      if (topic !== pendingTopic || pending.length >= 1000) {
        if (pending.length) await producer.send(prefix + pendingTopic, pending);
        pending = [];
        pendingTopic = topic;
      }
      const value = JSON.stringify(message.value);
      pending.push({ key: message.key, value });
      rows.push({ topic, key: message.key, value });
    }
    if (pending.length) await producer.send(prefix + pendingTopic, pending);
    await producer.stop();
    const total = rows.length;
    console.error(`produced ${fmt(total)} messages in ${((Date.now() - produced) / 1000).toFixed(1)} s`);

    // (1) End to end through the hub.
    const started = Date.now();
    const hub = await startHubProcess({
      ...BENCH_SECRETS,
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafkaBroker.brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_GROUP_PREFIX: `bench-${run}`,
      DATABASE_POOL_MAX: '10',
      ...(process.env.BENCH_HUB_ENV ? JSON.parse(process.env.BENCH_HUB_ENV) : {}),
    });
    for (;;) {
      const [{ n }] = await execute<{ n: string }[]>(
        orm.em.fork(),
        `select coalesce(sum("offset"), 0) as n from consumer_offset where group_id like ?`,
        [`bench-${run}.%`],
      );
      if (Number(n) >= total) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const hubMs = Date.now() - started;
    const rss = peakRssMiB(hub.pid);
    await hub.stop();
    console.error(`hub: ${fmt(total)} messages in ${(hubMs / 1000).toFixed(1)} s, peak RSS ${rss.toFixed(0)} MiB`);
    const [counts] = await execute<Record<string, string>[]>(
      orm.em.fork(),
      `select (select count(*) from source_record) as source_records, (select count(*) from person) as people, (select count(*) from mention) as mentions, (select count(*) from assertion) as assertions, (select count(*) from hub_event) as events`,
    );
    await orm.close();

    // (a) Parse only.
    let parsed = 0;
    const parseStarted = Date.now();
    await new Promise<void>((resolve, reject) => {
      const consumer = kafka.createBatchConsumer({
        groupId: `bench-parse-${run}`,
        topics: CONNECTORS.map((c) => prefix + c.topic),
        fromBeginning: true,
        onAssigned: async () => undefined,
        onCrash: reject,
        onBatch: async (batch) => {
          for (const m of batch.messages) JSON.parse(m.value ?? 'null');
          parsed += batch.messages.length;
          batch.resolveOffset(batch.messages[batch.messages.length - 1].offset);
          if (parsed >= total) setImmediate(() => consumer.stop().then(resolve, reject));
        },
      });
      consumer.start().catch(reject);
    });
    const parseMs = Date.now() - parseStarted;

    // (b) Bulk upsert of the same rows straight into PostgreSQL.
    const pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    await pg.query(
      'create table bench_raw (topic text not null, key text not null, payload jsonb not null, content_hash text not null, primary key (topic, key))',
    );
    const bulkStarted = Date.now();
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await pg.query(
        `insert into bench_raw (topic, key, payload, content_hash)
         select distinct on (t, k) t, k, v::jsonb, md5(v) from unnest($1::text[], $2::text[], $3::text[]) with ordinality as x(t, k, v, o)
          order by t, k, o desc
         on conflict (topic, key) do update set payload = excluded.payload, content_hash = excluded.content_hash`,
        [chunk.map((r) => r.topic), chunk.map((r) => r.key), chunk.map((r) => r.value)],
      );
    }
    const bulkMs = Date.now() - bulkStarted;

    // (c) The floor: the hub's own rows, copied inside PostgreSQL. The registry was loaded before the hub started.
    const before = new Set(['region', 'grid', 'mikro_orm_migrations', 'bench_raw']);
    const tables = (
      await pg.query<{ name: string }>(
        `select c.relname as name from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace order by 1`,
      )
    ).rows
      .map((r) => r.name)
      .filter((t) => !before.has(t));
    const floorTables: { table: string; rows: number; ms: number }[] = [];
    for (const table of tables) {
      await pg.query(`create table "floor_${table}" (like "${table}" including defaults including indexes)`);
      const copyStarted = Date.now();
      const copied = await pg.query(`insert into "floor_${table}" select * from "${table}"`);
      const ms = Date.now() - copyStarted;
      await pg.query(`drop table "floor_${table}"`);
      if (copied.rowCount) floorTables.push({ table, rows: copied.rowCount, ms });
    }
    const floorMs = floorTables.reduce((n, t) => n + t.ms, 0);
    const floorRows = floorTables.reduce((n, t) => n + t.rows, 0);
    await pg.end();

    const e2e = rate(total, hubMs);
    const parse = rate(total, parseMs);
    const bulk = rate(total, bulkMs);
    const floor = rate(total, floorMs);
    console.log(`\n## bench:ingest — ${fmt(total)} messages, ${CONNECTORS.length} topics × ${PARTITIONS} partitions\n`);
    console.log('| path | seconds | records/s |');
    console.log('|---|---|---|');
    console.log(
      `| hub end to end (consume → validate → map → resolve → write with offsets) | ${(hubMs / 1000).toFixed(1)} | ${fmt(e2e)} |`,
    );
    console.log(`| (a) kafkajs consumer, parse only | ${(parseMs / 1000).toFixed(1)} | ${fmt(parse)} |`);
    console.log(`| (b) bulk upsert into PostgreSQL | ${(bulkMs / 1000).toFixed(1)} | ${fmt(bulk)} |`);
    console.log(
      `| (c) floor: the ${fmt(floorRows)} rows the hub wrote, copied table to table in PostgreSQL | ${(floorMs / 1000).toFixed(1)} | ${fmt(floor)} |`,
    );
    console.log(
      `\nend to end / parse only: ${(e2e / parse).toFixed(2)}×; end to end / bulk upsert: ${(e2e / bulk).toFixed(2)}×; end to end / floor: ${(e2e / floor).toFixed(2)}×`,
    );
    console.log(
      `rows per message: ${(floorRows / total).toFixed(1)} (${floorTables
        .sort((a, b) => b.ms - a.ms)
        .map((t) => `${t.table} ${fmt(t.rows)} in ${t.ms} ms`)
        .join(', ')})`,
    );
    console.log(`hub peak RSS: ${rss.toFixed(0)} MiB`);
    console.log(`written: ${JSON.stringify(counts)}`);
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    await dropDatabase(run).catch(() => undefined);
    await kafkaBroker.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
