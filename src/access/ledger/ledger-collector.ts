import type { Principal } from '../principal';
import type { LedgerEntryInput } from './ledger-chain';

/**
 * Collects, during one request, which fields of which people were read (and the purposes given).
 * When the request ends, the people read alike (same fields, same purpose) become one ledger
 * entry: a page of 50 people is one entry naming 50 people, not 50 rows, which keeps the ledger's
 * cost per request flat while every person read stays findable (`person_ids` is GIN-indexed).
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
      const groups = new Map<string, LedgerEntryInput>();
      for (const [personId, read] of reads) {
        const fields = [...read.fields].sort();
        const purpose = read.purposes.size ? [...read.purposes].sort().join('; ') : null;
        const key = `${fields.join(',')}\u0000${purpose ?? ''}`;
        const group = groups.get(key);
        if (group) group.personIds.push(personId);
        else {
          groups.set(key, {
            at,
            clientId: principal.clientId,
            clientName: principal.clientName,
            department: principal.department,
            memberId: principal.memberId ?? null,
            personIds: [personId],
            fields,
            purpose,
            requestId,
          });
        }
      }
      return [...groups.values()];
    },
    get size() {
      return reads.size;
    },
  };
}
