import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The next offset to consume per consumer group and partition, written in the same transaction
 * as the batch it follows. The database, not Kafka, is the source of truth for where to resume.
 */
@Entity({ tableName: 'consumer_offset' })
export class ConsumerOffset {
  @PrimaryKey({ type: 'text' })
  groupId!: string;

  @PrimaryKey({ type: 'text' })
  topic!: string;

  @PrimaryKey({ type: 'integer' })
  partition!: number;

  @Property({ type: 'bigint' })
  offset!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
