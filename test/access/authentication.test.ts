import { ConfigError, parseEnv } from '../../src/config/env';
import { signToken } from '../../src/access/tokens';
import { waitFor } from '../helpers/wait-for';
import { bearer, seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: '100000' });
  await seedSmallCounty(t.orm, 50);
});
afterAll(() => t.stop());

const ISSUE = `mutation($input: IssueClientInput!) { issueClient(input: $input) { token apiKey client { id name department roles regionCode } } }`;

async function post(headers: Record<string, string>) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('client authentication', () => {
  it.each([
    ['no credentials', {}],
    [
      'a token signed with another secret',
      bearer(
        signToken('x'.repeat(40), { sub: '01890000-0000-7000-8000-000000000000', dept: 'HUB', roles: ['ADMIN'] }, 60),
      ),
    ],
    [
      'an expired token',
      bearer(
        signToken(
          process.env.GOVGRAPH_TOKEN_SECRET!,
          { sub: '01890000-0000-7000-8000-000000000000', dept: 'HUB', roles: ['ADMIN'] },
          60,
          Date.now() - 3_600_000,
        ),
      ),
    ],
    ['a garbage token', { authorization: 'Bearer not.a.token' }],
    ['an unknown API key', { 'x-api-key': `ggk_${'A'.repeat(43)}` }],
  ])('answers UNAUTHENTICATED (401) to %s', async (_what, headers) => {
    const { status, body } = await post(headers);
    expect(status).toBe(401);
    expect(body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(body.data).toBeUndefined();
  });

  it('issues a client with a token and an API key, lists it, and revokes both', async () => {
    const issued = await t.graphql(ISSUE, {
      input: {
        name: '公安 residents desk',
        department: 'POLICE',
        roles: ['OFFICER'],
        regionCode: '371326101000',
        apiKey: true,
      },
    });
    expect(issued.errors).toBeUndefined();
    const { token, apiKey, client } = issued.data!.issueClient;
    expect(client).toMatchObject({ department: 'POLICE', roles: ['OFFICER'], regionCode: '371326101000' });
    expect(apiKey).toMatch(/^ggk_/);
    expect((await post(bearer(token))).status).toBe(200);
    expect((await post({ 'x-api-key': apiKey })).status).toBe(200);
    expect((await post({ authorization: `ApiKey ${apiKey}` })).status).toBe(200);
    const [{ api_key_hash }] = await t.orm.em
      .getConnection()
      .execute('select api_key_hash from access_client where id = ?', [client.id]);
    expect(api_key_hash).not.toContain(apiKey.slice(4));

    const listed = await t.graphql(`{ accessClients { id name } }`);
    expect(listed.data!.accessClients.map((c: { id: string }) => c.id)).toContain(client.id);

    const revoked = await t.graphql(`mutation($id: ID!) { revokeClient(id: $id) { revokedAt } }`, { id: client.id });
    expect(revoked.data!.revokeClient.revokedAt).toBeTruthy();
    // Client rows are cached for a few seconds per process; the revocation must take hold within that.
    await waitFor(
      async () => (await post(bearer(token))).status === 401 && (await post({ 'x-api-key': apiKey })).status === 401,
      {
        timeoutMs: 15_000,
        what: 'the revoked client to be refused',
      },
    );
    const after = await t.graphql(`{ accessClients { id } }`);
    expect(after.data!.accessClients.map((c: { id: string }) => c.id)).not.toContain(client.id);
  });

  it('rejects a role the department has no policy for, naming the argument', async () => {
    const res = await t.graphql(ISSUE, { input: { name: 'x', department: 'PETITIONS', roles: ['GRID_WORKER'] } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.roles' });
    const region = await t.graphql(ISSUE, {
      input: { name: 'x', department: 'POLICE', roles: ['OFFICER'], regionCode: '3713' },
    });
    expect(region.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.regionCode' });
  });

  it('takes the acting member from the token, and from the development header only outside production', async () => {
    const app = await t.issueToken({
      name: 'grid app',
      department: 'GOVERNANCE_CENTER' as never,
      roles: ['DISPATCHER' as never],
      kind: 'APP' as never,
      memberId: 'member-7',
    });
    const res = await t.graphql(`{ people(first: 1) { nodes { id name } } }`, {}, bearer(app));
    const personId = res.data!.people.nodes[0].id;
    const log = await waitFor(async () => {
      const l = await t.graphql(
        `query($id: ID!) { personAccessLog(personId: $id) { nodes { memberId clientName } } }`,
        { id: personId },
      );
      return l.data!.personAccessLog.nodes.length ? l.data!.personAccessLog.nodes : undefined;
    });
    expect(log[0]).toEqual({ memberId: 'member-7', clientName: 'grid app' });
  });

  it('answers RATE_LIMITED (429) once a client has used its minute', async () => {
    const limited = await t.issueToken({ name: 'small client', rateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(bearer(limited))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const { body } = await post(bearer(limited));
    expect(body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('holds a client to its own lower depth limit', async () => {
    const shallow = await t.issueToken({ name: 'shallow client', maxDepth: 3 });
    const res = await t.graphql(
      `{ people(first: 1) { nodes { residences { house { address } } } } }`,
      {},
      bearer(shallow),
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 3 });
  });

  it('refuses to start in production without the signing secret and keys, or with authorization off', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' };
    expect(() => parseEnv(production)).toThrow(ConfigError);
    expect(() => parseEnv(production)).toThrow(/GOVGRAPH_TOKEN_SECRET/);
    const complete = {
      ...production,
      GOVGRAPH_TOKEN_SECRET: 's'.repeat(40),
      GOVGRAPH_FIELD_KEYS: 'k1:x',
      GOVGRAPH_BLIND_INDEX_KEY: 'y',
    };
    expect(parseEnv(complete).graphql.introspection).toBe(false);
    expect(() => parseEnv({ ...complete, GOVGRAPH_ACCESS_CONTROL: 'false' })).toThrow(/GOVGRAPH_ACCESS_CONTROL/);
  });
});
