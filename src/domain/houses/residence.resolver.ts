import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { Person } from '../people/person.entity';
import { House } from './house.entity';
import { Residence } from './residence.entity';

@Resolver(() => Residence)
export class ResidenceResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() residence: Residence, @Ctx() ctx: HubContext): Promise<Person | null> {
    return ctx.loaders.person.load(residence.person.id);
  }

  @FieldResolver(() => House, { nullable: true })
  house(@Root() residence: Residence, @Ctx() ctx: HubContext): Promise<House | null> {
    return ctx.loaders.house.load(residence.house.id);
  }
}
