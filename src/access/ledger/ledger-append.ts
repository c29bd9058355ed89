import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { chainEntries, LedgerEntryInput } from './ledger-chain';
import {
  appendLedgerEntries,
  INSERT_CHUNK,
  INSERT_LEDGER_ROWS_SQL,
  LedgerHead,
  ledgerRowsJson,
} from './ledger.service';

/**
 * One statement, so one round trip and its own transaction: locks the head row, and only if it
 * is still the head the entries were chained after, inserts them and moves the head. Answers the
 * head it found either way. Data-modifying CTEs always run to completion, and `for update`
 * re-reads a row another appender just moved, so a stale head writes nothing.
 */
const APPEND_AFTER_HEAD_SQL = `with head as (select seq, hash from access_ledger_head where id = 1 for update),
  ok as (select 1 from head where seq = ?::bigint and hash = ?),
  ins as (${INSERT_LEDGER_ROWS_SQL} where exists (select 1 from ok)),
  moved as (update access_ledger_head set seq = ?::bigint, hash = ? where id = 1 and exists (select 1 from ok))
  select (select seq::text from head) as seq, (select hash from head) as hash, exists (select 1 from ok) as written`;

const ATTEMPTS = 3;

/**
 * Appends entries after the head this process last wrote or saw. Usually that is still the head
 * (one writer per process, group-committed), and the append is one statement instead of a
 * five-statement transaction. When another process moved the head, it chains again after the
 * head it found; without a known head, a missing head row, or after repeated races it falls back
 * to the locking transaction (appendLedgerEntries). Resolves with the new head; rejects when the
 * database does, and then nothing of the batch is written.
 */
export async function appendAfterKnownHead(
  em: EntityManager,
  entries: LedgerEntryInput[],
  known: LedgerHead | null,
): Promise<LedgerHead | null> {
  let head = known;
  for (let attempt = 0; head && attempt < ATTEMPTS && entries.length <= INSERT_CHUNK; attempt++) {
    const chained = chainEntries(head, entries);
    const last = chained[chained.length - 1];
    const [found] = await execute<{ seq: string | null; hash: string | null; written: boolean }[]>(
      em,
      APPEND_AFTER_HEAD_SQL,
      [head.seq, head.hash, ledgerRowsJson(chained), last.seq, last.hash],
    );
    if (found.written) return { seq: last.seq, hash: last.hash };
    head = found.seq != null && found.hash != null ? { seq: found.seq, hash: found.hash } : null;
  }
  return appendLedgerEntries(em, entries);
}
