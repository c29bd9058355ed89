import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createKafka } from '../../connectors/shared/kafka';
import { parseEnv } from '../config/env';

/**
 * `npm run ingest -- <topic> <file.jsonl> [--url http://localhost:4000] [--token <bearer token>]`: sends a JSON-lines file
 * (`{"key", "value"}` per line, as the feed samples) to Kafka when KAFKA_BROKERS is set and no
 * --url is given, else to the hub's POST /ingest/:topic as the client of --token (an administrator,
 * or the department that owns the feed). Prints what happened; exits 1 on failure.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, token: { type: 'string' }, chunk: { type: 'string', default: '5000' } },
  });
  const [topic, file] = positionals;
  if (!topic || !file)
    throw new Error('usage: npm run ingest -- <topic> <file.jsonl> [--url http://host:port] [--token <bearer token>]');
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const config = parseEnv();
  if (!values.url && config.kafka.brokers.length) {
    const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'govgraph-ingest-cli' });
    const producer = await kafka.createProducer();
    try {
      const size = Number(values.chunk);
      for (let i = 0; i < lines.length; i += size) {
        // Each line is sent as it is: a value that does not parse is the hub's to dead-letter.
        await producer.send(topic, lines.slice(i, i + size).map(toKafkaMessage));
      }
    } finally {
      await producer.stop();
    }
    console.log(JSON.stringify({ topic, sent: lines.length, to: config.kafka.brokers }));
    return;
  }
  const url = values.url ?? `http://localhost:${config.http.port}`;
  const response = await fetch(`${url.replace(/\/$/, '')}/ingest/${encodeURIComponent(topic)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-ndjson',
      ...(values.token ? { authorization: `Bearer ${values.token}` } : {}),
    },
    body: lines.join('\n'),
  });
  const body = await response.text();
  console.log(body);
  if (!response.ok) throw new Error(`the hub answered ${response.status}`);
}

function toKafkaMessage(line: string): { key: string | null; value: string } {
  try {
    const parsed = JSON.parse(line) as { key?: unknown; value?: unknown };
    return {
      key: parsed.key == null ? null : String(parsed.key),
      value: typeof parsed.value === 'string' ? parsed.value : JSON.stringify(parsed.value),
    };
  } catch {
    return { key: null, value: line };
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
