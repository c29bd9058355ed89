import type { TestHub } from './test-hub';

/** The units and members a loop test acts with, on top of a seeded small county. */
export interface LoopFixture {
  townCode: string;
  villageCode: string;
  gridId: string;
  houseIds: string[];
  personIds: string[];
  units: Record<'county' | 'town' | 'village' | 'grid' | 'otherTown' | 'department', string>;
  members: Record<'countyStaff' | 'townStaff' | 'villageLeader' | 'gridWorker' | 'otherTownStaff' | 'liaison', string>;
}

/** Headers that make a request act as a member (the development stand-in for authentication). */
export function as(memberId: string): Record<string, string> {
  return { 'x-govgraph-member': memberId };
}

async function mutate(t: TestHub, query: string, variables: Record<string, unknown>): Promise<string> {
  const res = await t.graphql(query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0].id as string;
}

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddUnitMemberInput!) { addUnitMember(input: $input) { id } }`;

/**
 * Creates the tier chain grid → village → town center → county center, a department office under
 * the county center, and a second town's center, each with one member, through GraphQL.
 */
export async function createLoopFixture(t: TestHub): Promise<LoopFixture> {
  const sql = (q: string, p: unknown[] = []): Promise<Record<string, any>[]> => t.orm.em.getConnection().execute(q, p);
  const [grid] = await sql(
    `select g.id, g.region_code from grid g where g.parent_id is null and exists (select 1 from house h where h.grid_id = g.id) order by g.code limit 1`,
  );
  const villageCode: string = grid.region_code;
  const townCode = `${villageCode.slice(0, 9)}000`;
  const countyCode = `${villageCode.slice(0, 6)}000000`;
  const [otherTown] = await sql(`select code from region where level = 'TOWN' and code <> ? order by code limit 1`, [
    townCode,
  ]);
  const houses = await sql(`select id from house where grid_id = ? order by id limit 5`, [grid.id]);
  const people = await sql(`select id from person order by id limit 8`);
  const unit = (kind: string, name: string, regionCode: string, parentId?: string, gridId?: string) =>
    mutate(t, CREATE_UNIT, { input: { kind, name, regionCode, parentId, gridId } });
  const county = await unit('COUNTY_CENTER', '县社会治理中心', countyCode);
  const town = await unit('TOWN_CENTER', '镇综治中心', townCode, county);
  const village = await unit('VILLAGE', '村委会', villageCode, town);
  const gridUnit = await unit('GRID', '网格', villageCode, village, grid.id);
  const otherTownUnit = await unit('TOWN_CENTER', '邻镇综治中心', otherTown.code, county);
  const department = await unit('DEPARTMENT_OFFICE', '县司法局', countyCode, county);
  const member = (unitId: string, name: string, role: string) =>
    mutate(t, ADD_MEMBER, { input: { unitId, name, role } });
  return {
    townCode,
    villageCode,
    gridId: grid.id,
    houseIds: houses.map((h) => h.id as string),
    personIds: people.map((p) => p.id as string),
    units: { county, town, village, grid: gridUnit, otherTown: otherTownUnit, department },
    members: {
      countyStaff: await member(county, '县中心工作人员', 'CENTER_STAFF'),
      townStaff: await member(town, '镇中心工作人员', 'CENTER_STAFF'),
      villageLeader: await member(village, '村负责人', 'LEADER'),
      gridWorker: await member(gridUnit, '网格员', 'GRID_WORKER'),
      otherTownStaff: await member(otherTownUnit, '邻镇工作人员', 'CENTER_STAFF'),
      liaison: await member(department, '部门联络员', 'DEPARTMENT_LIAISON'),
    },
  };
}
