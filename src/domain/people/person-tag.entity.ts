import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { PersonTagKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Person } from './person.entity';

/** 特殊人群标签 a special-group tag on a person, with its source and period. */
@ObjectType('PersonTag', {
  description: '特殊人群 a special group a person belongs to, with source and period',
  simpleResolvers: true,
})
@Entity({ tableName: 'person_tag' })
@Index({ name: 'person_tag_source_idx', properties: ['sourceTopic', 'sourceKey'] })
export class PersonTag extends HubRecord {
  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Field(() => PersonTagKind)
  @Enum({ items: () => PersonTagKind, type: 'text', index: true })
  kind!: PersonTagKind;

  @Field(() => Boolean, { description: 'only departments cleared for sensitive groups may see it' })
  @Property({ type: 'boolean', default: false })
  sensitive: boolean = false;

  @Field(() => Boolean, { description: '是否有效 still in force (在保, 在矫); an ended tag keeps its period' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  validTo?: string;

  @Field(() => String, { nullable: true, description: 'the topic of the record that asserted it' })
  @Property({ type: 'text', nullable: true })
  sourceTopic?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceKey?: string;
}
