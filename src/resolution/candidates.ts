import type { EntityManager } from '@mikro-orm/postgresql';
import { identityNumberIndex, revealIdentityNumber } from '../access/protect';
import { sql } from '../ingest/sql';
import type { MatchFeatures } from './features';
import type { ResolutionState } from './resolution-state';
import { pairKey } from './resolution-state';
import { MAX_CANDIDATES_PER_KEY } from './weights';

interface ProfileRow {
  person_id: string;
  name_keys: string[];
  pinyins: string[];
  phones: string[];
  birth_dates: string[];
  genders: string[];
  addresses: string[];
  localities: string[];
  valid_ids: string[];
  invalid_ids: string[];
}

const json = (values: Iterable<string>) => JSON.stringify([...values]);

/** People holding any of these valid identity numbers (not merged away): number → id. */
async function peopleByValidId(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const indexOf = new Map(ids.map((id) => [identityNumberIndex(id), id]));
  const rows = await sql<{ id: string; identity_number_bidx: string }>(
    em,
    `select p.id, p.identity_number_bidx from person p
      where p.identity_number_bidx in (select value from jsonb_array_elements_text(?::jsonb))
        and p.identity_number_valid and p.merged_into_id is null`,
    [json(indexOf.keys())],
  );
  return new Map(rows.map((r) => [indexOf.get(r.identity_number_bidx)!, r.id]));
}

/**
 * Who each blocking key leads to, at most MAX_CANDIDATES_PER_KEY people per key (index lookups
 * only), with their profiles in the same round trip (as JSON: cheaper to decode than arrays).
 */
async function peopleByKey(
  em: EntityManager,
  keys: string[],
): Promise<{ byKey: Map<string, string[]>; profiles: ProfileRow[] }> {
  if (!keys.length) return { byKey: new Map(), profiles: [] };
  const rows = await sql<{ keys: string[] | string; profile: ProfileRow | string }>(
    em,
    `with hits as (
       select k.key, m.person_id from jsonb_array_elements_text(?::jsonb) as k(key)
         cross join lateral (select pk.person_id from person_match_key pk where pk.key = k.key order by pk.person_id limit ?) m),
     -- Keys are gathered per person before the profile is joined: grouping by the whole profile row costs twice as much.
     per as (select person_id, json_agg(key) as keys from hits group by person_id)
     select per.keys::text as keys, row_to_json(pp)::text as profile
       from per join person_profile pp on pp.person_id = per.person_id`,
    [json(keys), MAX_CANDIDATES_PER_KEY],
  );
  const byKey = new Map<string, string[]>();
  const profiles: ProfileRow[] = [];
  for (const r of rows) {
    const profile = (typeof r.profile === 'string' ? JSON.parse(r.profile) : r.profile) as ProfileRow;
    profiles.push(profile);
    for (const key of (typeof r.keys === 'string' ? JSON.parse(r.keys) : r.keys) as string[])
      byKey.set(key, [...(byKey.get(key) ?? []), profile.person_id]);
  }
  return { byKey, profiles };
}

/**
 * A stored profile as features: its numbers are stored sealed and opened here, in memory only.
 * `envelopes` (number → the envelope it was read from) lets a batch write an unchanged number
 * back as it was instead of sealing it again.
 */
export function featuresOfRow(r: ProfileRow, envelopes?: Map<string, string>): MatchFeatures {
  const open = (sealed: string) => {
    const id = revealIdentityNumber(sealed);
    envelopes?.set(id, sealed);
    return id;
  };
  return {
    nameKeys: r.name_keys,
    pinyins: r.pinyins,
    phones: r.phones,
    birthDates: r.birth_dates,
    genders: r.genders,
    addresses: r.addresses,
    localities: r.localities,
    validIds: [...new Set(r.valid_ids.map(open))].sort(),
    invalidIds: [...new Set(r.invalid_ids.map(open))].sort(),
  };
}

/** The stored profiles of these people: id → features. */
export async function loadProfiles(
  em: EntityManager,
  ids: Iterable<string>,
  envelopes?: Map<string, string>,
): Promise<Map<string, MatchFeatures>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const rows = await sql<ProfileRow>(
    em,
    `select pp.* from person_profile pp where pp.person_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [json(list)],
  );
  return new Map(rows.map((r) => [r.person_id, featuresOfRow(r, envelopes)]));
}

/**
 * Fills a batch's resolution state from the database with a fixed number of indexed queries,
 * however many people the county holds: the people its valid numbers name, those its blocking
 * keys lead to, the anchors given (same record path), their profiles and their distinct judgements.
 */
export async function loadCandidates(
  em: EntityManager,
  state: ResolutionState,
  validIds: string[],
  keys: string[],
  anchors: string[],
): Promise<void> {
  const byId = await peopleByValidId(em, validIds);
  const { byKey, profiles: found } = await peopleByKey(em, keys);
  for (const [id, person] of byId) state.byValidId.set(id, person);
  for (const [key, people] of byKey) state.storedKeys.set(key, people);
  for (const row of found) state.load(row.person_id, featuresOfRow(row, state.envelopes));
  const everyone = new Set([...byId.values(), ...found.map((r) => r.person_id), ...anchors]);
  if (!everyone.size) return;
  const missing = [...everyone].filter((id) => !state.profiles.has(id));
  for (const [id, profile] of await loadProfiles(em, missing, state.envelopes)) state.load(id, profile);
  const pairs = await sql<{ person_a_id: string; person_b_id: string }>(
    em,
    `select person_a_id, person_b_id from distinct_pair
      where person_a_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))
         or person_b_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [json(everyone), json(everyone)],
  );
  for (const p of pairs) state.distinct.add(pairKey(p.person_a_id, p.person_b_id));
}
