import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Person } from '../domain/people/person.entity';
import { HubRecord } from '../domain/shared/hub-record.entity';
import { MatchStatus } from './resolution.enums';

/** 疑似重复 two people the resolver could neither link nor tell apart: a reviewer decides. */
@ObjectType('PossibleMatch', {
  description: '疑似重复 possible match: two people who may be one, waiting for a reviewer',
})
@Entity({ tableName: 'possible_match' })
@Unique({ name: 'possible_match_pair_key', properties: ['personA', 'personB'] })
@Index({
  name: 'possible_match_open_region_idx',
  expression: `create index possible_match_open_region_idx on possible_match (region_code text_pattern_ops, id) where status = 'OPEN'`,
})
export class PossibleMatch extends HubRecord {
  @Field(() => ID)
  declare id: string;

  /** The smaller id of the pair. */
  @ManyToOne(() => Person, { index: true })
  personA!: Person;

  @ManyToOne(() => Person, { index: true })
  personB!: Person;

  @Field(() => Int, {
    description: '比对得分 the evidence score (log2 likelihood ratio) that raised the pair',
  })
  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'jsonb', default: '{}' })
  evidence: Record<string, unknown> = {};

  /** Where the pair lives, for a town's or village's reviewers. */
  @Property({ type: 'text', nullable: true })
  regionCode?: string;

  @Field(() => MatchStatus)
  @Enum({ items: () => MatchStatus, type: 'text' })
  status: MatchStatus = MatchStatus.OPEN;
}
