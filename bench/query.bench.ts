import 'reflect-metadata';
import { prepareBenchDatabase } from './lib/bench-db';
import { graphql, HubProcess, sqlStatements, startHubProcess } from './lib/hub-process';
import { load, LoadResult } from './lib/load';
import { Client } from 'pg';
import { AccessRole, Department } from '../src/access/access.enums';
import { BENCH_SECRETS, benchClientHeaders } from './lib/bench-access';

/**
 * bench:query — the read path under load. Seeds 100,000 people into PostgreSQL, starts the hub,
 * and measures with autocannon over HTTP a nested query (50 people of a village → residences →
 * house → grid, and their events) and a by-id query; the nested query also on a second hub with
 * DataLoader batching switched off, as the baseline, in alternating rounds (BENCH_ROUNDS, each side
 * reported by its median). Also counts SQL statements per nested request
 * at 10 and 100 per page. Then the cost of access control: the nested query with identity numbers
 * and phones, read by a police client scoped to the county (authorization, masking, the access
 * ledger on) against the same query on a hub with access control off.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const NESTED = `query Nested($village: String!, $first: Int!) {
  people(first: $first, filter: { regionCode: $village }) {
    nodes { id name gender residences { kind validFrom house { address use grid { code name } } }
      events(first: 5) { nodes { id kind category reportedAt status } } }
  }
}`;
/** The nested query plus the personal fields that decryption, masking and the ledger act on. */
const NESTED_PERSONAL = `query NestedPersonal($village: String!, $first: Int!) {
  people(first: $first, filter: { regionCode: $village }) {
    nodes { id name gender identityNumber phones residences { kind validFrom house { address use grid { code name } } }
      events(first: 5) { nodes { id kind category reportedAt status } } }
  }
}`;
const BY_ID = `query ById($id: ID!) { person(id: $id) { id name gender birthDate phones } }`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

async function statementsPerRequest(
  hub: HubProcess,
  village: string,
  first: number,
  requests = 20,
  headers: Record<string, string> = {},
): Promise<number> {
  const before = await sqlStatements(hub.url);
  const ledgerBefore = await sqlStatements(hub.url, 'ledger');
  for (let i = 0; i < requests; i++) await graphql(hub.url, NESTED, { village, first }, headers);
  ledgerStatementsPerRequest = ((await sqlStatements(hub.url, 'ledger')) - ledgerBefore) / requests;
  return ((await sqlStatements(hub.url)) - before) / requests;
}

/** The access ledger's statements per request in the last count (one transaction; shared under concurrency). */
let ledgerStatementsPerRequest = 0;

function row(name: string, r: LoadResult): string {
  return `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`;
}

