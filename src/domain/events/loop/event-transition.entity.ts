import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EventStatus, LoopAction, Tier } from '../../shared/enums';
import { HubRecord } from '../../shared/hub-record.entity';
import { Unit } from '../../units/unit.entity';
import { UnitMember } from '../../units/unit-member.entity';
import { HubEvent } from '../hub-event.entity';

/**
 * 流转记录 one step of an event's audit trail: who (member, unit — none for the scheduler), when,
 * from which status to which, and the note. Rows are only ever appended.
 */
@ObjectType('EventTransition', {
  description: '流转记录 audit trail entry: who acted, for which unit, when, from and to which status, with the note',
})
@Entity({ tableName: 'event_transition' })
@Index({ name: 'event_transition_event_at_idx', properties: ['event', 'at'] })
export class EventTransition extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => HubEvent)
  event!: HubEvent;

  @Field(() => LoopAction)
  @Enum({ items: () => LoopAction, type: 'text' })
  action!: LoopAction;

  @Field(() => EventStatus, { nullable: true, description: 'status before; null for the report itself' })
  @Enum({ items: () => EventStatus, type: 'text', nullable: true })
  fromStatus?: EventStatus;

  @Field(() => EventStatus)
  @Enum({ items: () => EventStatus, type: 'text' })
  toStatus!: EventStatus;

  @Field(() => Tier, { nullable: true, description: '处置层级 the tier after the step' })
  @Enum({ items: () => Tier, type: 'text', nullable: true })
  tier?: Tier;

  @ManyToOne(() => UnitMember, { nullable: true })
  member?: UnitMember;

  @ManyToOne(() => Unit, { nullable: true })
  unit?: Unit;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '意见 note, reason or comment of the step' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
