import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { chainEntries, ChainedEntry, entryHash, GENESIS_HASH, LedgerEntryInput } from './ledger-chain';

export const INSERT_CHUNK = 2000;

/** The last entry of the chain: where the next entry links. */
export interface LedgerHead {
  seq: string;
  hash: string;
}

/** The chained entries as the JSON rows `LEDGER_ROWS_SQL` reads (one parameter). */
export function ledgerRowsJson(chained: ChainedEntry[]): string {
  return JSON.stringify(
    chained.map((c) => ({
      seq: c.seq,
      at: c.at.toISOString(),
      client_id: c.clientId,
      client_name: c.clientName,
      department: c.department,
      member_id: c.memberId,
      person_ids: c.personIds,
      fields: c.fields,
      purpose: c.purpose,
      request_id: c.requestId,
      prev_hash: c.prevHash,
      hash: c.hash,
    })),
  );
}

/** Inserts the rows of one `ledgerRowsJson` parameter; `condition` may follow (a `where`). */
export const INSERT_LEDGER_ROWS_SQL = `insert into access_ledger (seq, at, client_id, client_name, department, member_id, person_ids, fields, purpose, request_id, prev_hash, hash)
  select x.seq, x.at, x.client_id, x.client_name, x.department, x.member_id, x.person_ids, x.fields, x.purpose, x.request_id, x.prev_hash, x.hash
    from jsonb_to_recordset(?::jsonb) as x(seq bigint, at timestamptz, client_id uuid, client_name text, department text, member_id text,
      person_ids text[], fields text[], purpose text, request_id text, prev_hash text, hash text)`;

/**
 * Appends entries to the access ledger in one transaction: locks the head row (so appenders in
 * every process take turns and the chain has no forks), chains the entries after it, inserts them
 * with one statement per chunk and moves the head. Resolves with the new head; rejects when the
 * database does, and then nothing of the batch is written.
 */
export async function appendLedgerEntries(em: EntityManager, entries: LedgerEntryInput[]): Promise<LedgerHead | null> {
  if (!entries.length) return null;
  const loggerContext = em.getLoggerContext();
  // A transaction on the connection, not em.transactional: the ledger writes raw SQL only, so the
  // ORM's flush has nothing to do, and its AsyncLocalStorage (TransactionContext, the flush guard)
  // would switch on Node 20's promise hooks for the rest of the process, a cost on every read.
  return em.getConnection('write').transactional(
    async (trx) => {
      const tx = em.fork({ loggerContext });
      tx.setTransactionContext(trx);
      const [head] = await execute<LedgerHead[]>(
        tx,
        'select seq::text as seq, hash from access_ledger_head where id = 1 for update',
      );
      const chained = chainEntries(head ?? { seq: '0', hash: GENESIS_HASH }, entries);
      for (let i = 0; i < chained.length; i += INSERT_CHUNK) {
        await execute(tx, INSERT_LEDGER_ROWS_SQL, [ledgerRowsJson(chained.slice(i, i + INSERT_CHUNK))]);
      }
      const last = chained[chained.length - 1];
      await execute(
        tx,
        `insert into access_ledger_head (id, seq, hash) values (1, ?, ?) on conflict (id) do update set seq = excluded.seq, hash = excluded.hash`,
        [last.seq, last.hash],
      );
      return { seq: last.seq, hash: last.hash };
    },
    // begin and commit are counted as the ledger's statements too
    { loggerContext },
  );
}

export interface LedgerVerification {
  ok: boolean;
  checked: number;
  /** The first entry (or the head, as "head") where the chain breaks. */
  brokenAt?: string;
  problem?: string;
}

interface LedgerRow {
  seq: string;
  at: string;
  client_id: string;
  client_name: string;
  department: string;
  member_id: string | null;
  person_ids: string[];
  fields: string[];
  purpose: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
}

/**
 * Walks the whole chain in order and recomputes every hash: an altered entry fails its hash, a
 * removed one leaves a gap in `seq` or a broken `prev_hash` link, and removed entries at the end
 * no longer reach the head row.
 */
export async function verifyAccessLedger(em: EntityManager, chunk = 5000): Promise<LedgerVerification> {
  let expected = 1n;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows: LedgerRow[] = await execute(
      em,
      `select seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, client_id, client_name, department, member_id, person_ids, fields, purpose, request_id, prev_hash, hash
         from access_ledger l where l.seq >= ? order by l.seq limit ?`,
      [expected.toString(), chunk],
    );
    for (const r of rows) {
      if (BigInt(r.seq) !== expected)
        return { ok: false, checked, brokenAt: expected.toString(), problem: `entry ${expected} is missing` };
      if (r.prev_hash !== prevHash)
        return { ok: false, checked, brokenAt: r.seq, problem: `entry ${r.seq} does not link to the entry before it` };
      const input: LedgerEntryInput = {
        at: new Date(r.at),
        clientId: r.client_id,
        clientName: r.client_name,
        department: r.department,
        memberId: r.member_id,
        personIds: r.person_ids,
        fields: r.fields,
        purpose: r.purpose,
        requestId: r.request_id,
      };
      if (entryHash(prevHash, r.seq, input) !== r.hash)
        return { ok: false, checked, brokenAt: r.seq, problem: `entry ${r.seq} was altered` };
      prevHash = r.hash;
      expected += 1n;
      checked += 1;
    }
    if (rows.length < chunk) break;
  }
  const [head] = await execute<{ seq: string; hash: string }[]>(
    em,
    'select seq::text as seq, hash from access_ledger_head where id = 1',
  );
  const headSeq = head?.seq ?? '0';
  if (headSeq !== (expected - 1n).toString() || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    return {
      ok: false,
      checked,
      brokenAt: 'head',
      problem: `the head names entry ${headSeq} but the chain ends at ${expected - 1n}`,
    };
  }
  return { ok: true, checked };
}
