import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MemberRole } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Unit } from './unit.entity';

/** 成员 a person who acts for a unit: 网格员, 负责人, 中心工作人员 or 部门联络员. */
@ObjectType('UnitMember', {
  description:
    '成员 member of a unit: 网格员 grid worker, 负责人 leader, 中心工作人员 center staff, 部门联络员 liaison',
})
@Entity({ tableName: 'unit_member' })
export class UnitMember extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => MemberRole)
  @Enum({ items: () => MemberRole, type: 'text' })
  role!: MemberRole;
}
