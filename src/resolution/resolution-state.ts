import { blockingKeys } from './blocking';
import type { MatchFeatures } from './features';
import { unionFeatures } from './features';

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface PendingMerge {
  loser: string;
  survivor: string;
  evidence: Record<string, unknown>;
}

export interface PendingReview {
  a: string;
  b: string;
  score: number;
  evidence: Record<string, unknown>;
  regionCode: string | null;
}

/**
 * What one batch's resolution knows while it runs: the profiles of every person it may link to,
 * which blocking keys lead where (from the database, and from the mentions already resolved in
 * this batch, so two new mentions of one new person meet), merges and review pairs so far.
 */
export class ResolutionState {
  readonly profiles = new Map<string, MatchFeatures>();
  /** The profiles as stored before this batch: a person whose profile did not grow is not rewritten. */
  readonly stored = new Map<string, MatchFeatures>();
  readonly storedKeys = new Map<string, string[]>();
  readonly batchKeys = new Map<string, Set<string>>();
  readonly byValidId = new Map<string, string>();
  readonly distinct = new Set<string>();
  readonly alias = new Map<string, string>();
  readonly created = new Set<string>();
  readonly touched = new Set<string>();
  readonly merges: PendingMerge[] = [];
  readonly reviews = new Map<string, PendingReview>();
  /** Identity number → the sealed envelope it was read from: written back unchanged, not sealed again. */
  readonly envelopes = new Map<string, string>();

  /** Takes a profile read from the database. */
  load(personId: string, profile: MatchFeatures): void {
    this.profiles.set(personId, profile);
    this.stored.set(personId, profile);
  }

  /** The person an id stands for now (a merged id answers with its survivor). */
  current(id: string): string {
    let at = id;
    for (let next = this.alias.get(at); next; next = this.alias.get(at)) at = next;
    return at;
  }

  isDistinct(a: string, b: string): boolean {
    return this.distinct.has(pairKey(this.current(a), this.current(b)));
  }

  /** Every person a set of blocking keys leads to, as their current ids, in a stable order. */
  candidatesFor(keys: string[]): string[] {
    const found = new Set<string>();
    for (const key of keys) {
      for (const id of this.storedKeys.get(key) ?? []) found.add(this.current(id));
      for (const id of this.batchKeys.get(key) ?? []) found.add(this.current(id));
    }
    return [...found].filter((id) => this.profiles.has(id)).sort();
  }

  /** Adds what a mention (or a merged person) showed to a person's profile and its keys. */
  absorb(personId: string, features: MatchFeatures): void {
    // A new person's profile is the mention's features as they are (already sorted sets): the
    // same object, so its blocking keys are not computed again.
    const held = this.profiles.get(personId);
    const profile = held ? unionFeatures(held, features) : features;
    this.profiles.set(personId, profile);
    this.touched.add(personId);
    for (const id of profile.validIds) this.byValidId.set(id, personId);
    for (const key of blockingKeys(features)) {
      const set = this.batchKeys.get(key) ?? new Set<string>();
      set.add(personId);
      this.batchKeys.set(key, set);
    }
  }

  /** Folds `loser` into `survivor`: its profile, its distinct judgements and every later lookup. */
  merge(loser: string, survivor: string, evidence: Record<string, unknown>): void {
    const lost = this.profiles.get(loser);
    this.alias.set(loser, survivor);
    if (lost) this.absorb(survivor, lost);
    this.profiles.delete(loser);
    for (const pair of [...this.distinct]) {
      const [a, b] = pair.split('|');
      if (a === loser || b === loser)
        this.distinct.add(pairKey(a === loser ? survivor : a, b === loser ? survivor : b));
    }
    if (this.created.has(loser)) this.created.delete(loser);
    else this.merges.push({ loser, survivor, evidence });
  }
}
