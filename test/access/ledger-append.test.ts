import { sqlStatementCounter } from '../../src/config/mikro-orm.config';
import { createLedgerWriter } from '../../src/access/ledger/ledger-writer';
import { verifyAccessLedger } from '../../src/access/ledger/ledger.service';
import type { LedgerEntryInput } from '../../src/access/ledger/ledger-chain';
import { execute } from '../../src/db/sql';
import { resetDatabase, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  await resetDatabase(t.orm);
});
afterAll(() => t.stop());

function entry(n: number, writer: string): LedgerEntryInput {
  return {
    at: new Date(),
    clientId: '00000000-0000-0000-0000-000000000001',
    clientName: `writer ${writer}`,
    department: 'HUB',
    memberId: null,
    personIds: [`0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`],
    fields: ['name'],
    purpose: null,
    requestId: `request ${writer}-${n}`,
  };
}

async function ledgerSeqs(): Promise<{ seq: string; client_name: string }[]> {
  return execute(t.orm.em.fork(), 'select l.seq::text as seq, l.client_name from access_ledger l order by l.seq');
}

describe('appending to the access ledger', () => {
  it('after its own last entry takes one statement, and starts from a missing head row', async () => {
    const writer = createLedgerWriter(t.orm);
    await writer.append([entry(1, 'a')]); // no head row after the reset: the locking transaction
    const before = sqlStatementCounter.ledger;
    await writer.append([entry(2, 'a')]);
    await writer.append([entry(3, 'a')]);
    expect(sqlStatementCounter.ledger - before).toBe(2);
    expect((await ledgerSeqs()).map((r) => r.seq)).toEqual(['1', '2', '3']);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: true, checked: 3 });
  });

  it('keeps one chain when writers in two processes take turns and race', async () => {
    const a = createLedgerWriter(t.orm);
    const b = createLedgerWriter(t.orm);
    const start = (await ledgerSeqs()).length;
    await a.append([entry(10, 'a')]);
    await b.append([entry(11, 'b')]); // a's known head is now stale
    await a.append([entry(12, 'a')]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => ((i % 2 ? a : b) as typeof a).append([entry(20 + i, i % 2 ? 'a' : 'b')])),
    );
    const rows = await ledgerSeqs();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length - start).toBe(23);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: true, checked: rows.length });
  });

  it('writes nothing of a batch the database rejects, and recovers on the next append', async () => {
    const writer = createLedgerWriter(t.orm);
    await writer.append([entry(50, 'c')]);
    const before = (await ledgerSeqs()).length;
    const bad = { ...entry(51, 'c'), clientId: 'not a uuid' };
    await expect(writer.append([entry(52, 'c'), bad])).rejects.toThrow();
    expect(await ledgerSeqs()).toHaveLength(before);
    await writer.append([entry(53, 'c')]);
    expect(await ledgerSeqs()).toHaveLength(before + 1);
    expect(await verifyAccessLedger(t.orm.em.fork())).toMatchObject({ ok: true });
  });
});
