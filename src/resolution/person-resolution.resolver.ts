import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { badInput, forbidden } from '../graphql/errors';
import { revealIdentityNumber, revealPhone } from '../access/protect';
import { maskIdentityNumber, maskPhone } from '../identity';
import { Person } from '../domain/people/person.entity';
import { Mention } from '../domain/provenance/mention.entity';
import { AssertedValue } from './evidence.types';
import { PERSON_FIELDS } from './survivorship.rules';

// Numbers and phones are asserted sealed: opened for the reader, masked unless the policy says clear.
function shown(field: string, value: any, mask: boolean): unknown {
  if (field === 'identityNumber') {
    const number = revealIdentityNumber(value.sealed);
    return { value: mask ? maskIdentityNumber(number) : number, valid: value.valid };
  }
  if (field === 'phones') return (value as string[]).map((p) => (mask ? maskPhone(revealPhone(p)) : revealPhone(p)));
  return value;
}

/** The resolution fields of a person: where it was merged, what was merged into it, its mentions and provenance. */
@Resolver(() => Person)
export class PersonResolutionResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: '已合并 the person this record was merged into; null for a live record',
  })
  mergedInto(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Person | null> | null {
    return person.mergedInto ? ctx.loaders.person.load(person.mergedInto.id) : null;
  }

  @FieldResolver(() => [ID], {
    description: '合并来源 the ids merged into this person: they keep resolving to it',
  })
  mergedFrom(@Root() person: Person, @Ctx() ctx: HubContext): Promise<string[]> {
    return ctx.loaders.mergedFrom.load(person.id);
  }

  @FieldResolver(() => [Mention], {
    description: '提及 every mention linked to this person, with why',
  })
  mentions(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Mention[]> {
    return ctx.loaders.mentionsOfPerson.load(person.id);
  }

  @FieldResolver(() => [AssertedValue], {
    description:
      '数据溯源 every value seen for a field, with its source record, path and time; the chosen one is marked',
  })
  async provenance(
    @Root() person: Person,
    @Arg('field', () => String) field: string,
    @Ctx() ctx: HubContext,
  ): Promise<AssertedValue[]> {
    if (!PERSON_FIELDS.includes(field)) throw badInput('field', `must be one of ${PERSON_FIELDS.join(', ')}`);
    const access = ctx.access.fieldAccess('Person', field);
    if (access === 'DENY') throw forbidden(`your policy does not allow reading Person.${field}`);
    const values = await ctx.loaders.provenance.load(`${person.id}|${field}`);
    return values.map((v) => ({ ...v, value: JSON.stringify(shown(field, JSON.parse(v.value), access === 'MASK')) }));
  }
}
