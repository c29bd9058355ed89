import type { EntityManager } from '@mikro-orm/postgresql';
import { rowset, sql } from '../ingest/sql';

export interface MergePair {
  loser: string;
  survivor: string;
}

// Every column that points at a person, and the table it lives in.
const POINTERS: [table: string, column: string, where?: string][] = [
  ['mention', 'person_id'],
  ['assertion', 'entity_id', "t.entity_type = 'PERSON'"],
  ['event_party', 'person_id'],
  ['residence', 'person_id'],
  ['person_tag', 'person_id'],
  ['household', 'head_id'],
  ['household_member', 'person_id'],
  ['organization', 'legal_representative_id'],
  ['person', 'merged_into_id'],
];

/**
 * Moves everything that points at each loser to its survivor (mentions, assertions, event
 * parties, residences, tags, households, legal representatives, earlier merges), folds the
 * loser's blocking keys and profile into the survivor's, carries its distinct judgements over,
 * closes its open review pairs and marks it merged (its id keeps answering with the survivor).
 * Set-based, in the caller's transaction. The caller recomputes the survivors' golden values.
 */
export async function mergePeopleRows(em: EntityManager, pairs: MergePair[]): Promise<void> {
  if (!pairs.length) return;
  const map = rowset(pairs.map((p) => ({ loser: p.loser, survivor: p.survivor })));
  const from = `jsonb_to_recordset(?::jsonb) as x(loser uuid, survivor uuid)`;
  for (const [table, column, where] of POINTERS) {
    await sql(
      em,
      `update ${table} t set ${column} = x.survivor from ${from} where t.${column} = x.loser${where ? ` and ${where}` : ''}`,
      [map],
    );
  }
  await sql(
    em,
    `insert into person_match_key (key, person_id) select k.key, x.survivor from person_match_key k join ${from} on k.person_id = x.loser
     on conflict do nothing`,
    [map],
  );
  await sql(em, `delete from person_match_key k using ${from} where k.person_id = x.loser`, [map]);
  await sql(
    em,
    `insert into person_profile as p (person_id, name_keys, pinyins, phones, birth_dates, genders, addresses, localities, valid_ids, invalid_ids)
     select x.survivor, l.name_keys, l.pinyins, l.phones, l.birth_dates, l.genders, l.addresses, l.localities, l.valid_ids, l.invalid_ids
       from person_profile l join ${from} on l.person_id = x.loser
     on conflict (person_id) do update set ${PROFILE_UNION}`,
    [map],
  );
  await sql(em, `delete from person_profile p using ${from} where p.person_id = x.loser`, [map]);
  await sql(
    em,
    `insert into distinct_pair (person_a_id, person_b_id, judgement_id, created_at)
     select least(o.other, x.survivor), greatest(o.other, x.survivor), o.judgement_id, o.created_at
       from ${from}
       cross join lateral (select case when d.person_a_id = x.loser then d.person_b_id else d.person_a_id end as other, d.judgement_id, d.created_at
                             from distinct_pair d where d.person_a_id = x.loser or d.person_b_id = x.loser) o
      where o.other <> x.survivor
     on conflict do nothing`,
    [map],
  );
  await sql(
    em,
    `update possible_match m set status = 'MERGED', updated_at = now() from ${from} where m.status = 'OPEN' and (m.person_a_id = x.loser or m.person_b_id = x.loser)`,
    [map],
  );
  await sql(
    em,
    `update person p set merged_into_id = x.survivor, updated_at = now() from ${from} where p.id = x.loser`,
    [map],
  );
}

const UNION = (c: string) => `${c} = array(select distinct v from unnest(p.${c} || excluded.${c}) v order by v)`;

/** Set clause that unions every profile array with the incoming row's. */
export const PROFILE_UNION = [
  'name_keys',
  'pinyins',
  'phones',
  'birth_dates',
  'genders',
  'addresses',
  'localities',
  'valid_ids',
  'invalid_ids',
]
  .map(UNION)
  .join(', ');
