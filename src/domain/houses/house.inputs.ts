import { Field, ID, InputType } from 'type-graphql';
import { HouseUse } from '../shared/enums';

@InputType('HouseFilter', { description: 'filters for houses; all given conditions must hold' })
export class HouseFilter {
  @Field(() => String, { nullable: true, description: 'only houses in the subtree of this region (12-digit code)' })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => HouseUse, { nullable: true })
  use?: HouseUse;
}
