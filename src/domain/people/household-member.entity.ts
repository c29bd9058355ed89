import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { HubRecord } from '../shared/hub-record.entity';
import { Household } from './household.entity';
import { Person } from './person.entity';

/** 家庭成员 a member of a household and their relation to the head (本人, 配偶, 子女…). */
@Entity({ tableName: 'household_member' })
@Unique({ name: 'household_member_path_key', properties: ['household', 'mentionPath'] })
export class HouseholdMember extends HubRecord {
  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  household!: Household;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Property({ type: 'text' })
  relation!: string;

  /** Where in the source record the member was mentioned (`$`, `成员[1]`). */
  @Property({ type: 'text' })
  mentionPath!: string;
}
