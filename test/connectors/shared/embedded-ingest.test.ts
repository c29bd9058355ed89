import type { MikroORM } from '@mikro-orm/postgresql';
import { createEmbeddedIngest, EmbeddedIngest } from '../../../connectors/shared/embedded-ingest';
import { execute } from '../../../src/db/sql';
import { createOrm } from '../../../src/db/orm';
import { generateIdentityNumber } from '../../../src/identity';
import { randomTopicName } from '../../helpers/kafka-broker';
import { resetDatabase } from '../../helpers/test-hub';
import { countRows, graphSnapshot } from './graph-snapshot';
import { useTestKeyring } from './test-keyring';
import { line, testConnector, loadTestRegistry } from './test-connector';
import { revealDeadLetterValue } from '../../../src/access/protect';

let orm: MikroORM;
const versioned = testConnector(randomTopicName('test.versioned'), { versioned: true });
const unversioned = testConnector(randomTopicName('test.unversioned'), { versioned: false });
let ingest: EmbeddedIngest;

beforeAll(async () => {
  useTestKeyring();
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 4 });
  await resetDatabase(orm);
  await loadTestRegistry(orm);
  ingest = createEmbeddedIngest({ orm, connectors: [versioned, unversioned], batchSize: 3 });
});
afterAll(() => orm.close());

const idNumber = (seed: number) =>
  generateIdentityNumber({ divisionCode: '371326', birthDate: '1980-01-01', sequence: seed });

async function personOf(topic: string, key: string) {
  const rows = await execute<{ name: string; status: string; summary: string }[]>(
    orm.em.fork(),
    `select p.name, e.status, e.summary from hub_event e join event_party ep on ep.event_id = e.id join person p on p.id = ep.person_id
      where e.source_topic = ? and e.source_key = ?`,
    [topic, key],
  );
  return rows[0];
}

