import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { HubRecord } from '../domain/shared/hub-record.entity';
import { JudgementAction } from './resolution.enums';

/** 研判记录 the audit of every identity judgement: who, when, why, and what it touched. */
@ObjectType('ResolutionJudgement', {
  description: '研判记录 an audited identity judgement: merge, split or distinct',
})
@Entity({ tableName: 'resolution_judgement' })
@Index({
  name: 'resolution_judgement_people_idx',
  expression: 'create index resolution_judgement_people_idx on resolution_judgement using gin (person_ids)',
})
export class ResolutionJudgement extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => JudgementAction)
  @Enum({ items: () => JudgementAction, type: 'text' })
  action!: JudgementAction;

  @Field(() => String, {
    description: '操作人 the principal who judged (the resolver for its own merges)',
  })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { description: '理由 why' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => [ID], {
    description: 'the people judged; for a merge the survivor first, for a split the new person last',
  })
  @Property({ type: 'text[]' })
  personIds!: string[];

  /** What the judgement moved (mention ids), for undoing it. */
  @Property({ type: 'jsonb', default: '{}' })
  details: Record<string, unknown> = {};

  @Field(() => Date, { description: '时间 when' })
  declare createdAt: Date;
}
