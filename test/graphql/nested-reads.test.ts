import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let batched: TestHub;
let unbatched: TestHub;

beforeAll(async () => {
  batched = await startTestHub();
  await seedSmallCounty(batched.orm, 200);
  unbatched = await startTestHub({ GRAPHQL_BATCHING: 'false' });
});
afterAll(async () => {
  await batched?.stop();
  await unbatched?.stop();
});

const NESTED = `query Nested($first: Int!) {
  people(first: $first) {
    nodes { id name residences { kind house { id address grid { id code name } } }
      events(first: 3) { nodes { id kind } } }
  }
}`;

async function statements(t: TestHub): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return Number(/govgraph_sql_statements_total\{source="data"\} (\d+)/.exec(text)![1]);
}

async function statementsFor(t: TestHub, first: number): Promise<number> {
  const before = await statements(t);
  const res = await t.graphql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  return (await statements(t)) - before;
}

describe('nested reads through the loaders', () => {
  it('cost the same few statements at any page size: a house brings its grid along', async () => {
    // The client's row is read once, then cached.
    for (const t of [batched, unbatched]) await t.graphql(NESTED, { first: 1 });
    const at10 = await statementsFor(batched, 10);
    const at100 = await statementsFor(batched, 100);
    // The page, the residences, the houses with their grids, the events.
    expect(at10).toBe(4);
    expect(at100).toBe(4);
    // Batching off: every parent reads its own children, and a house still brings its grid.
    const people = (await batched.graphql(NESTED, { first: 10 })).data!.people.nodes;
    const houses = new Set(people.flatMap((p: any) => p.residences.map((r: any) => r.house.id))).size;
    expect(houses).toBeGreaterThan(0);
    expect(await statementsFor(unbatched, 10)).toBe(1 + 10 + houses + 10);
  });

  it('answer a grid read along with its house as the grid read by id, batched or not', async () => {
    const res = await batched.graphql(NESTED, { first: 100 });
    expect(res.errors).toBeUndefined();
    const grids = res.data!.people.nodes.flatMap((p: any) =>
      p.residences.map((r: any) => r.house.grid).filter(Boolean),
    );
    expect(grids.length).toBeGreaterThan(10);
    for (const grid of grids.slice(0, 20)) {
      const byId = await batched.graphql(`query G($id: ID!) { grid(id: $id) { id code name } }`, { id: grid.id });
      expect(byId.data!.grid).toEqual(grid);
    }
    expect((await unbatched.graphql(NESTED, { first: 100 })).data).toEqual(res.data);
  });
});
