import { maskIdentityNumber, maskPhone } from '../../src/identity';
import { startTestHub, TestHub } from '../helpers/test-hub';
import { AccessFixture, createAccessFixture, KnownPerson, RoleName } from './access-fixture';

let t: TestHub;
let f: AccessFixture;

beforeAll(async () => {
  t = await startTestHub();
  f = await createAccessFixture(t);
});
afterAll(() => t.stop());

type Shown = 'clear' | 'masked' | 'forbidden';
type Where = 'inA' | 'inAOther' | 'inB';

interface Expectation {
  sees: Where[];
  name: Shown;
  identityNumber: Shown;
  identityNumberWithPurpose: Shown;
  phones: Shown;
  birthDate: Shown;
  /** The tags of the tagged person in town A it is shown, or forbidden. */
  tags: string[] | 'forbidden';
}

const ALL: Where[] = ['inA', 'inAOther', 'inB'];
const TOWN_A: Where[] = ['inA', 'inAOther'];
const CC = 'COMMUNITY_CORRECTION';
const MLA = 'MINIMUM_LIVING_ALLOWANCE';
const FP = 'FREQUENT_PETITIONER';

/** Written out by hand from the policy the departments agreed on, not derived from policies.ts. */
const TABLE: Record<RoleName, Expectation> = {
  admin: {
    sees: ALL,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'clear',
    phones: 'clear',
    birthDate: 'clear',
    tags: [CC, FP, MLA],
  },
  police: {
    sees: TOWN_A,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'clear',
    phones: 'clear',
    birthDate: 'clear',
    tags: [CC, FP],
  },
  justice: {
    sees: TOWN_A,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'clear',
    phones: 'clear',
    birthDate: 'clear',
    tags: [CC, FP],
  },
  civil: {
    sees: TOWN_A,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'clear',
    phones: 'clear',
    birthDate: 'clear',
    tags: [FP, MLA],
  },
  petitions: {
    sees: TOWN_A,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'masked',
    phones: 'clear',
    birthDate: 'clear',
    tags: [FP],
  },
  dispatcher: {
    sees: TOWN_A,
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'masked',
    phones: 'masked',
    birthDate: 'clear',
    tags: [FP],
  },
  gridWorker: {
    sees: ['inA'],
    name: 'clear',
    identityNumber: 'masked',
    identityNumberWithPurpose: 'masked',
    phones: 'clear',
    birthDate: 'clear',
    tags: [FP],
  },
  analyst: {
    sees: TOWN_A,
    name: 'forbidden',
    identityNumber: 'forbidden',
    identityNumberWithPurpose: 'forbidden',
    phones: 'forbidden',
    birthDate: 'masked',
    tags: 'forbidden',
  },
  auditor: {
    sees: ALL,
    name: 'clear',
    identityNumber: 'forbidden',
    identityNumberWithPurpose: 'forbidden',
    phones: 'forbidden',
    birthDate: 'forbidden',
    tags: 'forbidden',
  },
};

const QUERY = `query Fields($id: ID!) {
  seen: person(id: $id) { id }
  name: person(id: $id) { value: name }
  identityNumber: person(id: $id) { value: identityNumber }
  identityNumberWithPurpose: person(id: $id) { value: identityNumber(purpose: "policy table test") }
  phones: person(id: $id) { value: phones }
  birthDate: person(id: $id) { value: birthDate }
  tags: person(id: $id) { value: tags { kind } }
}`;

function expected(shown: Shown, clear: unknown, masked: unknown): unknown {
  return shown === 'clear' ? clear : shown === 'masked' ? masked : 'forbidden';
}

function actual(res: { data?: any; errors?: any[] }, alias: string): unknown {
  const error = res.errors?.find((e) => e.path?.[0] === alias);
  if (error) return error.extensions.code === 'FORBIDDEN' ? 'forbidden' : `error ${error.extensions.code}`;
  return res.data?.[alias]?.value;
}

const cases = (Object.keys(TABLE) as RoleName[]).flatMap((role) => ALL.map((where) => [role, where] as const));

describe('what each role sees: roles × fields × regions', () => {
  it.each(cases)('%s reading the person %s', async (role, where) => {
    const person: KnownPerson = f[where];
    const rule = TABLE[role];
    const res = await t.graphql(QUERY, { id: person.id }, f.headers[role]);
    if (!rule.sees.includes(where)) {
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        seen: null,
        name: null,
        identityNumber: null,
        identityNumberWithPurpose: null,
        phones: null,
        birthDate: null,
        tags: null,
      });
      return;
    }
    expect(res.data!.seen).toEqual({ id: person.id });
    const tags = where === 'inA' ? rule.tags : rule.tags === 'forbidden' ? 'forbidden' : rule.tags.filter(() => false);
    expect({
      name: actual(res, 'name'),
      identityNumber: actual(res, 'identityNumber'),
      identityNumberWithPurpose: actual(res, 'identityNumberWithPurpose'),
      phones: actual(res, 'phones'),
      birthDate: actual(res, 'birthDate'),
      tags: ((v) => (Array.isArray(v) ? v.map((x: { kind: string }) => x.kind).sort() : v))(actual(res, 'tags')),
    }).toEqual({
      name: expected(
        rule.name,
        person.name,
        `${Array.from(person.name)[0]}${'*'.repeat(Array.from(person.name).length - 1)}`,
      ),
      identityNumber: expected(rule.identityNumber, person.identityNumber, maskIdentityNumber(person.identityNumber)),
      identityNumberWithPurpose: expected(
        rule.identityNumberWithPurpose,
        person.identityNumber,
        maskIdentityNumber(person.identityNumber),
      ),
      phones: expected(rule.phones, person.phones, person.phones.map(maskPhone)),
      birthDate: expected(rule.birthDate, person.birthDate, `${person.birthDate.slice(0, 4)}-**-**`),
      tags,
    });
  });

  it('masks in the agreed forms: 371326********451X and 138****1234', () => {
    expect(maskIdentityNumber('37132619900101451X')).toBe('371326********451X');
    expect(maskPhone('13812341234')).toBe('138****1234');
  });
});
