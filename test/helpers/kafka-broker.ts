import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { waitFor } from './wait-for';

export { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/kafka-local.sh');
// globalSetup and globalTeardown may load this module separately, so the broker we own travels
// through the environment, like the PostgreSQL database name does.
const PID_ENV = 'GOVGRAPH_TEST_KAFKA_PID';
const DATA_ENV = 'GOVGRAPH_TEST_KAFKA_DATA_DIR';

/**
 * Makes sure a Kafka broker is reachable through KAFKA_BROKERS. When it is already set (a broker
 * from docker-compose or `npm run kafka`), it is used as is; otherwise a broker is started for
 * this run on free ports with a fresh data dir, and stopKafka stops it again.
 */
export async function ensureKafka(): Promise<void> {
  if (process.env.KAFKA_BROKERS) return;
  const [port, controllerPort] = await freePorts(2);
  const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-kafka-'));
  process.env[DATA_ENV] = dataDir;
  let stdout: string;
  try {
    stdout = await runScript(['start'], {
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_DATA_DIR: dataDir,
      // Lets the script's watchdog stop the broker if this process dies before teardown.
      KAFKA_OWNER_PID: String(process.pid),
    });
  } catch (err) {
    // Jest skips globalTeardown when globalSetup fails, so clean up here.
    await rm(dataDir, { recursive: true, force: true });
    delete process.env[DATA_ENV];
    throw err;
  }
  const brokers = /^KAFKA_BROKERS=(.+)$/m.exec(stdout)?.[1];
  if (!brokers) throw new Error(`kafka-local.sh printed no KAFKA_BROKERS line:\n${stdout}`);
  process.env[PID_ENV] = (await readFile(pidFile(port), 'utf8')).trim();
  process.env.KAFKA_BROKERS = brokers;
}

/** Stops exactly the broker ensureKafka started (by pid) and removes its data; no-op otherwise. */
export async function stopKafka(): Promise<void> {
  const pid = Number(process.env[PID_ENV]);
  const dataDir = process.env[DATA_ENV];
  if (pid > 0) {
    signal(pid, 'SIGTERM');
    // A clean shutdown takes a few seconds; a hung one must not outlive the test run.
    await waitFor(async () => !isAlive(pid), { timeoutMs: 30_000, what: `Kafka broker ${pid} to exit` }).catch(() =>
      signal(pid, 'SIGKILL'),
    );
    await rm(pidFile(process.env.KAFKA_BROKERS?.split(':').pop() ?? ''), { force: true });
    delete process.env[PID_ENV];
    delete process.env.KAFKA_BROKERS;
  }
  if (dataDir) {
    await rm(dataDir, { recursive: true, force: true });
    delete process.env[DATA_ENV];
  }
}

/** The broker list from KAFKA_BROKERS (comma-separated host:port). */
export function kafkaBrokers(): string[] {
  const value = process.env.KAFKA_BROKERS;
  if (!value) throw new Error('KAFKA_BROKERS is not set; is jest globalSetup (ensureKafka) configured?');
  return value
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

/** A kafkajs client for tests; quiet, since a failing assertion says more than client logs. */
export function testKafka(clientId = 'govgraph-test'): Kafka {
  return new Kafka({
    clientId,
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
}

/** A topic (or group) name no other test or earlier run uses, so tests never see stale data. */
export function randomTopicName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Creates topics explicitly and waits until each partition has a leader, so producing works at once. */
export async function createTopics(topics: string[], partitions = 1): Promise<void> {
  const admin = testKafka('govgraph-test-admin').admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((topic) => ({
        topic,
        numPartitions: partitions,
        replicationFactor: 1,
      })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

function runScript(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    // stderr passes through: the first run shows Maven fetching jars, a failed start shows the log.
    const child = spawn('bash', [SCRIPT, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`kafka-local.sh ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Binds port 0 n times at once (so the ports differ), then releases them for the broker. */
async function freePorts(n: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
    }
    return servers.map((s) => (s.address() as AddressInfo).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Where kafka-local.sh records the pid of the broker on a port. */
function pidFile(port: number | string): string {
  return join(ROOT, `.cache/kafka/broker-${port}.pid`);
}
