import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../../src/ingest/sql';
import { contentHash, DeadLetter } from './decode';
import type { MessageProducer, OutgoingMessage } from './kafka';
import { protectDeadLetterValue } from '../../src/access/protect';

/** The dead-letter topic of a topic. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;

/** A dead letter as Kafka keeps it: original key and value, and why, where from, in headers. */
export function toDeadLetterMessage(letter: DeadLetter): OutgoingMessage {
  const m = letter.message;
  return {
    key: m.key,
    value: m.value ?? '',
    headers: {
      reason: letter.reason,
      kind: letter.kind,
      topic: m.topic,
      partition: String(m.partition),
      offset: m.offset,
    },
  };
}

/**
 * Publishes dead letters to `<topic>.dlq` before the batch is committed: should the commit then
 * fail, the retry publishes them again (at least once), but a poison message is never lost.
 */
export async function publishDeadLetters(
  producer: MessageProducer,
  topic: string,
  letters: DeadLetter[],
): Promise<void> {
  await producer.send(deadLetterTopic(topic), letters.map(toDeadLetterMessage));
}

/**
 * Keeps dead letters in the database when there is no Kafka (HTTP ingest), in the caller's
 * transaction. The same poison sent twice is kept once.
 */
export async function storeDeadLetters(em: EntityManager, letters: DeadLetter[]): Promise<void> {
  if (!letters.length) return;
  await sql(
    em,
    `insert into dead_letter (id, topic, key, value, reason, fingerprint, partition, "offset", received_at)
     select gen_random_uuid(), x.topic, x.key, x.value, x.reason, x.fingerprint, x.partition, x.offset, now()
       from jsonb_to_recordset(?::jsonb) as x(topic text, key text, value text, reason text, fingerprint text, partition int, "offset" bigint)
     on conflict (topic, fingerprint) do nothing`,
    [
      rowset(
        letters.map((l) => ({
          topic: l.message.topic,
          key: l.message.key,
          // Sealed at rest: a poison message still carries the department's personal data.
          value: l.message.value == null ? null : protectDeadLetterValue(l.message.value),
          reason: l.reason,
          fingerprint: contentHash(JSON.stringify([l.message.key, l.message.value, l.reason])),
          partition: l.message.partition,
          offset: l.message.offset,
        })),
      ),
    ],
  );
}
