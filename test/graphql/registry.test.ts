import { resetDatabase, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  await resetDatabase(t.orm);
});
afterAll(() => t.stop());

const LOAD = `mutation Load($registry: RegistryInput!) {
  loadGridRegistry(registry: $registry) { regionsCreated regionsUpdated gridsCreated gridsUpdated }
}`;

const registry = {
  regions: [
    { code: '371326000000', name: '平邑县', level: 'COUNTY', parentCode: null },
    { code: '371326101000', name: '测试镇', level: 'TOWN', parentCode: '371326000000' },
    { code: '371326101201', name: '东村', level: 'VILLAGE', parentCode: '371326101000' },
    { code: '371326101202', name: '西村', level: 'VILLAGE', parentCode: '371326101000' },
  ],
  grids: [
    { code: '371326101201001', name: '东村第1网格', villageCode: '371326101201', parentCode: null },
    {
      code: '37132610120100101',
      name: '东村第1网格第1微网格',
      villageCode: '371326101201',
      parentCode: '371326101201001',
    },
    { code: '371326101202001', name: '西村第1网格', villageCode: '371326101202', parentCode: null },
  ],
};

async function counts(): Promise<{ regions: number; grids: number }> {
  const [row] = await t.orm.em
    .getConnection()
    .execute<{ regions: number; grids: number }[]>(
      `select (select count(*) from region)::int as regions, (select count(*) from grid)::int as grids`,
    );
  return row;
}

describe('loadGridRegistry', () => {
  it('creates the tree once and changes nothing when the same document is loaded again', async () => {
    const first = await t.graphql(LOAD, { registry });
    expect(first.data!.loadGridRegistry).toEqual({
      regionsCreated: 4,
      regionsUpdated: 0,
      gridsCreated: 3,
      gridsUpdated: 0,
    });
    const again = await t.graphql(LOAD, { registry });
    expect(again.data!.loadGridRegistry).toEqual({
      regionsCreated: 0,
      regionsUpdated: 0,
      gridsCreated: 0,
      gridsUpdated: 0,
    });
    expect(await counts()).toEqual({ regions: 4, grids: 3 });

    const tree = await t.graphql(
      `{ region(code: "371326101201") { name parent { name } grids { code parent { code } microGrids { code } } } }`,
    );
    expect(tree.data!.region.parent.name).toBe('测试镇');
    const top = tree.data!.region.grids.find((g: { code: string }) => g.code === '371326101201001');
    expect(top.microGrids).toEqual([{ code: '37132610120100101' }]);
  });

  it('renames in place', async () => {
    const renamed = { ...registry, grids: registry.grids.map((g, i) => (i === 2 ? { ...g, name: '西村一网格' } : g)) };
    const res = await t.graphql(LOAD, { registry: renamed });
    expect(res.data!.loadGridRegistry).toMatchObject({ gridsCreated: 0, gridsUpdated: 1 });
  });

  it.each([
    [
      'registry.regions[1].level',
      { regions: [registry.regions[0], { ...registry.regions[1], code: '371326102000', level: 'VILLAGE' }], grids: [] },
    ],
    [
      'registry.regions[0].code',
      { regions: [{ code: '37132', name: 'x', level: 'TOWN', parentCode: null }], grids: [] },
    ],
    [
      'registry.grids[0].villageCode',
      { regions: [], grids: [{ code: '371326999999001', name: 'x', villageCode: '371326999999', parentCode: null }] },
    ],
    [
      'registry.grids[1].parentCode',
      {
        regions: [],
        grids: [
          registry.grids[2],
          {
            ...registry.grids[1],
            code: '37132610120200109',
            villageCode: '371326101202',
            parentCode: '371326101202777',
          },
        ],
      },
    ],
  ])('rejects a bad document at %s and writes nothing', async (argument, doc) => {
    const before = await counts();
    const withNew = {
      regions: [...doc.regions, { code: '371326103000', name: '新镇', level: 'TOWN', parentCode: '371326000000' }],
      grids: doc.grids,
    };
    const res = await t.graphql(LOAD, { registry: withNew });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await counts()).toEqual(before);
  });
});
