import { createHash } from 'node:crypto';
import type { IncomingRecord } from '../../src/ingest/ingest.types';
import { ConnectorDefinition, ConnectorRejection } from './define-connector';
import type { RawMessage } from './kafka';

/** Why a message can never be applied; the prefix is the kind, the rest says where. */
export type DeadLetterKind =
  'BAD_JSON' | 'MISSING_KEY' | 'KEY_MISMATCH' | 'SCHEMA' | 'REJECTED' | 'MAPPER_ERROR' | 'DATABASE_REJECTED';

export interface DeadLetter {
  message: RawMessage;
  kind: DeadLetterKind;
  reason: string;
}

export type Decoded = { ok: true; record: IncomingRecord } | { ok: false; deadLetter: DeadLetter };

export function contentHash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function reject(message: RawMessage, kind: DeadLetterKind, detail: string): Decoded {
  return { ok: false, deadLetter: { message, kind, reason: `${kind}: ${detail}` } };
}

function parseJson(value: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * Turns one message into a record ready to write, or says why it never can be: the value is not
 * JSON, the message key is missing or differs from the record's own id, the value fails the
 * connector's schema (unknown enum values included), or the mapper rejects or throws on it. Pure:
 * the same message always decodes the same way. The reasons carry field paths, never values.
 */
export function decodeMessage(connector: ConnectorDefinition<any>, message: RawMessage, receivedAt: Date): Decoded {
  if (message.value === null) return reject(message, 'BAD_JSON', 'the message has no value');
  const parsed = parseJson(message.value);
  if (!parsed.ok) return reject(message, 'BAD_JSON', parsed.error);
  const checked = connector.schema.safeParse(parsed.value);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '$'}: ${i.message}`);
    return reject(message, 'SCHEMA', issues.join('; '));
  }
  let ownKey: string;
  try {
    ownKey = String(connector.keyOf(checked.data) ?? '').trim();
  } catch {
    ownKey = '';
  }
  if (!ownKey) return reject(message, 'MISSING_KEY', 'the value has no record id');
  if (!message.key) return reject(message, 'MISSING_KEY', 'the message has no key');
  if (message.key !== ownKey)
    return reject(message, 'KEY_MISMATCH', 'the message key differs from the record id in the value');
  try {
    const record = connector.map(checked.data, { topic: message.topic, key: message.key, receivedAt });
    return {
      ok: true,
      record: {
        record,
        payload: parsed.value,
        contentHash: contentHash(message.value),
        partition: message.partition,
        offset: message.offset,
        receivedAt,
      },
    };
  } catch (error) {
    if (error instanceof ConnectorRejection) return reject(message, 'REJECTED', error.message);
    return reject(message, 'MAPPER_ERROR', (error as Error).name);
  }
}
