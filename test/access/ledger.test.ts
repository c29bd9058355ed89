import { execute } from '../../src/db/sql';
import { verifyAccessLedger } from '../../src/access/ledger/ledger.service';
import { startTestHub, TestHub } from '../helpers/test-hub';
import { AccessFixture, createAccessFixture } from './access-fixture';

let t: TestHub;
let f: AccessFixture;

beforeAll(async () => {
  t = await startTestHub();
  f = await createAccessFixture(t);
});
afterAll(() => t.stop());

const LOG = `query($id: ID!) { personAccessLog(personId: $id, first: 50) { totalCount nodes { seq clientName department memberId fields purpose at } } }`;

async function tamper(sql: string, params: unknown[]): Promise<void> {
  // What someone with the table owner's rights could do: switch the append-only trigger off.
  await t.orm.em.transactional(async (tx) => {
    await execute(tx, 'alter table access_ledger disable trigger access_ledger_append_only');
    await execute(tx, sql, params);
    await execute(tx, 'alter table access_ledger enable trigger access_ledger_append_only');
  });
}

describe('the access ledger', () => {
  it('records who read which fields of a person, when and why, before the response arrives', async () => {
    const before = Date.now();
    const read = await t.graphql(
      `query($id: ID!) { person(id: $id) { name identityNumber(purpose: "社区矫正 monthly check") } }`,
      { id: f.inA.id },
      f.headers.justice,
    );
    expect(read.data!.person.identityNumber).toBe(f.inA.identityNumber);
    const log = await t.graphql(LOG, { id: f.inA.id }, f.headers.auditor);
    expect(log.errors).toBeUndefined();
    const [entry] = log.data!.personAccessLog.nodes;
    expect(entry).toMatchObject({
      clientName: 'JUSTICE OFFICER',
      department: 'JUSTICE',
      fields: ['identityNumber', 'name'],
      purpose: '社区矫正 monthly check',
    });
    expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records every person of a page in one entry per request, and nothing for people it could not see', async () => {
    const [{ last }] = await execute<{ last: string }[]>(
      t.orm.em.fork(),
      'select coalesce(max(seq), 0)::text as last from access_ledger',
    );
    const page = await t.graphql(`{ people(first: 25) { nodes { id phones } } }`, {}, f.headers.police);
    const ids = page.data!.people.nodes.map((n: { id: string }) => n.id);
    const written = await execute<{ person_ids: string[]; fields: string[] }[]>(
      t.orm.em.fork(),
      'select person_ids, fields from access_ledger where seq > ?',
      [last],
    );
    expect(written).toHaveLength(1);
    expect([...written[0].person_ids].sort()).toEqual([...ids].sort());
    expect(written[0].fields).toEqual(['id', 'phones']);
    const invisible = await t.graphql(
      `query($id: ID!) { person(id: $id) { name } }`,
      { id: f.inB.id },
      f.headers.police,
    );
    expect(invisible.data!.person).toBeNull();
    const log = await t.graphql(LOG, { id: f.inB.id }, f.headers.auditor);
    expect(
      log.data!.personAccessLog.nodes.filter((n: { clientName: string }) => n.clientName === 'POLICE OFFICER'),
    ).toEqual([]);
  });

  it('keeps one unbroken chain under concurrent requests', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.graphql(`{ people(first: ${5 + i}) { nodes { name } } }`, {}, f.headers.dispatcher),
      ),
    );
    const result = await t.graphql(`{ verifyAccessLedger { ok checked brokenAt problem } }`, {}, f.headers.auditor);
    expect(result.data!.verifyAccessLedger).toMatchObject({ ok: true, brokenAt: null, problem: null });
    expect(result.data!.verifyAccessLedger.checked).toBeGreaterThanOrEqual(22); // one entry per request at least
  });

  it('rejects UPDATE and DELETE on the ledger table', async () => {
    await expect(execute(t.orm.em.fork(), `update access_ledger set purpose = 'x' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(execute(t.orm.em.fork(), `delete from access_ledger where seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('finds an altered entry, a removed entry and removed entries at the end', async () => {
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: true });
    const [{ seq }] = await execute<{ seq: string }[]>(
      t.orm.em.fork(),
      `select seq::text as seq from access_ledger where ? = any(person_ids) order by seq limit 1`,
      [f.inA.id],
    );

    await tamper(`update access_ledger set purpose = 'routine' where seq = ?`, [seq]);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({
      ok: false,
      brokenAt: seq,
      problem: `entry ${seq} was altered`,
    });
    await tamper(`update access_ledger set purpose = '社区矫正 monthly check' where seq = ?`, [seq]);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: true });

    const [{ last }] = await execute<{ last: string }[]>(
      t.orm.em.fork(),
      'select max(seq)::text as last from access_ledger',
    );
    await tamper('delete from access_ledger where seq = ?', [Number(last)]);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: false, brokenAt: 'head' });

    await tamper('delete from access_ledger where seq = ?', [Number(seq) + 1]);
    const res = await t.graphql(`{ verifyAccessLedger { ok brokenAt problem } }`, {}, f.headers.auditor);
    expect(res.data!.verifyAccessLedger).toEqual({
      ok: false,
      brokenAt: String(Number(seq) + 1),
      problem: `entry ${Number(seq) + 1} is missing`,
    });
  });
});
