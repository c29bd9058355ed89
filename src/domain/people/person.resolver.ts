import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../../graphql/pagination';
import { EventConnection } from '../events/event.connection';
import { Grid } from '../grids/grid.entity';
import { Residence } from '../houses/residence.entity';
import { Region } from '../regions/region.entity';
import { checkedId } from '../shared/id-argument';
import { Person } from './person.entity';
import { PersonFilter } from './person.inputs';
import { listPeople } from './person.service';
import { PersonTag } from './person-tag.entity';
import { revealIdentityNumber, revealPhone } from '../../access/protect';

export const PersonConnection = createConnectionType('Person', Person);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'a person by id; a merged id answers with the survivor (see mergedFrom); null when there is none',
  })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Person | null> {
    let person = await ctx.loaders.person.load(checkedId(id));
    // Merges are kept one hop deep, but an old chain is followed to its end all the same.
    for (let hops = 0; person?.mergedInto && hops < 8; hops += 1)
      person = await ctx.loaders.person.load(person.mergedInto.id);
    return person;
  }

  @Query(() => PersonConnection, { description: '实有人口 people, filtered and paged' })
  async people(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const page = await listPeople(ctx.em, ctx.access, filter, pageSize(args.first, ctx.limits.maxPageSize), args.after);
    return PersonConnection.from(page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '公民身份号码 identity number (18 characters): masked unless the policy grants clear text and a purpose is given',
  })
  identityNumber(
    @Root() person: Person,
    @Arg('purpose', () => String, {
      nullable: true,
      description: '用途 why the clear text is read; recorded in the access ledger',
    })
    _purpose: string | undefined,
  ): string | null {
    return person.identityNumberSealed ? revealIdentityNumber(person.identityNumberSealed) : null;
  }

  @FieldResolver(() => [String], {
    description: '联系电话 phones, normalised; masked unless the policy grants clear text',
  })
  phones(@Root() person: Person): string[] {
    return person.phonesSealed.map(revealPhone);
  }

  @FieldResolver(() => [Residence], { description: '居住关系 where the person lives, lived, owns or lets' })
  residences(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Residence[]> {
    return ctx.loaders.residencesByPerson.load(person.id);
  }

  @FieldResolver(() => [PersonTag], { description: '特殊人群 the special groups the person belongs to' })
  tags(@Root() person: Person, @Ctx() ctx: HubContext): Promise<PersonTag[]> {
    return ctx.loaders.tagsByPerson.load(person.id);
  }

  @FieldResolver(() => EventConnection, { description: 'events the person is a party to, newest first' })
  async events(@Root() person: Person, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: HubContext) {
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    return EventConnection.from(
      await ctx.loaders.eventsOfPerson.load({ parentId: person.id, first, after: args.after }),
    );
  }

  @FieldResolver(() => Region, { nullable: true, description: 'the village of the current residence' })
  region(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return person.region ? ctx.loaders.region.load(person.region.code) : null;
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Grid | null> | null {
    return person.grid ? ctx.loaders.grid.load(person.grid.id) : null;
  }
}
