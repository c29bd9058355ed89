import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { HubEvent } from '../events/hub-event.entity';
import { Unit } from './unit.entity';

/** 通知 a message to a unit: a task dispatched to it, or supervision (督办) of a unit below it. */
@ObjectType('Notification', {
  description:
    '通知 notification to a unit: 交办 a task, 督办 supervision of overdue work below it, 上报 an escalation',
})
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_unit_created_idx', properties: ['unit', 'createdAt'] })
export class Notification extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Unit)
  unit!: Unit;

  @ManyToOne(() => HubEvent, { index: true })
  event!: HubEvent;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, type: 'text' })
  kind!: NotificationKind;

  @Field(() => String)
  @Property({ type: 'text' })
  message!: string;

  @Field(() => Date, { description: 'when it was sent' })
  get sentAt(): Date {
    return this.createdAt;
  }
}
