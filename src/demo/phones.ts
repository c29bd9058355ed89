import { Random } from './random';

const SUFFIXES = 100_000_000;
// Odd and not a multiple of 5, so k ↦ k·STEP mod 10^8 is a permutation: every number handed out
// has its own 8-digit suffix, hence no two unrelated people share a phone by accident.
const STEP = 48_271_393;

/** Hands out mobile numbers `1[3-9]x xxxx xxxx`, unique for up to 10^8 numbers. */
export class PhoneAllocator {
  private issued = 0;
  private readonly offset: number;

  constructor(private readonly random: Random) {
    this.offset = random.int(SUFFIXES);
  }

  /** The next unused mobile number. */
  next(): string {
    if (this.issued >= SUFFIXES) throw new RangeError('every generated phone number is taken');
    const suffix = (this.issued * STEP + this.offset) % SUFFIXES;
    this.issued += 1;
    const prefix = 130 + this.random.int(70);
    return `${prefix}${String(suffix).padStart(8, '0')}`;
  }
}
