import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What the hub currently holds for one department record (topic + key): the version and position
 * of the message that was last applied. An incoming message is applied only when it is newer, so
 * replays and late older versions never change the graph.
 */
@Entity({ tableName: 'ingest_state' })
export class IngestState {
  @PrimaryKey({ type: 'text' })
  topic!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The applied version as epoch ms; null when the topic has no version field. */
  @Property({ type: 'bigint', nullable: true })
  versionOrder?: string;

  @Property({ type: 'integer' })
  partition!: number;

  /** Offset of the applied message in its partition: without versions, the later offset wins. */
  @Property({ type: 'bigint' })
  offset!: string;

  @Property({ type: 'text' })
  contentHash!: string;

  @Property({ type: 'uuid' })
  sourceRecordId!: string;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  appliedAt: Date = new Date();
}
