import { createHash } from 'node:crypto';

/** What one ledger entry says, before it gets its place in the chain. */
export interface LedgerEntryInput {
  at: Date;
  clientId: string;
  clientName: string;
  department: string;
  memberId: string | null;
  personIds: string[];
  fields: string[];
  purpose: string | null;
  requestId: string;
}

export interface ChainedEntry extends LedgerEntryInput {
  seq: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous hash and a canonical encoding of every field of the entry. */
export function entryHash(prevHash: string, seq: string, e: LedgerEntryInput): string {
  const canonical = JSON.stringify([
    seq,
    e.at.toISOString(),
    e.clientId,
    e.clientName,
    e.department,
    e.memberId,
    [...e.personIds].sort(),
    [...e.fields].sort(),
    e.purpose,
    e.requestId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Gives entries their places after the head `(seq, hash)`. */
export function chainEntries(head: { seq: string; hash: string }, entries: LedgerEntryInput[]): ChainedEntry[] {
  let seq = BigInt(head.seq);
  let prevHash = head.hash;
  return entries.map((e) => {
    seq += 1n;
    const chained = {
      ...e,
      fields: [...e.fields].sort(),
      personIds: [...e.personIds].sort(),
      seq: seq.toString(),
      prevHash,
      hash: entryHash(prevHash, seq.toString(), e),
    };
    prevHash = chained.hash;
    return chained;
  });
}
