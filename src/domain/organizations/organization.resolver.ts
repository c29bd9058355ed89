import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../../graphql/pagination';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';
import { checkedId } from '../shared/id-argument';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';
import { listOrganizations } from './organization.service';

export const OrganizationConnection = createConnectionType('Organization', Organization);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Organization | null> {
    return ctx.loaders.organization.load(checkedId(id));
  }

  @Query(() => OrganizationConnection, { description: '组织 organisations, filtered and paged' })
  async organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const page = await listOrganizations(
      ctx.em,
      ctx.access,
      filter,
      pageSize(args.first, ctx.limits.maxPageSize),
      args.after,
    );
    return OrganizationConnection.from(page);
  }

  @FieldResolver(() => Person, { nullable: true, description: '法定代表人 legal representative' })
  legalRepresentative(@Root() org: Organization, @Ctx() ctx: HubContext): Promise<Person | null> | null {
    return org.legalRepresentative ? ctx.loaders.person.load(org.legalRepresentative.id) : null;
  }

  @FieldResolver(() => House, { nullable: true })
  house(@Root() org: Organization, @Ctx() ctx: HubContext): Promise<House | null> | null {
    return org.house ? ctx.loaders.house.load(org.house.id) : null;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() org: Organization, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return org.region ? ctx.loaders.region.load(org.region.code) : null;
  }
}
