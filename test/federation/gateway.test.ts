import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startDepartmentSubgraph } from '../helpers/department-subgraph';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let hub: TestHub;
let department: { url: string; stop(): Promise<void> };
let gateway: ApolloServer;
let people: { id: string; name: string }[];

beforeAll(async () => {
  hub = await startTestHub();
  await seedSmallCounty(hub.orm, 100);
  people = (await hub.graphql(`{ people(first: 3) { nodes { id name } } }`)).data!.people.nodes;
  department = await startDepartmentSubgraph({ [people[0].id]: '在领', [people[1].id]: '暂停' });
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: 'hub', url: `${hub.url}/graphql` },
          { name: 'civil', url: department.url },
        ],
      }),
      // The router forwards the department's credentials; here the hub's test administrator.
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource({
          url,
          willSendRequest: ({ request }) => request.http?.headers.set('authorization', `Bearer ${hub.adminToken}`),
        }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await department?.stop();
  await hub?.stop();
});

async function execute(query: string, variables?: Record<string, unknown>) {
  const response = await gateway.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('federation', () => {
  it('composes the hub with a department subgraph and queries across both', async () => {
    const result = await execute(`{ pensioners { id name pensionStatus residences { house { address } } } }`);
    expect(result.errors).toBeUndefined();
    const byId = new Map(
      (result.data!.pensioners as { id: string; name: string; pensionStatus: string }[]).map((p) => [p.id, p]),
    );
    expect(byId.get(people[0].id)).toMatchObject({ name: people[0].name, pensionStatus: '在领' });
    expect(byId.get(people[1].id)).toMatchObject({ name: people[1].name, pensionStatus: '暂停' });
  });

  it('adds department fields to the hub’s own queries', async () => {
    const result = await execute(`query($id: ID!) { person(id: $id) { name pensionStatus } }`, { id: people[1].id });
    expect(result.data!.person).toEqual({ name: people[1].name, pensionStatus: '暂停' });
  });

  it('resolves _entities for every keyed type through the loaders, null for unknown ids', async () => {
    const grid = (await hub.graphql(`{ grids(first: 1) { nodes { id village { id } } } }`)).data!.grids.nodes[0];
    const res = await hub.graphql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        __typename ... on Person { name } ... on Grid { id } ... on Region { name } } }`,
      {
        reps: [
          { __typename: 'Person', id: people[2].id },
          { __typename: 'Grid', id: grid.id },
          { __typename: 'Region', id: grid.village.id },
          { __typename: 'Person', id: '01890000-0000-7000-8000-000000000000' },
          { __typename: 'Person', id: 'not-an-id' },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    const [person, g, region, unknown, malformed] = res.data!._entities;
    expect(person).toEqual({ __typename: 'Person', name: people[2].name });
    expect(g).toEqual({ __typename: 'Grid', id: grid.id });
    expect(region.__typename).toBe('Region');
    expect(unknown).toBeNull();
    expect(malformed).toBeNull();
  });
});
