import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { EntityType } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { SourceRecord } from './source-record.entity';

/** 断言 one value of one field of a golden record, as one source record stated it. */
@Entity({ tableName: 'assertion' })
@Index({ name: 'assertion_entity_field_idx', properties: ['entityType', 'entityId', 'field'] })
export class Assertion extends HubRecord {
  @Enum({ items: () => EntityType, type: 'text' })
  entityType!: EntityType;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'text' })
  field!: string;

  @Property({ type: 'jsonb' })
  value!: unknown;

  @ManyToOne(() => SourceRecord, { index: true })
  sourceRecord!: SourceRecord;

  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'text' })
  department!: string;

  @Property({ type: 'timestamptz' })
  observedAt!: Date;
}
