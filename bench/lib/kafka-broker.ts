import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * KAFKA_BROKERS when set; else starts a broker with scripts/kafka-local.sh on its own ports and
 * returns a stop function that ends exactly that broker (by pid).
 */
export async function benchKafka(): Promise<{ brokers: string[]; stop(): Promise<void> }> {
  if (process.env.KAFKA_BROKERS) return { brokers: process.env.KAFKA_BROKERS.split(','), stop: async () => undefined };
  const port = 29500 + Math.floor(Math.random() * 400);
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_OWNER_PID: String(process.pid),
  };
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('bash', [join(ROOT, 'scripts/kafka-local.sh'), 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`kafka-local.sh exited with ${code}`))));
  });
  const brokers = /^KAFKA_BROKERS=(.+)$/m.exec(out)?.[1];
  if (!brokers) throw new Error('kafka-local.sh printed no KAFKA_BROKERS');
  const pid = Number(readFileSync(join(ROOT, `.cache/kafka/broker-${port}.pid`), 'utf8'));
  return {
    brokers: brokers.split(','),
    async stop() {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/** Peak resident set size of a process (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
