import 'reflect-metadata';
import { Client } from 'pg';
import { parseEnv } from '../src/config/env';
import { startHub } from '../src/hub';
import { createManualClock } from '../src/shared/clock';
import { createLogger } from '../src/shared/logger';
import { createCounty, insertEvents, MEASURED_MONTH, NOW, TOWN } from './loop-data';

/**
 * bench:loop — p50/p99 of the town-month figures query and of a page of a unit's open tasks,
 * through GraphQL over HTTP, with 100,000 and then 1,000,000 events in PostgreSQL. Target: at
 * 1,000,000 each is at most 2× its time at 100,000. BENCH_DATABASE_URL names a server database
 * it may drop and recreate (default gg_loop_bench on the local server).
 */
const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/gg_loop_bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const CHUNK = 100_000;

async function recreateDatabase(): Promise<void> {
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const name = url.pathname.slice(1);
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(run: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 30; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main(): Promise<void> {
  await recreateDatabase();
  const config = parseEnv({
    DATABASE_URL: url.toString(),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    GOVGRAPH_DEMO: 'false',
    SUPERVISION_INTERVAL_MS: '0',
  });
  const hub = await startHub(config, createLogger('warn'), { clock: createManualClock(new Date(NOW)) });
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    await createCounty(db);
    const [{ id: center }] = (
      await db.query(`select id from unit where kind = 'TOWN_CENTER' and region_code = $1`, [TOWN])
    ).rows;
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const figures = () =>
      graphql(
        `
          query ($scope: FiguresScope!, $from: DateTimeISO!, $to: DateTimeISO!) {
            figures(scope: $scope, from: $from, to: $to) {
              reported
              resolved
              resolutionRate
              onTimeRate
              medianHoursToResolve
              satisfaction
              workers {
                reported
                rejectedShare
              }
            }
          }
        `,
        { scope: { regionCode: TOWN }, ...MEASURED_MONTH },
      );
    const tasks = () =>
      graphql(
        `
          query ($id: ID!) {
            unit(id: $id) {
              openTasks(first: 20) {
                nodes {
                  id
                  deadline
                  status
                }
                pageInfo {
                  endCursor
                }
              }
            }
          }
        `,
        { id: center },
      );

    const results: Record<string, { p50: number; p99: number }> = {};
    const phases = [
      { size: 100_000, label: '100k', from: '2030-01-01T00:00:00Z', to: NOW, total: 100_000 },
      { size: 1_000_000, label: '1M', from: '2021-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z', total: 900_000 },
    ];
    for (const phase of phases) {
      const started = Date.now();
      for (let first = 1; first <= phase.total; first += CHUNK) {
        await insertEvents(db, first, Math.min(phase.total, first + CHUNK - 1), phase.total, phase.from, phase.to);
      }
      await db.query('vacuum analyze hub_event');
      const { rows } = await db.query('select count(*)::int as n from hub_event');
      const sample = await figures();
      const page = await tasks();
      console.log(
        `${phase.label}: ${rows[0].n} events written in ${((Date.now() - started) / 1000).toFixed(1)} s; town-month reported ${sample.figures.reported}, open tasks page ${page.unit.openTasks.nodes.length}`,
      );
      results[`figures ${phase.label}`] = await measure(async () => void (await figures()));
      results[`openTasks ${phase.label}`] = await measure(async () => void (await tasks()));
    }
    console.log('\nquery                 p50 ms   p99 ms');
    for (const [name, r] of Object.entries(results))
      console.log(`${name.padEnd(20)} ${r.p50.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}`);
    for (const q of ['figures', 'openTasks']) {
      const ratio = results[`${q} 1M`].p50 / results[`${q} 100k`].p50;
      console.log(`${q}: p50 at 1M / at 100k = ${ratio.toFixed(2)} (target ≤ 2) ${ratio <= 2 ? 'OK' : 'MISSED'}`);
    }
  } finally {
    await db.end();
    await hub.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