async function main(): Promise<void> {
  const databaseUrl = await prepareBenchDatabase(PEOPLE);
  const hubEnv = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', GRAPHQL_MAX_PAGE_SIZE: '500', ...BENCH_SECRETS };
  const admin = await benchClientHeaders(databaseUrl, { name: 'bench administrator' });
  const police = await benchClientHeaders(databaseUrl, {
    name: 'bench police',
    department: Department.POLICE,
    roles: [AccessRole.OFFICER],
    regionCode: '371326000000',
  });
  const batched = await startHubProcess(hubEnv);
  let villages: string[];
  let ids: string[];
  try {
    const regions = await graphql(
      batched.url,
      `
        {
          regions(first: 500, filter: { level: VILLAGE }) {
            nodes {
              code
            }
          }
        }
      `,
      {},
      admin,
    );
    villages = regions.regions.nodes.map((n: { code: string }) => n.code);
    const people = await graphql(
      batched.url,
      `
        {
          people(first: 500) {
            nodes {
              id
            }
          }
        }
      `,
      {},
      admin,
    );
    ids = people.people.nodes.map((n: { id: string }) => n.id);
  } catch (error) {
    await batched.stop();
    throw error;
  }
  const nestedBodies = villages.map((village) => body(NESTED, { village, first: 50 }));
  const byIdBodies = ids.map((id) => body(BY_ID, { id }));
  const results: Record<string, unknown> = {};
  const asAdmin = { connections: CONNECTIONS, headers: admin };
  const unbatched = await startHubProcess({ ...hubEnv, GRAPHQL_BATCHING: 'false' }).catch(async (error: unknown) => {
    await batched.stop();
    throw error;
  });
  try {
    await load(batched.url, nestedBodies, { ...asAdmin, seconds: 5 }); // warm-up: V8 optimises the compiled queries and the loaders
    await load(unbatched.url, nestedBodies, { ...asAdmin, seconds: 5 });
    // Alternating rounds, each side reported by its median: a neighbour's load hits both alike.
    const batchedRuns: LoadResult[] = [];
    const unbatchedRuns: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      batchedRuns.push(await load(batched.url, nestedBodies, { ...asAdmin, seconds: SECONDS }));
      unbatchedRuns.push(await load(unbatched.url, nestedBodies, { ...asAdmin, seconds: SECONDS }));
    }
    results.nested = median(batchedRuns);
    results.nestedUnbatched = median(unbatchedRuns);
    results.nestedRounds = batchedRuns.map((r, i) => ({
      batched: r.requestsPerSecond,
      unbatched: unbatchedRuns[i].requestsPerSecond,
    }));
    results.byId = await load(batched.url, byIdBodies, { ...asAdmin, seconds: SECONDS });
    results.statementsAt10 = await statementsPerRequest(batched, villages[0], 10, 20, admin);
    results.statementsAt100 = await statementsPerRequest(batched, villages[0], 100, 20, admin);
    results.ledgerStatementsPerSequentialRequest = ledgerStatementsPerRequest;
    results.statementsUnbatchedAt50 = await statementsPerRequest(unbatched, villages[0], 50, 5, admin);
  } finally {
    await Promise.all([batched.stop(), unbatched.stop()]);
  }
  Object.assign(results, await accessCost(hubEnv, villages, police));
  const nested = results.nested as LoadResult;
  const nestedUnbatched = results.nestedUnbatched as LoadResult;
  const ratio = nested.requestsPerSecond / nestedUnbatched.requestsPerSecond;
  console.log(`\n## bench:query — ${PEOPLE} people, ${CONNECTIONS} connections, ${SECONDS} s per run\n`);
  console.log('| run | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
  console.log(row('nested, 50 per page (batched)', nested));
  console.log(row('by id', results.byId as LoadResult));
  console.log(row('nested, 50 per page (batching off: baseline)', nestedUnbatched));
  console.log(
    `\nbatched / unbatched throughput (medians of ${ROUNDS} alternating rounds): ${ratio.toFixed(1)}× (target ≥ 5×)`,
  );
  console.log(
    `rounds (req/s batched / unbatched): ${(results.nestedRounds as { batched: number; unbatched: number }[]).map((r) => `${r.batched.toFixed(0)} / ${r.unbatched.toFixed(0)}`).join(', ')}`,
  );
  console.log(
    `SQL statements per nested request: ${results.statementsAt10} at 10 per page, ${results.statementsAt100} at 100 per page (target ≤ 8, constant); ${results.statementsUnbatchedAt50} with batching off at 50; plus ${results.ledgerStatementsPerSequentialRequest} access-ledger statements per request when requests come one at a time (one transaction, shared by concurrent requests)`,
  );
  const accessOn = results.nestedAccessOn as LoadResult;
  const accessOff = results.nestedAccessOff as LoadResult;
  const accessRatio = accessOn.requestsPerSecond / accessOff.requestsPerSecond;
  console.log('\n| access control | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
  console.log(row('nested + identity numbers and phones, police client (policy, masking, ledger on)', accessOn));
  console.log(row('the same query, access control off (baseline)', accessOff));
  console.log(
    `\naccess on / off throughput (medians of ${ACCESS_ROUNDS} alternating rounds): ${accessRatio.toFixed(2)}× (target ≥ 0.8×); ledger entries written: ${results.ledgerEntries}`,
  );
  console.log(
    `rounds (req/s off → on): ${(results.accessRounds as { off: number; on: number }[]).map((r) => `${r.off.toFixed(0)} → ${r.on.toFixed(0)}`).join(', ')}`,
  );
  console.log(`\n${JSON.stringify({ people: PEOPLE, ...results, ratio, accessRatio })}`);
}

const ACCESS_ROUNDS = Number(process.env.BENCH_ACCESS_ROUNDS ?? 3);

function median(runs: LoadResult[]): LoadResult {
  return [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)];
}

/**
 * Access control's cost: the same nested personal query against a hub with access control off
 * (GOVGRAPH_ACCESS_CONTROL=false, allowed outside production only, hence NODE_ENV=development for
 * both) and one with it on, read by a county-scoped police client: row scope in SQL, the field
 * guard, masking and the access ledger (decryption happens in both). Both hubs run at once and
 * the runs alternate off/on for several rounds, each side reported by its median round, so a
 * neighbour's load on a shared machine hits both sides alike.
 */
async function accessCost(
  hubEnv: Record<string, string>,
  villages: string[],
  police: Record<string, string>,
): Promise<Record<string, unknown>> {
  const bodies = villages.map((village) => body(NESTED_PERSONAL, { village, first: 50 }));
  const off = await startHubProcess({ ...hubEnv, NODE_ENV: 'development', GOVGRAPH_ACCESS_CONTROL: 'false' });
  const on = await startHubProcess({ ...hubEnv, NODE_ENV: 'development' }).catch(async (error: unknown) => {
    await off.stop();
    throw error;
  });
  const offRuns: LoadResult[] = [];
  const onRuns: LoadResult[] = [];
  try {
    await load(off.url, bodies, { seconds: 2, connections: CONNECTIONS });
    await load(on.url, bodies, { seconds: 2, connections: CONNECTIONS, headers: police });
    const before = await ledgerEntries(hubEnv.DATABASE_URL);
    for (let round = 0; round < ACCESS_ROUNDS; round++) {
      offRuns.push(await load(off.url, bodies, { seconds: SECONDS, connections: CONNECTIONS }));
      onRuns.push(await load(on.url, bodies, { seconds: SECONDS, connections: CONNECTIONS, headers: police }));
    }
    const ledger = (await ledgerEntries(hubEnv.DATABASE_URL)) - before;
    return {
      nestedAccessOff: median(offRuns),
      nestedAccessOn: median(onRuns),
      accessRounds: offRuns.map((r, i) => ({ off: r.requestsPerSecond, on: onRuns[i].requestsPerSecond })),
      ledgerEntries: ledger,
    };
  } finally {
    await Promise.all([off.stop(), on.stop()]);
  }
}

async function ledgerEntries(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('select coalesce(max(seq), 0) as n from access_ledger')).rows[0].n);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
