import 'reflect-metadata';
import { prepareBenchDatabase } from './lib/bench-db';
import { graphql, HubProcess, sqlStatements, startHubProcess } from './lib/hub-process';
import { load, LoadResult } from './lib/load';

/**
 * bench:query — the read path under load. Seeds 100,000 people into PostgreSQL, starts the hub,
 * and measures with autocannon over HTTP a nested query (50 people of a village → residences →
 * house → grid, and their events) and a by-id query; then the same nested query on a hub with
 * DataLoader batching switched off, as the baseline. Also counts SQL statements per nested request
 * at 10 and 100 per page.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

const NESTED = `query Nested($village: String!, $first: Int!) {
  people(first: $first, filter: { regionCode: $village }) {
    nodes { id name gender residences { kind validFrom house { address use grid { code name } } }
      events(first: 5) { nodes { id kind category reportedAt status } } }
  }
}`;
const BY_ID = `query ById($id: ID!) { person(id: $id) { id name gender birthDate phones } }`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

async function statementsPerRequest(hub: HubProcess, village: string, first: number, requests = 20): Promise<number> {
  const before = await sqlStatements(hub.url);
  for (let i = 0; i < requests; i++) await graphql(hub.url, NESTED, { village, first });
  return (await sqlStatements(hub.url) - before) / requests;
}

function row(name: string, r: LoadResult): string {
  return `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`;
}

async function main(): Promise<void> {
  const databaseUrl = await prepareBenchDatabase(PEOPLE);
  const hubEnv = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', GRAPHQL_MAX_PAGE_SIZE: '500' };
  const batched = await startHubProcess(hubEnv);
  let villages: string[];
  let ids: string[];
  try {
    const regions = await graphql(batched.url, `{ regions(first: 500, filter: { level: VILLAGE }) { nodes { code } } }`, {});
    villages = regions.regions.nodes.map((n: { code: string }) => n.code);
    const people = await graphql(batched.url, `{ people(first: 500) { nodes { id } } }`, {});
    ids = people.people.nodes.map((n: { id: string }) => n.id);
  } catch (error) {
    await batched.stop();
    throw error;
  }
  const nestedBodies = villages.map((village) => body(NESTED, { village, first: 50 }));
  const byIdBodies = ids.map((id) => body(BY_ID, { id }));
  const results: Record<string, unknown> = {};
  try {
    await load(batched.url, nestedBodies, { seconds: 2, connections: CONNECTIONS }); // warm-up
    results.nested = await load(batched.url, nestedBodies, { seconds: SECONDS, connections: CONNECTIONS });
    results.byId = await load(batched.url, byIdBodies, { seconds: SECONDS, connections: CONNECTIONS });
    results.statementsAt10 = await statementsPerRequest(batched, villages[0], 10);
    results.statementsAt100 = await statementsPerRequest(batched, villages[0], 100);
  } finally {
    await batched.stop();
  }
  const unbatched = await startHubProcess({ ...hubEnv, GRAPHQL_BATCHING: 'false' });
  try {
    await load(unbatched.url, nestedBodies, { seconds: 2, connections: CONNECTIONS });
    results.nestedUnbatched = await load(unbatched.url, nestedBodies, { seconds: SECONDS, connections: CONNECTIONS });
    results.statementsUnbatchedAt50 = await statementsPerRequest(unbatched, villages[0], 50, 5);
  } finally {
    await unbatched.stop();
  }
  const nested = results.nested as LoadResult;
  const nestedUnbatched = results.nestedUnbatched as LoadResult;
  const ratio = nested.requestsPerSecond / nestedUnbatched.requestsPerSecond;
  console.log(`\n## bench:query — ${PEOPLE} people, ${CONNECTIONS} connections, ${SECONDS} s per run\n`);
  console.log('| run | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
  console.log(row('nested, 50 per page (batched)', nested));
  console.log(row('by id', results.byId as LoadResult));
  console.log(row('nested, 50 per page (batching off: baseline)', nestedUnbatched));
  console.log(`\nbatched / unbatched throughput: ${ratio.toFixed(1)}× (target ≥ 5×)`);
  console.log(`SQL statements per nested request: ${results.statementsAt10} at 10 per page, ${results.statementsAt100} at 100 per page (target ≤ 8, constant); ${results.statementsUnbatchedAt50} with batching off at 50`);
  console.log(`\n${JSON.stringify({ people: PEOPLE, ...results, ratio })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
