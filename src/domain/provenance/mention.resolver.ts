import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { House } from '../houses/house.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Mention } from './mention.entity';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Person, { nullable: true, description: '人 the golden person a person mention was linked to' })
  person(@Root() mention: Mention, @Ctx() ctx: HubContext): Promise<Person | null> | null {
    return mention.person ? ctx.loaders.person.load(mention.person.id) : null;
  }

  @FieldResolver(() => House, { nullable: true, description: '房屋 the house a house mention was linked to' })
  house(@Root() mention: Mention, @Ctx() ctx: HubContext): Promise<House | null> | null {
    return mention.house ? ctx.loaders.house.load(mention.house.id) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: '组织 the organisation an organisation mention was linked to',
  })
  organization(@Root() mention: Mention, @Ctx() ctx: HubContext): Promise<Organization | null> | null {
    return mention.organization ? ctx.loaders.organization.load(mention.organization.id) : null;
  }
}
