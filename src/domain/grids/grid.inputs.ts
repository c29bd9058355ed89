import { Field, ID, InputType } from 'type-graphql';

@InputType('GridFilter', { description: 'filters for grids; all given conditions must hold' })
export class GridFilter {
  @Field(() => String, { nullable: true, description: 'only grids in the subtree of this region (12-digit code)' })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: 'only the micro-grids of this grid' })
  parentId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only top-level grids; false: only micro-grids' })
  topLevel?: boolean;
}
