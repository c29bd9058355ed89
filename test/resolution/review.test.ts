import { createEmbeddedIngest, EmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { CONNECTORS } from '../../connectors';
import { execute } from '../../src/db/sql';
import { generateDemoCounty } from '../../src/demo';
import { loadRegistry } from '../../src/domain/grids/registry.service';
import type { RegionLevel } from '../../src/domain/shared/enums';
import { generateIdentityNumber } from '../../src/identity';
import { resetDatabase, startTestHub, TestHub } from '../helpers/test-hub';

let hub: TestHub;
let ingest: EmbeddedIngest;
const VILLAGE = '371326008002';
const id = (sequence: number) =>
  generateIdentityNumber({
    divisionCode: '371326',
    birthDate: '1975-03-04',
    sequence,
  });

function household(key: string, head: Record<string, unknown>, updated: string) {
  const value = {
    户编号: key,
    救助类型: '低保',
    ...head,
    区划代码: VILLAGE,
    保障人数: 1,
    月保障金额: '300.00',
    起始年月: '2024-02',
    状态: '在保',
    成员: [],
    更新时间: updated,
  };
  return JSON.stringify({ key, value });
}

beforeAll(async () => {
  hub = await startTestHub();
  await resetDatabase(hub.orm);
  const registry = generateDemoCounty({ people: 10, seed: 1 }).registry;
  await loadRegistry(hub.orm.em.fork(), {
    regions: registry.regions.map((r) => ({
      ...r,
      level: r.level as RegionLevel,
    })),
    grids: [],
  });
  ingest = createEmbeddedIngest({
    orm: hub.orm,
    connectors: [...CONNECTORS],
    batchSize: 10,
  });
});
afterAll(() => hub.stop());

const personByNumber = async (number: string) =>
  (
    await hub.graphql(
      `query($n: String!) { people(filter: { identityNumber: $n }) { nodes { id name phones mentions { id path evidence { rule score fields { field outcome weight } } } } } }`,
      { n: number },
    )
  ).data!.people.nodes[0];

describe('review queue, reversible merges and explanations', () => {
  it('links on evidence, explains it, queues a namesake for review and keeps a distinct judgement sticky', async () => {
    const address = '山东省临沂市平邑县铜石镇小河村1号';
    await ingest.ingest('dept.civil.assistance', [
      household(
        'MZ-T-1',
        { 户主姓名: '王芳', 联系电话: '13800000001', 家庭住址: address },
        '2024-03-01T10:00:00+08:00',
      ),
      household(
        'MZ-T-2',
        {
          户主姓名: '王芳',
          户主身份证号: id(11),
          联系电话: '13800000001',
          家庭住址: address,
        },
        '2024-03-02T10:00:00+08:00',
      ),
      household(
        'MZ-T-3',
        { 户主姓名: '王芳', 家庭住址: '山东省临沂市平邑县铜石镇小河村88号' },
        '2024-03-03T10:00:00+08:00',
      ),
    ]);
    const linked = await personByNumber(id(11));
    expect(linked.mentions).toHaveLength(2);
    const scored = linked.mentions.find((m: any) => m.evidence.rule === 'SCORED');
    expect(scored.evidence.score).toBeGreaterThanOrEqual(16);
    expect(scored.evidence.fields).toEqual(
      expect.arrayContaining([
        { field: 'phone', outcome: 'AGREE', weight: 8 },
        { field: 'name', outcome: 'AGREE', weight: 9 },
      ]),
    );

    const queue = await hub.graphql(
      `{ possibleMatches(regionCode: "371326008000") { nodes { id score status personA { id } personB { id } evidence { fields { field outcome } } } } }`,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.possibleMatches.nodes).toHaveLength(1);
    const pair = queue.data!.possibleMatches.nodes[0];
    expect([pair.personA.id, pair.personB.id]).toContain(linked.id);
    expect(
      (await hub.graphql(`{ possibleMatches(regionCode: "371326009000") { nodes { id } } }`)).data!.possibleMatches
        .nodes,
    ).toHaveLength(0);

    const other = pair.personA.id === linked.id ? pair.personB.id : pair.personA.id;
    const judged = await hub.graphql(
      `mutation($a: ID!, $b: ID!) { markDistinct(personId: $a, otherId: $b, reason: "另一户") { action actor reason } }`,
      { a: linked.id, b: other },
    );
    expect(judged.errors).toBeUndefined();
    expect(judged.data!.markDistinct).toMatchObject({ action: 'DISTINCT', reason: '另一户' });
    // The audit names the authenticated principal (the client, and the member acting through it).
    expect(judged.data!.markDistinct.actor).toMatch(/^(client|member):/);
    const blank = await hub.graphql(
      `mutation($a: ID!, $b: ID!) { markDistinct(personId: $a, otherId: $b, reason: " ") { id } }`,
      { a: linked.id, b: other },
    );
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await hub.graphql(`{ possibleMatches { nodes { id } } }`)).data!.possibleMatches.nodes).toHaveLength(0);

    // A later record that agrees with both on phone and house still never joins the two.
    await ingest.ingest('dept.civil.assistance', [
      household(
        'MZ-T-4',
        {
          户主姓名: '王芳',
          联系电话: '13800000001',
          家庭住址: '山东省临沂市平邑县铜石镇小河村88号',
        },
        '2024-03-04T10:00:00+08:00',
      ),
    ]);
    const live = await execute<{ id: string }[]>(
      hub.orm.em.fork(),
      `select id from person where id in (?, ?) and merged_into_id is null`,
      [linked.id, other],
    );
    expect(live).toHaveLength(2);
  });

  it('merges two people reversibly: the merged id resolves to the survivor, a split moves mentions back out', async () => {
    await ingest.ingest('dept.civil.assistance', [
      household(
        'MZ-T-5',
        { 户主姓名: '赵磊', 户主身份证号: id(21), 联系电话: '13900000005' },
        '2024-04-01T10:00:00+08:00',
      ),
      household('MZ-T-6', { 户主姓名: '赵蕾', 联系电话: '13900000006' }, '2024-04-02T10:00:00+08:00'),
    ]);
    const survivor = await personByNumber(id(21));
    const [{ person_id: loser }] = await execute<{ person_id: string }[]>(
      hub.orm.em.fork(),
      `select m.person_id from mention m join source_record s on s.id = m.source_record_id where s.key = 'MZ-T-6' and m.path = '$'`,
    );
    const merged = await hub.graphql(
      `mutation($s: ID!, $l: ID!) { mergePeople(survivorId: $s, mergedId: $l, reason: "同一人，录入错字") { action personIds } }`,
      { s: survivor.id, l: loser },
    );
    expect(merged.data!.mergePeople).toEqual({
      action: 'MERGE',
      personIds: [survivor.id, loser],
    });
    const viaOld = await hub.graphql(
      `query($id: ID!) { person(id: $id) { id mergedFrom mentions { id path } provenance(field: "phones") { value chosen key department } } }`,
      { id: loser },
    );
    expect(viaOld.data!.person.id).toBe(survivor.id);
    expect(viaOld.data!.person.mergedFrom).toEqual([loser]);
    expect(viaOld.data!.person.mentions).toHaveLength(2);
    const phones = viaOld.data!.person.provenance;
    expect(phones.map((p: any) => p.value).sort()).toEqual(['["13900000005"]', '["13900000006"]']);
    expect(phones.filter((p: any) => p.chosen)).toEqual([
      {
        value: '["13900000006"]',
        chosen: true,
        key: 'MZ-T-6',
        department: 'civil-affairs',
      },
    ]);

    const mentionOfT6 = (
      await execute<{ id: string }[]>(
        hub.orm.em.fork(),
        `select m.id from mention m join source_record s on s.id = m.source_record_id where s.key = 'MZ-T-6'`,
      )
    )[0].id;
    const split = await hub.graphql(
      `mutation($p: ID!, $m: [ID!]!) { splitPerson(personId: $p, mentionIds: $m, reason: "两个人") { action personIds } }`,
      { p: survivor.id, m: [mentionOfT6] },
    );
    expect(split.errors).toBeUndefined();
    const created = split.data!.splitPerson.personIds[1];
    const after = await hub.graphql(
      `query($a: ID!, $b: ID!) { a: person(id: $a) { name phones mentions { id } } b: person(id: $b) { name phones mentions { id } } }`,
      { a: survivor.id, b: created },
    );
    expect(after.data!.a).toMatchObject({
      name: '赵磊',
      phones: ['13900000005'],
    });
    expect(after.data!.b).toMatchObject({
      name: '赵蕾',
      phones: ['13900000006'],
      mentions: [{ id: mentionOfT6 }],
    });
    const audit = await execute<{ action: string; actor: string }[]>(
      hub.orm.em.fork(),
      `select action, actor from resolution_judgement where ? = any(person_ids) order by created_at`,
      [survivor.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['MERGE', 'SPLIT']);
  });
});
