import { Field, ID, InputType } from 'type-graphql';
import { PersonTagKind } from '../shared/enums';

@InputType('PersonFilter', { description: 'filters for people; all given conditions must hold' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'only people living in the subtree of this region (12-digit code)',
  })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: 'only people of this grid' })
  gridId?: string;

  @Field(() => String, { nullable: true, description: 'exact name; spaces and minority-name separators are ignored' })
  name?: string;

  @Field(() => PersonTagKind, { nullable: true, description: 'only people with this special-group tag' })
  tag?: PersonTagKind;

  @Field(() => String, { nullable: true, description: 'identity number in any accepted form (15 or 18 characters)' })
  identityNumber?: string;
}
