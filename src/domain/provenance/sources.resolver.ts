import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { SourceRecord } from './source-record.entity';

const DESCRIPTION = '源记录 the department records that asserted it (一数一源), newest first';

@Resolver(() => Person)
export class PersonSourcesResolver {
  @FieldResolver(() => [SourceRecord], { description: DESCRIPTION })
  sources(@Root() person: Person, @Ctx() ctx: HubContext): Promise<SourceRecord[]> {
    return ctx.loaders.sourcesOfPerson.load(person.id);
  }
}

@Resolver(() => House)
export class HouseSourcesResolver {
  @FieldResolver(() => [SourceRecord], { description: DESCRIPTION })
  sources(@Root() house: House, @Ctx() ctx: HubContext): Promise<SourceRecord[]> {
    return ctx.loaders.sourcesOfHouse.load(house.id);
  }
}

@Resolver(() => Organization)
export class OrganizationSourcesResolver {
  @FieldResolver(() => [SourceRecord], { description: DESCRIPTION })
  sources(@Root() organization: Organization, @Ctx() ctx: HubContext): Promise<SourceRecord[]> {
    return ctx.loaders.sourcesOfOrganization.load(organization.id);
  }
}

@Resolver(() => HubEvent)
export class EventSourcesResolver {
  @FieldResolver(() => [SourceRecord], { description: DESCRIPTION })
  sources(@Root() event: HubEvent, @Ctx() ctx: HubContext): Promise<SourceRecord[]> {
    return ctx.loaders.sourcesOfEvent.load(event.id);
  }
}
