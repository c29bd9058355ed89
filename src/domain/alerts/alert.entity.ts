import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AlertRuleKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';

/**
 * 预警 an early-warning alert raised by a rule for a subject (a person, a house or an event),
 * with the event that triggered it. `subjectKey` lets a rule raise one alert per subject per window.
 */
@ObjectType('Alert', {
  description: '预警 early-warning alert raised by a rule (重复访, 越级访, 多次警情, 两次上报, 重点人员涉警)',
})
@Entity({ tableName: 'alert' })
@Index({
  name: 'alert_region_created_idx',
  expression: 'create index alert_region_created_idx on alert (region_code text_pattern_ops, created_at desc, id desc)',
})
@Index({ name: 'alert_rule_subject_idx', properties: ['rule', 'subjectKey', 'createdAt'] })
export class Alert extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => AlertRuleKind)
  @Enum({ items: () => AlertRuleKind, type: 'text' })
  rule!: AlertRuleKind;

  @Field(() => String, { description: '预警内容 what the rule saw, without personal data' })
  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text' })
  subjectKey!: string;

  @ManyToOne(() => Region, { nullable: true, fieldName: 'region_code' })
  region?: Region;

  @ManyToOne(() => HubEvent, { index: true })
  event!: HubEvent;

  @ManyToOne(() => Person, { nullable: true })
  person?: Person;

  @ManyToOne(() => House, { nullable: true })
  house?: House;

  @Field(() => Date, { description: 'when the rule raised it' })
  get raisedAt(): Date {
    return this.createdAt;
  }
}
