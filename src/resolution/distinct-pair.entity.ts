import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Person } from '../domain/people/person.entity';

/** 非同一人 a reviewer's judgement that two people are not the same: resolution never merges them. */
@Entity({ tableName: 'distinct_pair' })
export class DistinctPair {
  /** The smaller id of the pair. */
  @ManyToOne(() => Person, { primary: true })
  personA!: Person;

  @ManyToOne(() => Person, { primary: true, index: true })
  personB!: Person;

  @Property({ type: 'uuid' })
  judgementId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
