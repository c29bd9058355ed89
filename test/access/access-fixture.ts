import { divisionCodePrefix } from '../../src/identity';
import { execute } from '../../src/db/sql';
import { AccessRole, Department } from '../../src/access/access.enums';
import type { IssueClientInput } from '../../src/access/clients.inputs';
import { revealIdentityNumber, revealPhone } from '../../src/access/protect';
import { PersonTagKind } from '../../src/domain/shared/enums';
import { uuidv7 } from '../../src/shared/ids';
import type { DemoCounty } from '../../src/demo/demo.types';
import { bearer, seedSmallCounty, TestHub } from '../helpers/test-hub';

/** A person the fixture knows in clear, to compare what each role is shown. */
export interface KnownPerson {
  id: string;
  name: string;
  identityNumber: string;
  phones: string[];
  birthDate: string;
  gridId: string;
  regionCode: string;
}

export type RoleName =
  'admin' | 'police' | 'justice' | 'civil' | 'petitions' | 'dispatcher' | 'gridWorker' | 'analyst' | 'auditor';

export interface AccessFixture {
  county: DemoCounty;
  townA: string;
  /** In town A, in the grid the grid worker is responsible for; tagged with three groups. */
  inA: KnownPerson;
  /** In town A, in another grid. */
  inAOther: KnownPerson;
  /** In another town. */
  inB: KnownPerson;
  headers: Record<RoleName, Record<string, string>>;
}

async function known(t: TestHub, where: string, params: unknown[]): Promise<KnownPerson> {
  const [row] = await execute<Record<string, any>[]>(
    t.orm.em.fork(),
    `select id, name, identity_number_enc, phones_enc, to_char(birth_date, 'YYYY-MM-DD') as birth_date, grid_id, region_code
       from person where grid_id is not null and cardinality(phones_enc) > 0 and ${where} order by id limit 1`,
    params,
  );
  return {
    id: row.id,
    name: row.name,
    identityNumber: revealIdentityNumber(row.identity_number_enc),
    phones: row.phones_enc.map(revealPhone),
    birthDate: row.birth_date,
    gridId: row.grid_id,
    regionCode: row.region_code,
  };
}

/**
 * Seeds a small county, tags one person of town A with a correction, an assistance and a
 * petition group, and issues one token per role: the departments scoped to town A, the grid
 * worker to that person's grid, the hub's administrator and auditor unscoped.
 */
export async function createAccessFixture(t: TestHub): Promise<AccessFixture> {
  const county = await seedSmallCounty(t.orm, 400, 11);
  const towns = county.registry.regions.filter((r) => r.level === 'TOWN');
  const townA = towns[0].code;
  const prefixA = `${divisionCodePrefix(townA)}%`;
  const inA = await known(t, 'region_code like ?', [prefixA]);
  const inAOther = await known(
    t,
    'region_code like ? and grid_id not in (select id from grid where id = ? or parent_id = ?)',
    [prefixA, inA.gridId, inA.gridId],
  );
  const inB = await known(t, 'region_code not like ?', [prefixA]);
  const tags = [
    PersonTagKind.COMMUNITY_CORRECTION,
    PersonTagKind.MINIMUM_LIVING_ALLOWANCE,
    PersonTagKind.FREQUENT_PETITIONER,
  ];
  for (const kind of tags) {
    await execute(t.orm.em.fork(), 'insert into person_tag (id, person_id, kind) values (?, ?, ?)', [
      uuidv7(),
      inA.id,
      kind,
    ]);
  }
  const scoped = (department: Department, role: AccessRole, extra: Partial<IssueClientInput> = {}) =>
    t.issueToken({ name: `${department} ${role}`, department, roles: [role], regionCode: townA, ...extra });
  const tokens: Record<RoleName, string> = {
    admin: await t.issueToken({ name: 'hub admin' }),
    police: await scoped(Department.POLICE, AccessRole.OFFICER),
    justice: await scoped(Department.JUSTICE, AccessRole.OFFICER),
    civil: await scoped(Department.CIVIL_AFFAIRS, AccessRole.OFFICER),
    petitions: await scoped(Department.PETITIONS, AccessRole.OFFICER),
    dispatcher: await scoped(Department.GOVERNANCE_CENTER, AccessRole.DISPATCHER),
    gridWorker: await scoped(Department.GOVERNANCE_CENTER, AccessRole.GRID_WORKER, { gridId: inA.gridId }),
    analyst: await scoped(Department.POLICE, AccessRole.ANALYST),
    auditor: await t.issueToken({ name: 'hub auditor', department: Department.HUB, roles: [AccessRole.AUDITOR] }),
  };
  const headers = Object.fromEntries(Object.entries(tokens).map(([role, token]) => [role, bearer(token)])) as Record<
    RoleName,
    Record<string, string>
  >;
  return { county, townA, inA, inAOther, inB, headers };
}
