import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ResidenceKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Person } from '../people/person.entity';
import { House } from './house.entity';

/** 居住关系 who lives in (or owns, or lets) which house, and for which period. */
@ObjectType('Residence', {
  description: '居住关系 residence: a person and a house, with kind and validity period',
  simpleResolvers: true,
})
@Entity({ tableName: 'residence' })
@Index({ name: 'residence_source_idx', properties: ['sourceTopic', 'sourceKey'] })
export class Residence extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @ManyToOne(() => House, { index: true })
  house!: House;

  @Field(() => ResidenceKind)
  @Enum({ items: () => ResidenceKind, type: 'text' })
  kind!: ResidenceKind;

  @Field(() => String, { nullable: true, description: 'valid from, YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'valid to, YYYY-MM-DD; empty while current' })
  @Property({ type: 'date', nullable: true })
  validTo?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceTopic?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceKey?: string;
}
