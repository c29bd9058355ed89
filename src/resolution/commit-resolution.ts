import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../shared/ids';
import { rowset, sql } from '../ingest/sql';
import { blockingKeys } from './blocking';
import { emptyFeatures, FEATURE_FIELDS } from './features';
import { sealIdentityNumber } from '../access/protect';

import { mergePeopleRows, PROFILE_UNION } from './merge-people';

// Sealed numbers take a fresh nonce on every write, so they cannot be unioned in SQL: the batch
// holds the whole profile it read, and writes its numbers whole.
const PROFILE_UPDATE = PROFILE_UNION.split(', ')
  .filter((c) => !c.startsWith('valid_ids') && !c.startsWith('invalid_ids'))
  .concat(['valid_ids = excluded.valid_ids', 'invalid_ids = excluded.invalid_ids'])
  .join(', ');
import { writeChanges } from './outbox.writer';
import { ChangeKind, JudgementAction } from './resolution.enums';
import type { ResolutionState } from './resolution-state';
import { THRESHOLDS } from './weights';

/** The actor the audit names for merges the resolver makes on its own evidence. */
export const RESOLVER_ACTOR = 'system:resolver';

// A profile that only saw values it already held needs no write (most mentions of known people).
function grew(state: ResolutionState, id: string): boolean {
  const before = state.stored.get(id);
  const now = state.profiles.get(id);
  if (!before || !now) return true;
  return FEATURE_FIELDS.some((f) => before[f].length !== now[f].length || before[f].some((v, i) => v !== now[f][i]));
}

async function writeProfiles(em: EntityManager, state: ResolutionState, ids: string[]): Promise<void> {
  const seal = (id: string) => state.envelopes.get(id) ?? sealIdentityNumber(id);
  const rows = ids
    .filter((id) => grew(state, id))
    .flatMap((id) => {
      const p = state.profiles.get(id);
      return p
        ? [
            {
              person_id: id,
              name_keys: p.nameKeys,
              pinyins: p.pinyins,
              phones: p.phones,
              birth_dates: p.birthDates,
              genders: p.genders,
              addresses: p.addresses,
              localities: p.localities,
              valid_ids: p.validIds.map(seal),
              invalid_ids: p.invalidIds.map(seal),
            },
          ]
        : [];
    });
  if (!rows.length) return;
  await sql(
    em,
    `insert into person_profile as p (person_id, name_keys, pinyins, phones, birth_dates, genders, addresses, localities, valid_ids, invalid_ids)
     select x.person_id, x.name_keys, x.pinyins, x.phones, x.birth_dates, x.genders, x.addresses, x.localities, x.valid_ids, x.invalid_ids
       from jsonb_to_recordset(?::jsonb) as x(person_id uuid, name_keys text[], pinyins text[], phones text[], birth_dates text[], genders text[],
            addresses text[], localities text[], valid_ids text[], invalid_ids text[])
      order by x.person_id
     on conflict (person_id) do update set ${PROFILE_UPDATE}`,
    [rowset(rows)],
  );
  const keys = rows.flatMap((r) => {
    const before = new Set(blockingKeys(state.stored.get(r.person_id) ?? emptyFeatures()));
    return blockingKeys(state.profiles.get(r.person_id)!)
      .filter((key) => !before.has(key))
      .map((key) => ({ key, person_id: r.person_id }));
  });
  await sql(
    em,
    `insert into person_match_key (key, person_id) select x.key, x.person_id from jsonb_to_recordset(?::jsonb) as x(key text, person_id uuid)
      order by x.key, x.person_id on conflict do nothing`,
    [rowset(keys)],
  );
}

async function writeReviews(em: EntityManager, state: ResolutionState): Promise<void> {
  const rows = [...state.reviews.values()].flatMap((r) => {
    const a = state.current(r.a);
    const b = state.current(r.b);
    if (a === b || state.isDistinct(a, b)) return [];
    return [
      {
        id: uuidv7(),
        a: a < b ? a : b,
        b: a < b ? b : a,
        score: r.score,
        evidence: { ...r.evidence, threshold: THRESHOLDS.review },
        region_code: r.regionCode,
      },
    ];
  });
  if (!rows.length) return;
  await sql(
    em,
    `insert into possible_match as m (id, person_a_id, person_b_id, score, evidence, region_code)
     select x.id, x.a, x.b, x.score, x.evidence, coalesce(x.region_code, pa.region_code, pb.region_code)
       from jsonb_to_recordset(?::jsonb) as x(id uuid, a uuid, b uuid, score int, evidence jsonb, region_code text)
       join person pa on pa.id = x.a join person pb on pb.id = x.b
      order by x.a, x.b
     on conflict (person_a_id, person_b_id) do update set score = greatest(m.score, excluded.score), updated_at = now()
      where m.status = 'OPEN'`,
    [rowset(rows)],
  );
}

/**
 * Writes what one batch's resolution learnt, in the ingest transaction and after the new people
 * exist: the merges its evidence forced (audited as the resolver's, announced on the change
 * feed), the grown profiles and blocking keys of every person it touched, and its review pairs.
 * Returns the ids merged away and the people touched (the caller recomputes their golden values).
 */
export async function commitResolution(
  em: EntityManager,
  state: ResolutionState,
): Promise<{ mergedAway: string[]; touched: string[] }> {
  const merges = state.merges.map((m) => ({
    loser: m.loser,
    survivor: state.current(m.survivor),
    evidence: m.evidence,
  }));
  await mergePeopleRows(em, merges);
  if (merges.length) {
    await sql(
      em,
      `insert into resolution_judgement (id, action, actor, reason, person_ids, details)
       select x.id, ?, ?, 'evidence reached the link threshold', array[x.survivor::text, x.loser::text], x.evidence
         from jsonb_to_recordset(?::jsonb) as x(id uuid, survivor uuid, loser uuid, evidence jsonb)`,
      [JudgementAction.AUTO_MERGE, RESOLVER_ACTOR, rowset(merges.map((m) => ({ id: uuidv7(), ...m })))],
    );
    await writeChanges(
      em,
      merges.map((m) => ({
        entityType: 'PERSON',
        entityId: m.loser,
        change: ChangeKind.MERGED,
        payload: { mergedInto: m.survivor },
      })),
    );
  }
  const touched = [...state.touched].map((id) => state.current(id));
  const live = [...new Set(touched)].sort();
  await writeProfiles(em, state, live);
  await writeReviews(em, state);
  return { mergedAway: merges.map((m) => m.loser), touched: live };
}
