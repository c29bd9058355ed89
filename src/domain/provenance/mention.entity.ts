import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EntityType } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { House } from '../houses/house.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { SourceRecord } from './source-record.entity';

/** 提及 where a source record mentions a person, house or organisation, and what it was linked to. */
@ObjectType('Mention', { description: '提及 a mention inside a source record and the golden record it was linked to' })
@Entity({ tableName: 'mention' })
@Unique({ name: 'mention_source_path_key', properties: ['sourceRecord', 'path', 'entityType'] })
export class Mention extends HubRecord {
  @Field(() => ID, { description: 'what splitPerson names to move this mention' })
  declare id: string;

  @ManyToOne(() => SourceRecord, { index: true })
  sourceRecord!: SourceRecord;

  @Field(() => String, {
    description: 'the path inside the record, as the contract writes it: XFRS[0], house.landlord, $',
  })
  @Property({ type: 'text' })
  path!: string;

  @Field(() => EntityType)
  @Enum({ items: () => EntityType, type: 'text' })
  entityType!: EntityType;

  @ManyToOne(() => Person, { nullable: true, index: true })
  person?: Person;

  @ManyToOne(() => House, { nullable: true, index: true })
  house?: House;

  @ManyToOne(() => Organization, { nullable: true, index: true })
  organization?: Organization;

  @Field(() => String, {
    nullable: true,
    description: 'the rule that linked it (IDENTITY_NUMBER, CREDIT_CODE, ADDRESS…)',
  })
  @Property({ type: 'text', nullable: true })
  rule?: string;

  /** Why it was linked: compared fields and scores. */
  @Property({ type: 'jsonb', default: '{}' })
  evidence: Record<string, unknown> = {};
}
