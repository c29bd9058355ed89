import { readFileSync } from 'fs';
import { join } from 'path';
import type { CanonicalRecord } from '../../../connectors/shared/canonical-record';
import type { ConnectorDefinition, MessageMeta } from '../../../connectors/shared/define-connector';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'feeds');

/** One line of a sample file: the Kafka message key and value as the department sent them. */
export interface SampleMessage {
  key: string;
  value: Record<string, unknown>;
}

interface Truth {
  mentions: { topic: string; key: string; path: string; person: string }[];
  persons: Record<string, { name: string; id: string }>;
}

/** The sample messages of `topic`, in offset order. */
export function samples(topic: string): SampleMessage[] {
  return readFileSync(join(FIXTURES, `${topic}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SampleMessage);
}

/** The one sample of `topic` with `key` that satisfies `where` (the first by default). */
export function sample(
  topic: string,
  key: string,
  where: (value: Record<string, unknown>) => boolean = () => true,
): SampleMessage {
  const found = samples(topic).find((message) => message.key === key && where(message.value));
  if (!found) throw new Error(`no sample ${topic} ${key}`);
  return found;
}

let truthCache: Truth | undefined;
/** truth.json: which real person every person mention of the samples is. */
export function truth(): Truth {
  truthCache ??= JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as Truth;
  return truthCache;
}

/** The mention paths truth.json lists for one record, sorted. */
export function truthPaths(topic: string, key: string): string[] {
  return truth()
    .mentions.filter((mention) => mention.topic === topic && mention.key === key)
    .map((mention) => mention.path)
    .sort();
}

/** A fixed receipt time: mappers must not read the clock. */
export const RECEIVED_AT = new Date('2024-12-01T00:00:00Z');

export function metaOf(topic: string, key: string): MessageMeta {
  return { topic, key, receivedAt: RECEIVED_AT };
}

/** Validates and maps one value the way the pipeline does; throws with the zod issues if it is invalid. */
export function mapValue<T>(connector: ConnectorDefinition<T>, value: unknown, key?: string): CanonicalRecord {
  const parsed = connector.schema.safeParse(value);
  if (!parsed.success) throw new Error(`invalid: ${JSON.stringify(parsed.error.issues)}`);
  return connector.map(parsed.data, metaOf(connector.topic, key ?? connector.keyOf(parsed.data)));
}

/** The zod issue paths when `value` fails the schema, or null when it passes. */
export function failures(connector: ConnectorDefinition<unknown>, value: unknown): string[] | null {
  const parsed = connector.schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.path.join('.'));
}

/** A deep copy with `change` applied, so a test can alter one field of a sample. */
export function altered<T>(value: T, change: (copy: any) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}
