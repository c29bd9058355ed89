import type { Principal } from '../principal';
import type { LedgerEntryInput } from './ledger-chain';

/**
 * Collects, during one request, which fields of which people were read (and the purposes given),
 * and turns them into one ledger entry per person when the request ends.
 */
export interface LedgerCollector {
  note(personId: string, field: string, purpose?: string): void;
  entries(): LedgerEntryInput[];
  readonly size: number;
}

export function createLedgerCollector(principal: Principal, requestId: string): LedgerCollector {
  const reads = new Map<string, { fields: Set<string>; purposes: Set<string> }>();
  return {
    note(personId, field, purpose) {
      let read = reads.get(personId);
      if (!read) reads.set(personId, (read = { fields: new Set(), purposes: new Set() }));
      read.fields.add(field);
      if (purpose) read.purposes.add(purpose);
    },
    entries() {
      const at = new Date();
      return [...reads].map(([personId, read]) => ({
        at,
        clientId: principal.clientId,
        clientName: principal.clientName,
        department: principal.department,
        memberId: principal.memberId ?? null,
        personId,
        fields: [...read.fields],
        purpose: read.purposes.size ? [...read.purposes].join('; ') : null,
        requestId,
      }));
    },
    get size() {
      return reads.size;
    },
  };
}
