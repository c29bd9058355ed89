import { identityNumberIndex } from '../access/protect';
import type { MatchFeatures } from './features';

// Slices of an identity number are stored as keyed blind indexes, like the number itself.
const sliceKey = (kind: string, slice: string) => `${kind}:${identityNumberIndex(`${kind}|${slice}`)}`;

/**
 * The blocking keys of a mention or profile: the only ways a candidate can be found, so each
 * pairs a field that rarely changes with one that narrows it to a few people in a county of
 * millions. Stored per person in person_match_key (indexed) as the mentions arrive.
 * - `ph:` a phone's blind index (a person, their household);
 * - `nb:` name + birth date, `pb:` pinyin + birth date (a homophone with the same birthday);
 * - `na:` name + normalised address (the same house);
 * - `pl:` pinyin + village (namesakes and homophones in one place; the same name has the same pinyin);
 * - slices of an identity number that stay selective when a whole county shares the area code:
 *   `i2:` birth date + sequence + check (a typo in the area code), `ia:` the name's sound + area +
 *   sequence + check (a typo in the birth date), `ib:` the name's sound + area + birth date (a
 *   typo in the sequence or check): any one substituted digit leaves one of them intact, so a
 *   typo'd number still meets the valid one; `i5:` the 15-digit form, so a legacy number read
 *   with the wrong century meets the real one.
 */
export function blockingKeys(f: MatchFeatures): string[] {
  return memo(ALL, f, () => [...new Set([...strongKeys(f), ...weakKeys(f)])].sort());
}

// Features are never changed in place (a profile grows into a new object), so the keys of one
// object are computed once: a mention's keys are asked for by the lookup, the decision, the
// profile it joins and the commit, and each identity-number slice costs an HMAC.
const ALL = new WeakMap<MatchFeatures, string[]>();
const STRONG = new WeakMap<MatchFeatures, string[]>();
const WEAK = new WeakMap<MatchFeatures, string[]>();
function memo(cache: WeakMap<MatchFeatures, string[]>, f: MatchFeatures, compute: () => string[]): string[] {
  let keys = cache.get(f);
  if (!keys) {
    keys = compute();
    cache.set(f, keys);
  }
  return keys;
}

/**
 * The keys that can lead to a LINK: every combination of evidence that reaches the link
 * threshold shares one of them (a phone, a birth date, a house, a number). Looked up for every
 * mention.
 */
export function strongKeys(f: MatchFeatures): string[] {
  return memo(STRONG, f, () => computeStrongKeys(f));
}

function computeStrongKeys(f: MatchFeatures): string[] {
  const keys = new Set<string>();
  for (const address of f.addresses) for (const name of f.nameKeys) keys.add(`na:${name}|${address}`);
  for (const phone of f.phones) keys.add(`ph:${phone}`);
  for (const birth of f.birthDates) {
    for (const name of f.nameKeys) keys.add(`nb:${name}|${birth}`);
    for (const sound of f.pinyins) keys.add(`pb:${sound}|${birth}`);
  }
  for (const id of [...f.validIds, ...f.invalidIds]) {
    // A dropped or doubled digit shifts one end of the number: its other end still meets.
    if (id.length < 14) continue;
    keys.add(sliceKey('i2', id.slice(-12)));
    for (const sound of f.pinyins) {
      keys.add(sliceKey('ib', `${sound}|${id.slice(0, 14)}`));
      if (id.length === 18) keys.add(sliceKey('ia', `${sound}|${id.slice(0, 6)}${id.slice(14)}`));
    }
    if (id.length === 18) keys.add(sliceKey('i5', `${id.slice(0, 6)}${id.slice(8, 17)}`));
  }
  return [...keys].sort();
}

/**
 * The keys that can only lead to a REVIEW pair (a name or its sound in the same village scores at
 * most 11): looked up only for mentions the strong keys neither anchor nor link, so a village
 * full of 王秀英 does not make every mention read all of them.
 */
export function weakKeys(f: MatchFeatures): string[] {
  return memo(WEAK, f, () => {
    const keys = new Set<string>();
    for (const place of f.localities) for (const sound of f.pinyins) keys.add(`pl:${sound}|${place}`);
    return [...keys].sort();
  });
}
