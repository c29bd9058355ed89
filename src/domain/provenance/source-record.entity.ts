import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../shared/ids';

/** 源记录 one message a department published, kept as received: the root of all provenance. */
@ObjectType('SourceRecord', { description: '源记录 a department record as received, the root of provenance' })
@Entity({ tableName: 'source_record' })
@Unique({ name: 'source_record_content_key', properties: ['topic', 'key', 'contentHash'] })
@Index({ name: 'source_record_topic_key_idx', properties: ['topic', 'key', 'receivedAt'] })
export class SourceRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => String)
  @Property({ type: 'text' })
  topic!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'the version as the department wrote it' })
  @Property({ type: 'text', nullable: true })
  version?: string;

  /** The version as a comparable number (epoch ms), so older versions never overwrite newer. */
  @Property({ type: 'bigint', nullable: true })
  versionOrder?: string;

  @Field(() => String, { description: 'UPSERT or DELETE' })
  @Property({ type: 'text' })
  operation: string = 'UPSERT';

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();

  @Property({ type: 'jsonb' })
  payload!: unknown;

  @Field(() => String, { description: 'SHA-256 of the message value' })
  @Property({ type: 'text' })
  contentHash!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  partition?: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'bigint', nullable: true })
  offset?: string;
}
