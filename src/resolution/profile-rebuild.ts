import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonMention } from '../../connectors/shared/canonical-record';
import { protectIdentityNumber, revealIdentityNumber, revealPhone } from '../access/protect';
import { sql } from '../ingest/sql';
import { blockingKeys } from './blocking';
import { emptyFeatures, mentionFeatures, unionFeatures } from './features';
import { rowset } from '../ingest/sql';

interface Row {
  entity_id: string;
  source_record_id: string;
  path: string;
  field: string;
  value: any;
}

/**
 * Rebuilds the match profiles and blocking keys of these people from the assertions now pointing
 * at them (after a split moved some away), in the caller's transaction.
 */
export async function rebuildProfiles(em: EntityManager, personIds: string[]): Promise<void> {
  const ids = JSON.stringify(personIds);
  const rows = await sql<Row>(
    em,
    `select a.entity_id, a.source_record_id, a.path, f.key as field, f.value
       from assertion a cross join lateral jsonb_each(a.fields) as f
      where entity_type = 'PERSON' and entity_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [ids],
  );
  const mentions = new Map<string, { person: string; mention: PersonMention }>();
  for (const r of rows) {
    const key = `${r.source_record_id}|${r.path}`;
    const m = mentions.get(key) ?? {
      person: r.entity_id,
      mention: {
        path: r.path,
        name: null,
        identityNumber: null,
        phones: [],
        gender: null,
        birthDate: null,
        address: null,
        regionCode: null,
      },
    };
    // Numbers and phones are asserted sealed: opened in memory to compare, never written in clear.
    const value =
      r.field === 'identityNumber'
        ? { value: revealIdentityNumber(r.value.sealed), valid: r.value.valid, legacy: false }
        : r.field === 'phones'
          ? (r.value as string[]).map(revealPhone)
          : r.value;
    (m.mention as unknown as Record<string, unknown>)[r.field] = value;
    mentions.set(key, m);
  }
  const profiles = new Map(personIds.map((id) => [id, emptyFeatures()]));
  for (const { person, mention } of mentions.values())
    profiles.set(person, unionFeatures(profiles.get(person)!, mentionFeatures(mention)));
  await sql(
    em,
    `delete from person_profile where person_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [ids],
  );
  await sql(
    em,
    `delete from person_match_key where person_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [ids],
  );
  const data = [...profiles].map(([id, p]) => ({
    person_id: id,
    name_keys: p.nameKeys,
    pinyins: p.pinyins,
    phones: p.phones,
    birth_dates: p.birthDates,
    genders: p.genders,
    addresses: p.addresses,
    localities: p.localities,
    valid_ids: p.validIds.map((v) => protectIdentityNumber(v).sealed),
    invalid_ids: p.invalidIds.map((v) => protectIdentityNumber(v).sealed),
  }));
  await sql(
    em,
    `insert into person_profile (person_id, name_keys, pinyins, phones, birth_dates, genders, addresses, localities, valid_ids, invalid_ids)
     select * from jsonb_to_recordset(?::jsonb) as x(person_id uuid, name_keys text[], pinyins text[], phones text[], birth_dates text[],
            genders text[], addresses text[], localities text[], valid_ids text[], invalid_ids text[])`,
    [rowset(data)],
  );
  const keys = [...profiles].flatMap(([id, p]) => blockingKeys(p).map((key) => ({ key, person_id: id })));
  await sql(
    em,
    `insert into person_match_key (key, person_id) select * from jsonb_to_recordset(?::jsonb) as x(key text, person_id uuid) on conflict do nothing`,
    [rowset(keys)],
  );
}
