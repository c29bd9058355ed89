import { maskIdentityNumber, maskPhone } from '../../src/identity';
import { startTestHub, TestHub } from '../helpers/test-hub';
import { AccessFixture, createAccessFixture } from './access-fixture';

let t: TestHub;
let f: AccessFixture;

beforeAll(async () => {
  t = await startTestHub();
  f = await createAccessFixture(t);
});
afterAll(() => t.stop());

describe('no path around the policy', () => {
  it('masks through aliases and fragments, and forbids through them', async () => {
    const res = await t.graphql(
      `query($id: ID!) {
        a: person(id: $id) { clear: identityNumber(purpose: "alias attempt") ...P }
        b: person(id: $id) { ... on Person { other: phones } }
      }
      fragment P on Person { tel: phones again: identityNumber(purpose: "fragment attempt") }`,
      { id: f.inA.id },
      f.headers.dispatcher,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.a).toEqual({
      clear: maskIdentityNumber(f.inA.identityNumber),
      tel: f.inA.phones.map(maskPhone),
      again: maskIdentityNumber(f.inA.identityNumber),
    });
    expect(res.data!.b).toEqual({ other: f.inA.phones.map(maskPhone) });

    const analyst = await t.graphql(
      `query($id: ID!) { person(id: $id) { ...N } } fragment N on Person { alias: name }`,
      { id: f.inA.id },
      f.headers.analyst,
    );
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(analyst.data!.person).toBeNull();
  });

  it('answers _entities only with people in scope, masked and with sensitive tags removed', async () => {
    const res = await t.graphql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id identityNumber(purpose: "entities attempt") phones tags { kind } } } }`,
      {
        reps: [
          { __typename: 'Person', id: f.inA.id },
          { __typename: 'Person', id: f.inB.id },
        ],
      },
      f.headers.petitions,
    );
    expect(res.errors).toBeUndefined();
    const [inA, inB] = res.data!._entities;
    expect(inA).toEqual({
      id: f.inA.id,
      identityNumber: maskIdentityNumber(f.inA.identityNumber),
      phones: f.inA.phones,
      tags: [{ kind: 'FREQUENT_PETITIONER' }],
    });
    expect(inB).toBeNull();

    const analyst = await t.graphql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { phones } } }`,
      {
        reps: [{ __typename: 'Person', id: f.inA.id }],
      },
      f.headers.analyst,
    );
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('keeps connections, nested paths and counts inside the region and the grid', async () => {
    const grids = await t.graphql(
      `query($id: ID!) { grid(id: $id) { people(first: 500) { totalCount nodes { id } } } }`,
      { id: f.inB.gridId },
      f.headers.police,
    );
    expect(grids.errors).toBeUndefined();
    expect(grids.data!.grid.people).toEqual({ totalCount: 0, nodes: [] });

    const worker = await t.graphql(
      `{ people(first: 500) { totalCount nodes { id grid { id } } } }`,
      {},
      f.headers.gridWorker,
    );
    expect(worker.errors).toBeUndefined();
    expect(worker.data!.people.totalCount).toBeGreaterThan(0);
    expect(worker.data!.people.nodes.map((n: { id: string }) => n.id)).toContain(f.inA.id);
    expect(worker.data!.people.nodes.map((n: { id: string }) => n.id)).not.toContain(f.inAOther.id);

    const police = await t.graphql(
      `{ people(first: 500) { totalCount nodes { region { code } } } }`,
      {},
      f.headers.police,
    );
    const prefix = f.townA.slice(0, 9);
    expect(police.data!.people.totalCount).toBe(police.data!.people.nodes.length);
    expect(police.data!.people.nodes.every((n: { region: { code: string } }) => n.region.code.startsWith(prefix))).toBe(
      true,
    );

    // A house in town B reached through a person of town A's events or residences shows no one outside.
    const nested = await t.graphql(
      `query($id: ID!) { grid(id: $id) { houses(first: 50) { nodes { residents { person { id } } } } } }`,
      { id: f.inB.gridId },
      f.headers.police,
    );
    expect(nested.data!.grid.houses.nodes).toEqual([]);
    const residents = await t.graphql(
      `query($id: ID!) { house: person(id: $id) { residences { house { residents { person { id } } } } } }`,
      { id: f.inA.id },
      f.headers.gridWorker,
    );
    const seen = residents
      .data!.house.residences.flatMap((r: any) => r.house?.residents ?? [])
      .map((r: any) => r.person?.id)
      .filter(Boolean);
    expect(seen).not.toContain(f.inAOther.id);
  });

  it('refuses filters that would reveal what the fields hide', async () => {
    const tag = await t.graphql(
      `{ people(filter: { tag: COMMUNITY_CORRECTION }) { totalCount } }`,
      {},
      f.headers.petitions,
    );
    expect(tag.errors![0].extensions!.code).toBe('FORBIDDEN');
    const allowed = await t.graphql(
      `{ people(filter: { tag: COMMUNITY_CORRECTION }) { totalCount nodes { id } } }`,
      {},
      f.headers.justice,
    );
    expect(allowed.data!.people).toEqual({ totalCount: 1, nodes: [{ id: f.inA.id }] });
    const byNumber = await t.graphql(
      `query($n: String!) { people(filter: { identityNumber: $n }) { totalCount } }`,
      { n: f.inA.identityNumber },
      f.headers.analyst,
    );
    expect(byNumber.errors![0].extensions!.code).toBe('FORBIDDEN');
    const outside = await t.graphql(
      `query($n: String!) { people(filter: { identityNumber: $n }) { totalCount } }`,
      { n: f.inB.identityNumber },
      f.headers.police,
    );
    expect(outside.data!.people.totalCount).toBe(0);
  });

  it('keeps administration to administrators', async () => {
    const res = await t.graphql(`{ accessClients { id } }`, {}, f.headers.police);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const log = await t.graphql(
      `query($id: ID!) { personAccessLog(personId: $id) { totalCount } }`,
      { id: f.inA.id },
      f.headers.police,
    );
    expect(log.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('rejects a blank purpose by name', async () => {
    const res = await t.graphql(
      `query($id: ID!) { person(id: $id) { identityNumber(purpose: "  ") } }`,
      { id: f.inA.id },
      f.headers.police,
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'purpose' });
  });
});
