import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../helpers/wait-for';

const ROOT = join(__dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'govgraph-embedded-'));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the hub exactly as `npm start` does, with no DATABASE_URL: the embedded PGlite default. */
async function startEmbeddedHub(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GOVGRAPH_DATA_DIR: dataDir,
    GOVGRAPH_DEMO_PEOPLE: '600',
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
  delete env.KAFKA_BROKERS;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`hub exited early:\n${output}`);
      const res = await fetch(`${base}/readyz`).catch(() => undefined);
      return res?.status === 200 ? true : undefined;
    },
    { timeoutMs: 150_000, intervalMs: 250, what: 'the embedded hub to become ready' },
  );
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the embedded default (no DATABASE_URL)', () => {
  it('starts on PGlite, fills the demo county, answers over HTTP, stops cleanly and keeps its data', async () => {
    const port = await freePort();
    const first = await startEmbeddedHub(port);
    // `npm start` on the embedded database prints a local admin token to query with.
    const printedToken = (output: string) => /Authorization: Bearer (\S+)/.exec(output)?.[1];
    let token = printedToken(first.output());
    expect(token).toBeDefined();
    const query = async () =>
      (await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query:
              '{ people(first: 2) { totalCount nodes { name residences { house { grid { name } } } } } region(code: "371326000000") { children { code } } }',
          }),
        })
      ).json()) as { data: { people: { totalCount: number; nodes: unknown[] }; region: { children: unknown[] } } };
    const body = await query();
    // The demo county arrives through the department feeds: the graph holds the people they mention.
    const people = body.data.people.totalCount;
    expect(people).toBeGreaterThan(100);
    expect(people).toBeLessThan(600);
    expect(body.data.people.nodes).toHaveLength(2);
    expect(body.data.region.children).toHaveLength(14);
    expect(first.output()).toContain('demo county');
    expect(first.output()).not.toMatch(/\d{17}[\dX]/); // no identity number ever reaches the logs
    expect(await stop(first.child)).toBe(0);

    const second = await startEmbeddedHub(port);
    token = printedToken(second.output());
    expect((await query()).data.people.totalCount).toBe(people);
    expect(second.output()).not.toContain('demo county');
    expect(await stop(second.child)).toBe(0);
  }, 300_000);
});
