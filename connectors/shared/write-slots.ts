/**
 * Bounds how many chunks the connectors of one hub process decode and write at once. Every
 * connector has its own consumer, but the database has a few cores and each chunk in flight holds
 * its messages, records and statement parameters in memory: unbounded, seven connectors would
 * multiply both the contention and the peak memory.
 */
export function createWriteSlots(slots: number) {
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError('write slots must be a positive integer');
  let free = slots;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
  };
}

export type WriteSlots = ReturnType<typeof createWriteSlots>;