describe('embedded ingest (the pipeline without Kafka)', () => {
  it('changes nothing when the same messages arrive again', async () => {
    const t = versioned.topic;
    const lines = [
      line('A', { id: 'A', v: 1, name: '张伟', idNumber: idNumber(11), status: 'OPEN', address: '东关街1号' }),
      line('B', { id: 'B', v: 1, name: '李娜', status: 'OPEN' }),
      line('A', { id: 'A', v: 2, name: '张伟', idNumber: idNumber(11), status: 'CLOSED', address: '东关街1号' }),
      line('C', { id: 'C', v: 5, name: '王芳', idNumber: idNumber(13), status: 'OPEN' }),
    ];
    const first = await ingest.ingest(t, lines);
    expect(first).toMatchObject({ received: 4, deadLetters: [] });
    const before = await graphSnapshot(orm);
    expect(before.source_record.rows).toBe(4);
    expect(before.hub_event.rows).toBe(3);
    const again = await ingest.ingest(t, lines);
    expect(again.applied).toBe(0);
    expect(await graphSnapshot(orm)).toEqual(before);
    expect(await personOf(t, 'A')).toMatchObject({ status: 'CLOSED' });
  });

  it('keeps the newer version when an older one arrives late', async () => {
    const t = versioned.topic;
    await ingest.ingest(t, [line('D', { id: 'D', v: 20, name: '赵敏', status: 'CLOSED' })]);
    const late = await ingest.ingest(t, [line('D', { id: 'D', v: 10, name: '赵敏', status: 'OPEN' })]);
    expect(late).toMatchObject({ applied: 0, stale: 1 });
    expect(await personOf(t, 'D')).toMatchObject({ status: 'CLOSED' });
    expect(await countRows(orm, 'source_record', 'topic = ? and key = ?', [t, 'D'])).toBe(2);
    expect(
      await countRows(orm, 'mention m join source_record s on s.id = m.source_record_id', 's.topic = ? and s.key = ?', [
        t,
        'D',
      ]),
    ).toBe(1);
  });

  it('lets the later message win on a topic without versions', async () => {
    const t = unversioned.topic;
    await ingest.ingest(t, [
      line('E', { id: 'E', name: '孙丽', status: 'OPEN' }),
      line('E', { id: 'E', name: '孙丽', status: 'CLOSED' }),
    ]);
    expect(await personOf(t, 'E')).toMatchObject({ status: 'CLOSED' });
    await ingest.ingest(t, [line('E', { id: 'E', name: '孙丽', status: 'OPEN' })]);
    expect(await personOf(t, 'E')).toMatchObject({ status: 'REPORTED' });
  });

  it('links an unnamed-number mention to the same person across versions, never by name', async () => {
    const t = versioned.topic;
    await ingest.ingest(t, [
      line('F', { id: 'F', v: 1, name: '刘洋', status: 'OPEN' }),
      line('G', { id: 'G', v: 1, name: '刘洋', status: 'OPEN' }),
    ]);
    await ingest.ingest(t, [line('F', { id: 'F', v: 2, name: '刘洋', status: 'CLOSED' })]);
    const people = await execute<{ n: string }[]>(
      orm.em.fork(),
      `select count(distinct person_id) as n from mention m join source_record s on s.id = m.source_record_id where s.topic = ? and s.key in ('F', 'G')`,
      [t],
    );
    expect(Number(people[0].n)).toBe(2);
  });

  it('sets poison apart with its reason and writes the rest of the batch', async () => {
    const t = versioned.topic;
    const result = await ingest.ingest(t, [
      '{"key": "H", "value": {"id": "H", "v": 1, "name": "周杰", "status": "OPEN"}}',
      line('I', '{not json'),
      line('J', { v: 1, name: '吴刚', status: 'OPEN' }),
      line('K', { id: 'K', v: 1, name: '郑爽', status: 'PENDING' }),
      line('L', { id: 'X', v: 1, name: '冯巩', status: 'OPEN' }),
      line('M', { id: 'M', v: 1, name: '陈红', status: 'OPEN', reject: true }),
      line('N', { id: 'N', v: 1, name: '褚英', status: 'OPEN' }),
    ]);
    expect(result.deadLetters.map((d) => [d.line, d.key, d.reason.split(':')[0]])).toEqual([
      [2, 'I', 'BAD_JSON'],
      [3, 'J', 'MISSING_KEY'],
      [4, 'K', 'SCHEMA'],
      [5, 'L', 'KEY_MISMATCH'],
      [6, 'M', 'REJECTED'],
    ]);
    expect(await personOf(t, 'H')).toBeDefined();
    expect(await personOf(t, 'N')).toBeDefined();
    const letters = await execute<{ key: string; value: string; reason: string }[]>(
      orm.em.fork(),
      `select key, value, reason from dead_letter where topic = ? order by "offset"`,
      [t],
    );
    expect(letters[0]).toEqual({
      key: 'I',
      value: expect.stringMatching(/^v1\./),
      reason: expect.stringMatching(/^BAD_JSON: /),
    });
    expect(revealDeadLetterValue(letters[0].value)).toBe('{not json');
    expect(letters).toHaveLength(5);
  });

  it('keeps a record the database refuses as a dead letter with its line, and writes the rest', async () => {
    await execute(
      orm.em.fork(),
      `create or replace function test_refuse_poison() returns trigger language plpgsql as $$
       begin if new.summary like '%毒%' then raise exception 'refused' using errcode = '23514'; end if; return new; end $$`,
    );
    await execute(
      orm.em.fork(),
      `create trigger test_refuse_poison before insert or update on hub_event for each row execute function test_refuse_poison()`,
    );
    try {
      const t = versioned.topic;
      const result = await ingest.ingest(t, [
        line('R1', { id: 'R1', v: 1, name: '卫东', status: 'OPEN' }),
        line('R2', { id: 'R2', v: 1, name: '孙毒', status: 'OPEN' }),
        line('R3', { id: 'R3', v: 1, name: '蒋青', status: 'OPEN' }),
      ]);
      expect(result.deadLetters).toEqual([{ line: 2, key: 'R2', reason: 'DATABASE_REJECTED: SQLSTATE 23514' }]);
      expect(result.applied).toBe(2);
      expect(await personOf(t, 'R1')).toBeDefined();
      expect(await personOf(t, 'R3')).toBeDefined();
      expect(await countRows(orm, 'source_record', 'topic = ? and key = ?', [t, 'R2'])).toBe(0);
      const [letter] = await execute<{ key: string; value: string; reason: string }[]>(
        orm.em.fork(),
        `select key, value, reason from dead_letter where topic = ? and key = 'R2'`,
        [t],
      );
      expect(letter.reason).toBe('DATABASE_REJECTED: SQLSTATE 23514');
      expect(JSON.parse(revealDeadLetterValue(letter.value))).toMatchObject({ id: 'R2', name: '孙毒' });
    } finally {
      await execute(orm.em.fork(), `drop trigger if exists test_refuse_poison on hub_event`);
      await execute(orm.em.fork(), `drop function if exists test_refuse_poison()`);
    }
  });

  it('leaves the status of an event the closed loop has taken up to the loop, keeping the department status as a detail', async () => {
    const t = versioned.topic;
    await ingest.ingest(t, [line('W', { id: 'W', v: 1, name: '韩梅', status: 'OPEN' })]);
    const event = async () =>
      (
        await execute<
          { id: string; status: string; version: number; details: Record<string, unknown>; summary: string }[]
        >(
          orm.em.fork(),
          `select id, status, version, details, summary from hub_event where source_topic = ? and source_key = 'W'`,
          [t],
        )
      )[0];
    const before = await event();
    expect(before.status).toBe('REPORTED');
    // A town center accepts it (as acceptReview records it).
    await execute(
      orm.em.fork(),
      `insert into event_transition (id, event_id, action, from_status, to_status, at) values (gen_random_uuid(), ?, 'ACCEPT_REVIEW', 'REPORTED', 'ACCEPTED', now())`,
      [before.id],
    );
    await execute(orm.em.fork(), `update hub_event set status = 'ACCEPTED' where id = ?`, [before.id]);

    await ingest.ingest(t, [line('W', { id: 'W', v: 2, name: '韩梅', status: 'CLOSED' })]);
    const after = await event();
    expect(after.status).toBe('ACCEPTED');
    expect(after.details).toMatchObject({ departmentStatus: 'CLOSED', v: 2 });
    expect(after.summary).toBe('韩梅 CLOSED');
    expect(after.version).toBeGreaterThan(before.version);

    // An event no center has acted on still follows its department.
    await ingest.ingest(t, [
      line('X', { id: 'X', v: 1, name: '林青', status: 'OPEN' }),
      line('X', { id: 'X', v: 2, name: '林青', status: 'CLOSED' }),
    ]);
    expect(await personOf(t, 'X')).toMatchObject({ status: 'CLOSED' });
  });

  it('removes a deleted record from the graph and keeps its history', async () => {
    const t = unversioned.topic;
    await ingest.ingest(t, [line('P', { id: 'P', name: '何静', status: 'OPEN', address: '东关街9号' })]);
    expect(await countRows(orm, 'hub_event', 'source_topic = ? and source_key = ?', [t, 'P'])).toBe(1);
    expect(await countRows(orm, 'residence', 'source_topic = ? and source_key = ?', [t, 'P'])).toBe(1);
    await ingest.ingest(t, [line('P', { id: 'P', name: '何静', status: 'OPEN', op: 'D' })]);
    expect(await countRows(orm, 'hub_event', 'source_topic = ? and source_key = ?', [t, 'P'])).toBe(0);
    expect(await countRows(orm, 'residence', 'source_topic = ? and source_key = ?', [t, 'P'])).toBe(0);
    expect(await countRows(orm, 'source_record', 'topic = ? and key = ?', [t, 'P'])).toBe(2);
  });

  it('ends a residence when the record is closed instead of deleting it', async () => {
    const t = unversioned.topic;
    await ingest.ingest(t, [
      line('Q', { id: 'Q', name: '吕布', status: 'OPEN', address: '东关街7号' }),
      line('Q', { id: 'Q', name: '吕布', status: 'CLOSED', address: '东关街7号' }),
    ]);
    const rows = await execute<{ valid_to: string | null }[]>(
      orm.em.fork(),
      `select valid_to::text from residence where source_topic = ? and source_key = ?`,
      [t, 'Q'],
    );
    expect(rows).toEqual([{ valid_to: '2024-06-30' }]);
  });
});
