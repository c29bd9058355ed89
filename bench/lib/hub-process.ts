import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the hub as `npm start` does, in its own process, so the load generator does not share its
 * thread. `BENCH_HUB_NODE_ARGS` adds runtime flags (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
export async function startHubProcess(env: Record<string, string>): Promise<HubProcess> {
  const port = await freePort();
  // The same runtime flags as `npm start` (a larger young generation: GraphQL responses make much short-lived garbage;
  // an old generation capped so an ingesting hub stays under 512 MB).
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      '--max-old-space-size=384',
      ...(process.env.BENCH_HUB_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '-r',
      '@swc-node/register',
      join(ROOT, 'src', 'main.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        GOVGRAPH_DEMO: 'false',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('hub exited during start');
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('hub did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The hub's count of SQL statements sent, from /metrics: the read/write path's, or the access ledger's. */
export async function sqlStatements(url: string, source: 'data' | 'ledger' = 'data'): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(new RegExp(`govgraph_sql_statements_total\\{source="${source}"\\} (\\d+)`).exec(text)?.[1] ?? NaN);
}

/** Posts one GraphQL operation and fails loudly on errors (a benchmark of errors measures nothing). */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
