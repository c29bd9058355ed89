import { Field, InputType } from 'type-graphql';
import { RegionLevel } from '../shared/enums';

@InputType('RegionFilter', { description: 'filters for regions; all given conditions must hold' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: 'only regions in the subtree of this region (itself included)' })
  within?: string;

  @Field(() => String, { nullable: true, description: 'only the direct children of this region' })
  parentCode?: string;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel;
}
