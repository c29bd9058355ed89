import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { EventParty } from './event-party.entity';

@Resolver(() => EventParty)
export class EventPartyResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() party: EventParty, @Ctx() ctx: HubContext): Promise<Person | null> | null {
    return party.person ? ctx.loaders.person.load(party.person.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() party: EventParty, @Ctx() ctx: HubContext): Promise<Organization | null> | null {
    return party.organization ? ctx.loaders.organization.load(party.organization.id) : null;
  }
}
