import { Field, ID, InputType } from 'type-graphql';
import { MemberRole, UnitKind } from '../shared/enums';

@InputType('CreateUnitInput', { description: '处置单位 a new unit in the region tree' })
export class CreateUnitInput {
  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'the 12-digit code of the region the unit serves (区划代码)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'for a grid unit, the grid (网格) it serves' })
  gridId?: string;

  @Field(() => ID, { nullable: true, description: 'the unit one tier up, where unresolved tasks go' })
  parentId?: string;
}

@InputType('AddUnitMemberInput', { description: '成员 a member who acts for a unit' })
export class AddUnitMemberInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MemberRole)
  role!: MemberRole;
}
