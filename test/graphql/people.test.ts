import type { DemoCounty } from '../../src/demo/demo.types';
import { bearer, GraphQLResponse, seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;
let county: DemoCounty;
let query: (q: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<any>>;

beforeAll(async () => {
  t = await startTestHub();
  county = await seedSmallCounty(t.orm);
  const admin = bearer(await t.issueToken());
  query = (q, variables) => t.graphql(q, variables, admin);
});
afterAll(() => t.stop());

const PEOPLE_PAGE = `query Page($first: Int, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name region { code } } }
  }
}`;

describe('people', () => {
  it('pages through every person of a town exactly once with keyset cursors', async () => {
    const town = county.registry.regions.find((r) => r.level === 'TOWN')!.code;
    const expected = county.people.length; // sanity: the town holds some of them
    const seen = new Set<string>();
    let after: string | undefined;
    let total = -1;
    for (let pages = 0; pages < 100; pages++) {
      const res = await query(PEOPLE_PAGE, { first: 7, after, filter: { regionCode: town } });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.people;
      total = conn.totalCount;
      for (const edge of conn.edges) {
        expect(seen.has(edge.node.id)).toBe(false);
        expect(edge.node.region.code.startsWith(town.slice(0, 9))).toBe(true);
        seen.add(edge.node.id);
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(expected);
    expect(seen.size).toBe(total);
  });

  it('resolves a person with residences, house, grid, tags and events', async () => {
    const withEvents = county.events.find((e) => e.parties.length > 0)!;
    const demoPerson = county.people.find((p) => p.key === withEvents.parties[0].personKey)!;
    const found = await query(
      `{ people(filter: { identityNumber: "${demoPerson.identityNumber}" }) { nodes { id } } }`,
    );
    const id = found.data!.people.nodes[0].id;
    const res = await query(
      `query One($id: ID!) { person(id: $id) {
        name identityNumber(purpose: "test: resolve a person") gender birthDate
        residences { kind house { address grid { code village { code } } } }
        tags { kind }
        events(first: 50) { totalCount nodes { id kind parties { role person { id } } } }
      } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const person = res.data!.person;
    expect(person.identityNumber).toBe(demoPerson.identityNumber);
    expect(person.birthDate).toBe(demoPerson.birthDate);
    const eventsOfPerson = county.events.filter((e) => e.parties.some((p) => p.personKey === demoPerson.key));
    expect(person.events.totalCount).toBe(eventsOfPerson.length);
    for (const event of person.events.nodes) {
      expect(event.parties.some((p: { person: { id: string } }) => p.person.id === id)).toBe(true);
    }
    const residences = county.residences.filter((r) => r.personKey === demoPerson.key);
    expect(person.residences).toHaveLength(residences.length);
  });

  it('finds a person by the legacy 15-digit form of an identity number born in the 1900s', async () => {
    const person = county.people.find((p) => p.identityNumber.slice(6, 8) === '19')!;
    const legacy = person.identityNumber.slice(0, 6) + person.identityNumber.slice(8, 17);
    const res = await query(
      `{ people(filter: { identityNumber: "${legacy}" }) { totalCount nodes { identityNumber(purpose: "test: legacy lookup") } } }`,
    );
    expect(res.data!.people.totalCount).toBe(1);
    expect(res.data!.people.nodes[0].identityNumber).toBe(person.identityNumber);
  });

  it('answers null for an unknown id and BAD_USER_INPUT naming a malformed one', async () => {
    const unknown = await query(`{ person(id: "01890000-0000-7000-8000-000000000000") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.person).toBeNull();
    const malformed = await query(`{ person(id: "42") { id } }`);
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].extensions!.argument).toBe('id');
  });

  it.each([
    ['after', { after: 'not-a-cursor' }],
    ['filter.regionCode', { filter: { regionCode: '3713' } }],
    ['filter.identityNumber', { filter: { identityNumber: '371326199001011230' } }],
    ['first', { first: 100000 }],
    ['first', { first: -1 }],
  ])('rejects a bad %s with BAD_USER_INPUT naming it', async (argument, variables) => {
    const res = await query(PEOPLE_PAGE, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors![0].message).toContain(argument);
  });

  it('rejects a cursor of another connection', async () => {
    const events = await query(`{ events(first: 1) { pageInfo { endCursor } } }`);
    const res = await query(PEOPLE_PAGE, { after: events.data!.events.pageInfo.endCursor });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('filters by name ignoring stray spaces', async () => {
    const person = county.people.find((p) => !p.name.includes('·'))!;
    const spaced = person.name.split('').join(' ');
    const res = await query(`{ people(filter: { name: "${spaced}" }, first: 100) { totalCount nodes { name } } }`);
    const expected = county.people.filter((p) => p.name === person.name).length;
    expect(res.data!.people.totalCount).toBe(expected);
    expect(res.data!.people.nodes.every((n: { name: string }) => n.name === person.name)).toBe(true);
  });
});
