import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { uuidv7 } from '../shared/ids';

/**
 * A message that can never be applied, received without Kafka (the HTTP ingest endpoint), kept
 * with its original key and value and the reason, as `<topic>.dlq` would keep it.
 */
@Entity({ tableName: 'dead_letter' })
@Unique({ name: 'dead_letter_fingerprint_key', properties: ['topic', 'fingerprint'] })
@Index({ name: 'dead_letter_topic_received_idx', properties: ['topic', 'receivedAt'] })
export class DeadLetter {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text', nullable: true })
  key?: string;

  /** The message value exactly as received (it may not be JSON). */
  @Property({ type: 'text', nullable: true })
  value?: string;

  @Property({ type: 'text' })
  reason!: string;

  /** SHA-256 of key, value and reason: the same poison sent twice is kept once. */
  @Property({ type: 'text' })
  fingerprint!: string;

  @Property({ type: 'integer', nullable: true })
  partition?: number;

  @Property({ type: 'bigint', nullable: true })
  offset?: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
