import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { HubRecord } from '../shared/hub-record.entity';
import { House } from '../houses/house.entity';
import { Person } from './person.entity';

/** 户 a household as a group (the assistance ledger's unit): a head, members and a home. */
@Entity({ tableName: 'household' })
@Unique({ name: 'household_source_key', properties: ['sourceTopic', 'externalId'] })
@Index({ name: 'household_source_record_idx', properties: ['sourceTopic', 'sourceKey'] })
export class Household extends HubRecord {
  @Property({ type: 'text' })
  sourceTopic!: string;

  /** The department record that asserts it. */
  @Property({ type: 'text' })
  sourceKey!: string;

  /** The household number as the department writes it (户编号). */
  @Property({ type: 'text' })
  externalId!: string;

  @ManyToOne(() => Person, { index: true })
  head!: Person;

  @ManyToOne(() => House, { nullable: true, index: true })
  house?: House;

  @Property({ type: 'jsonb', default: '{}' })
  details: Record<string, unknown> = {};
}
