import { Field, InputType } from 'type-graphql';
import { OrganizationKind, OrganizationState } from '../shared/enums';

@InputType('OrganizationFilter', { description: 'filters for organisations; all given conditions must hold' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'only organisations in the subtree of this region' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 exact credit code' })
  creditCode?: string;

  @Field(() => String, { nullable: true, description: 'name contains this text' })
  nameContains?: string;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => OrganizationState, { nullable: true })
  state?: OrganizationState;
}
