import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 变更发件箱 one change to a golden record, written in the transaction that made it; the relay
 * publishes entries in id order to `hub.changes` and stamps them.
 */
@Entity({ tableName: 'outbox' })
@Index({
  name: 'outbox_unpublished_idx',
  expression: 'create index outbox_unpublished_idx on outbox (id) where published_at is null',
})
export class OutboxEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  /** created, updated, merged or split. */
  @Property({ type: 'text' })
  change!: string;

  @Property({ type: 'jsonb', default: '{}' })
  payload: Record<string, unknown> = {};

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date;
}
