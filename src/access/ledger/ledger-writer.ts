import type { MikroORM } from '@mikro-orm/postgresql';
import { LEDGER_LOGGER_LABEL } from '../../config/mikro-orm.config';
import type { LedgerEntryInput } from './ledger-chain';
import { appendAfterKnownHead } from './ledger-append';
import type { LedgerHead } from './ledger.service';

/**
 * Group commit for the access ledger. Each request hands over its entries and waits until they
 * are durable before its response goes out, so no answered read is ever unrecorded; while one
 * transaction is writing, the entries of every other request queue up and go together in the
 * next one. Under load the ledger costs one transaction per burst of requests, not per request,
 * and a failed write fails exactly the requests whose entries it carried.
 */
export interface LedgerWriter {
  append(entries: LedgerEntryInput[]): Promise<void>;
  /** Resolves once everything handed over so far is written (shutdown). */
  drain(): Promise<void>;
}

interface Waiting {
  entries: LedgerEntryInput[];
  resolve(): void;
  reject(error: unknown): void;
}

export function createLedgerWriter(orm: MikroORM, maxBatch = 10_000): LedgerWriter {
  let queue: Waiting[] = [];
  let running: Promise<void> | null = null;
  // The head this writer last wrote: the next append links after it in one statement.
  let head: LedgerHead | null = null;

  async function writeNext(): Promise<void> {
    const batch: Waiting[] = [];
    let size = 0;
    while (queue.length && (size === 0 || size + queue[0].entries.length <= maxBatch)) {
      const next = queue.shift()!;
      batch.push(next);
      size += next.entries.length;
    }
    try {
      head = await appendAfterKnownHead(
        orm.em.fork({ loggerContext: { label: LEDGER_LOGGER_LABEL } }),
        batch.flatMap((w) => w.entries),
        head,
      );
      for (const w of batch) w.resolve();
    } catch (error) {
      head = null;
      for (const w of batch) w.reject(error);
    }
  }

  function kick(): void {
    if (running) return;
    running = (async () => {
      while (queue.length) await writeNext();
    })().finally(() => {
      running = null;
    });
  }

  return {
    append(entries) {
      if (!entries.length) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ entries, resolve, reject });
        kick();
      });
    },
    async drain() {
      while (running) await running;
      queue = queue.filter((w) => w.entries.length);
    },
  };
}
