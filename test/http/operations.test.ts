import { startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

describe('operations endpoints', () => {
  it('answers /healthz while up and /readyz with the database and migrations checked', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true } } });
  });

  it('exposes Prometheus metrics including GraphQL requests and SQL statements', async () => {
    await t.graphql(`query Probe { regions(first: 1) { totalCount } }`);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/govgraph_graphql_requests_total\{operation="Probe",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/govgraph_sql_statements_total\{source="data"\} [1-9]/);
    expect(text).toMatch(/govgraph_sql_statements_total\{source="ledger"\} \d+/);
    expect(text).toContain('govgraph_process_resident_memory_bytes');
  });

  it('serves the GraphQL IDE to browsers from the hub itself, with no external assets', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    for (const asset of html.match(/\/ide\/[\w.-]+/g)!) {
      const res = await fetch(`${t.url}${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10);
    }
    const missing = await fetch(`${t.url}/ide/nothing.js`);
    expect(missing.status).toBe(404);
  });

  it('masks internal errors and keeps coded client errors', async () => {
    const res = await t.graphql(`{ nope }`);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
