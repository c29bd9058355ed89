import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { EntityType } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { SourceRecord } from './source-record.entity';

/**
 * 断言 the values one source record stated about one golden record at one path: `fields` maps
 * each stated field to its value (fields the record left out are absent). One row per mention,
 * not per field: survivorship and provenance read the fields they need from it.
 */
@Entity({ tableName: 'assertion' })
@Index({ name: 'assertion_entity_idx', properties: ['entityType', 'entityId'] })
export class Assertion extends HubRecord {
  @Enum({ items: () => EntityType, type: 'text' })
  entityType!: EntityType;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;

  @ManyToOne(() => SourceRecord, { index: true })
  sourceRecord!: SourceRecord;

  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'text' })
  department!: string;

  @Property({ type: 'timestamptz' })
  observedAt!: Date;
}
