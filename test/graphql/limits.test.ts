import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_COST: '5000' });
  await seedSmallCounty(t.orm, 100);
  // Authenticating reads the client row once, then it is cached: only the limit check is measured.
  await t.graphql('{ regions(first: 1) { totalCount } }');
});
afterAll(() => t.stop());

describe('query limits', () => {
  it('rejects a query deeper than the limit before running it', async () => {
    const statementsBefore = await sqlStatements();
    const res = await t.graphql(
      `{ people(first: 1) { nodes { residences { house { grid { village { parent { parent { name } } } } } } } } }`,
    );
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 8 });
    expect(res.errors![0].message).toMatch(/depth \d+ exceeds the limit of 8/);
    expect(await sqlStatements()).toBe(statementsBefore);
  });

  it('rejects a query whose page sizes multiply past the cost limit, through fragments too', async () => {
    const res = await t.graphql(
      `
      query Costly($n: Int) { grids(first: $n) { nodes { ...G } } }
      fragment G on Grid { people(first: 100) { nodes { name events(first: 50) { nodes { id } } } } }`,
      { n: 100 },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 5000 });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(5000);
  });

  it('runs the same shape with small pages', async () => {
    const res = await t.graphql(`{ grids(first: 2) { nodes { people(first: 3) { nodes { name } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.grids.nodes).toHaveLength(2);
  });
});

async function sqlStatements(): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return Number(/govgraph_sql_statements_total\{source="data"\} (\d+)/.exec(text)![1]);
}
