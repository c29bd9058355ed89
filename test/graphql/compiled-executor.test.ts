import { buildSchema, GraphQLSchema, parse } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { compiledExecutor } from '../../src/graphql/compiled-executor';
import { startTestHub, TestHub } from '../helpers/test-hub';
import { AccessFixture, createAccessFixture } from '../access/access-fixture';

let compiled: TestHub;
let reference: TestHub;
let f: AccessFixture;

beforeAll(async () => {
  compiled = await startTestHub();
  f = await createAccessFixture(compiled);
  // The same database, the same keys, every operation on graphql-js.
  reference = await startTestHub({ GRAPHQL_COMPILED: 'false' });
});
afterAll(async () => {
  await compiled.stop();
  await reference.stop();
});

const NESTED = `query Nested($village: String!, $first: Int!, $withEvents: Boolean!) {
  people(first: $first, filter: { regionCode: $village }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { __typename id name gender ...Where
      events(first: 5) @include(if: $withEvents) { nodes { id kind category reportedAt status } } }
  }
}
fragment Where on Person { residences { kind validFrom house { address use grid { code name } } } region { code name } }`;

describe('queries compiled by graphql-jit', () => {
  it('answer exactly what graphql-js answers: nested pages, fragments, directives, masking, errors and nulls', async () => {
    const { townA, inA, inB } = f;
    const village = await compiled.graphql(`query($id: ID!) { person(id: $id) { region { code } } }`, { id: inA.id });
    const villageCode = village.data!.person.region.code as string;
    const cases: [string, Record<string, unknown>, Record<string, string>?][] = [
      [NESTED, { village: villageCode, first: 20, withEvents: true }],
      [NESTED, { village: villageCode, first: 3, withEvents: false }],
      [
        `query($town: String!) { grids(first: 5, filter: { regionCode: $town }) { nodes { code name
          houses(first: 3) { totalCount nodes { address residents: residences { kind person { name } } } } } } }`,
        { town: townA },
      ],
      [`{ regions(first: 10, filter: { level: TOWN }) { nodes { code name level } } }`, {}],
      // Masking and row scope for a scoped department: a person out of scope is null.
      [
        `query($a: ID!, $b: ID!) { a: person(id: $a) { identityNumber phones tags { kind } } b: person(id: $b) { id } }`,
        { a: inA.id, b: inB.id },
        f.headers.police,
      ],
      // A denied field: FORBIDDEN with its path, and null in its place.
      [`query($id: ID!) { person(id: $id) { id name } }`, { id: inA.id }, f.headers.analyst],
      // An unknown id, a malformed id (BAD_USER_INPUT naming the argument), a variable of the wrong type.
      [`query($id: ID!) { person(id: $id) { id } }`, { id: '01a20000-0000-7000-8000-000000000000' }],
      [`query($id: ID!) { person(id: $id) { id } }`, { id: 'not-an-id' }],
      [`query($first: Int!) { people(first: $first) { nodes { id } } }`, { first: 'ten' }],
      [
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name } } }`,
        { reps: [{ __typename: 'Person', id: inA.id }] },
      ],
      [`{ __type(name: "Person") { name fields { name } } }`, {}],
    ];
    const executions = async (hub: TestHub, engine: string) => {
      const metrics = await (await fetch(`${hub.url}/metrics`)).text();
      const line = new RegExp(`^govgraph_graphql_executions_total\\{engine="${engine}"\\} (\\d+)$`, 'm').exec(metrics);
      return Number(line?.[1] ?? 0);
    };
    const before = await executions(compiled, 'compiled');
    for (const [query, variables, headers] of cases) {
      const [fast, slow] = await Promise.all([
        compiled.graphql(query, variables, headers),
        reference.graphql(query, variables, headers),
      ]);
      expect({ query, variables, response: fast }).toEqual({ query, variables, response: slow });
    }
    // Every case but the two refused variables ran compiled on the one side, none on the other.
    expect((await executions(compiled, 'compiled')) - before).toBe(cases.length - 2);
    expect(await executions(reference, 'compiled')).toBe(0);
    // The comparison covered answers with data, with errors, and with both.
    const nested = await compiled.graphql(NESTED, { village: villageCode, first: 20, withEvents: true });
    expect(nested.data!.people.nodes.length).toBeGreaterThan(0);
    const denied = await compiled.graphql(
      `query($id: ID!) { person(id: $id) { id name } }`,
      { id: inA.id },
      f.headers.analyst,
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const badVariable = await compiled.graphql(`query($first: Int!) { people(first: $first) { nodes { id } } }`, {
      first: 'ten',
    });
    expect(badVariable.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badVariable.errors![0].message).toContain('$first');
  });
});

describe('the compiled executor on its own', () => {
  const schema: GraphQLSchema = buildSchema(`
    input Filter { words: [String!]! = [] limit: Int = 2 }
    type Query { echo(filter: Filter!): String! }
    type Mutation { bump: Int! }`);
  let bumps = 0;
  const root = {
    echo: ({ filter }: { filter: { words: string[]; limit: number } }) => `${filter.words.length}/${filter.limit}`,
    bump: () => ++bumps,
  };
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    field.resolve = (_s, args) => root[field.name as 'echo'](args as never);
  schema.getMutationType()!.getFields().bump.resolve = () => root.bump();

  const engines: string[] = [];
  const gateway = compiledExecutor(schema, (engine) => engines.push(engine));

  async function run(query: string, variables: Record<string, unknown> = {}) {
    const { executor } = await gateway.load({ apollo: {} as never });
    const document = parse(query);
    const operation = document.definitions[0] as GatewayGraphQLRequestContext['operation'];
    return executor!({
      document,
      operation,
      operationName: null,
      queryHash: query,
      request: { query, variables },
      context: {},
    } as unknown as GatewayGraphQLRequestContext);
  }

  beforeEach(() => {
    engines.length = 0;
  });

  it('runs a query compiled, and again from the compiled plan', async () => {
    const query = `{ echo(filter: { words: ["a", "b"] }) }`;
    expect(await run(query)).toEqual({ data: { echo: '2/2' } });
    expect(await run(query)).toEqual({ data: { echo: '2/2' } });
    expect(engines).toEqual(['compiled', 'compiled']);
  });

  it('applies the defaults of fields inside an input variable, as graphql-js does', async () => {
    expect(await run(`query($f: Filter!) { echo(filter: $f) }`, { f: {} })).toEqual({ data: { echo: '0/2' } });
    expect(await run(`query($f: Filter!) { echo(filter: $f) }`, { f: { words: ['a'], limit: 5 } })).toEqual({
      data: { echo: '1/5' },
    });
    // graphql-jit refused the first; the query stays on graphql-js.
    expect(engines).toEqual(['graphql-js', 'graphql-js']);
  });

  it('refuses a bad variable the way graphql-js does, naming it', async () => {
    const result = await run(`query($f: Filter!) { echo(filter: $f) }`, { f: { limit: 'many' } });
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/^Variable "\$f" got invalid value/);
  });

  it('runs mutations on graphql-js, once', async () => {
    expect(await run(`mutation { bump }`)).toEqual({ data: { bump: 1 } });
    expect(bumps).toBe(1);
    expect(engines).toEqual(['graphql-js']);
  });
});
