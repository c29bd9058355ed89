import { randomFillSync } from 'node:crypto';

// Random bits are drawn from the system 4 KiB at a time: one call per id cost more than the id.
const pool = Buffer.alloc(4096);
let used = pool.length;

function randomBlock(): Buffer {
  if (used + 16 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + 16));
  used += 16;
  return bytes;
}

/**
 * A version-7 UUID: 48 bits of Unix milliseconds, then random bits. Ids made this way sort in
 * creation order, which keeps keyset pagination stable and B-tree inserts at the right edge.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBlock();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
