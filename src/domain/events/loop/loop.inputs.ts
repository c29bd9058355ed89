import { Field, ID, InputType } from 'type-graphql';
import { EventKind, PartyRole } from '../../shared/enums';

@InputType('ReportedPartyInput', {
  description: '当事人 a party named in a report: a person or an organisation, in a role',
})
export class ReportedPartyInput {
  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => PartyRole)
  role!: PartyRole;
}

@InputType('ReportEventInput', { description: '排查录入 a report by a grid worker or an app' })
export class ReportEventInput {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => String, { nullable: true, description: '类别 category (邻里纠纷, 土地纠纷…)' })
  category?: string;

  @Field(() => String, { description: '摘要 summary' })
  summary!: string;

  @Field(() => Date, { nullable: true, description: 'when it happened' })
  occurredAt?: Date;

  @Field(() => ID, { nullable: true, description: '网格 the grid; defaults to the reporting grid unit’s grid' })
  gridId?: string;

  @Field(() => String, {
    nullable: true,
    description: '区划代码 the region; defaults to the grid’s village or the unit’s region',
  })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: '房屋 the house it is about' })
  houseId?: string;

  @Field(() => [ReportedPartyInput], { defaultValue: [] })
  parties!: ReportedPartyInput[];

  @Field(() => [String], { defaultValue: [], description: 'photos as http(s) URLs' })
  photos!: string[];
}
