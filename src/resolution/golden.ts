import type { EntityManager } from '@mikro-orm/postgresql';
import { currentFieldKeyId, sealedKeyId } from '../access/field-crypto';
import {
  identityNumberIndex,
  phoneIndex,
  revealIdentityNumber,
  revealPhone,
  sealIdentityNumber,
  sealPhones,
} from '../access/protect';
import { normalizePersonName } from '../identity';
import { rowset, sql } from '../ingest/sql';
import { chooseAssertion, RankableAssertion } from './survivorship.rules';

interface AssertionRow {
  id: string;
  entity_id: string;
  field: string;
  value: unknown;
  department: string;
  observed_at: string;
}

const birthFromNumber = (n: string) => `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;

// Identity numbers and phones are asserted sealed, in the envelopes a person row takes
// (src/access/protect): the golden copy is the chosen assertion's envelope, opened here only to
// compute its blind index. An envelope of an earlier key is sealed again: key rotation leaves no
// person value under an old key.
const current = (envelope: string) => sealedKeyId(envelope) === currentFieldKeyId();

function goldenOf(personId: string, assertions: RankableAssertion[]) {
  const chosen = (field: string) => chooseAssertion(assertions.filter((a) => a.field === field))?.value ?? null;
  const name = normalizePersonName(chosen('name') as string | null);
  const stated = chosen('identityNumber') as { sealed: string; valid: boolean } | null;
  const number = stated ? { value: revealIdentityNumber(stated.sealed), valid: stated.valid } : null;
  const sealedNumber = number
    ? {
        sealed: current(stated!.sealed) ? stated!.sealed : sealIdentityNumber(number.value),
        index: identityNumberIndex(number.value),
      }
    : null;
  const statedPhones = chosen('phones') as string[] | null;
  const phones = statedPhones?.map(revealPhone) ?? null;
  const sealedPhones = phones
    ? { sealed: statedPhones!.every(current) ? statedPhones! : sealPhones(phones), indexes: phones.map(phoneIndex) }
    : null;
  const birthDate = (chosen('birthDate') as string | null) ?? (number?.valid ? birthFromNumber(number.value) : null);
  return {
    id: personId,
    name: name?.display ?? null,
    name_key: name?.key ?? null,
    gender: chosen('gender') as string | null,
    birth_date: birthDate,
    identity_number_enc: sealedNumber?.sealed ?? null,
    identity_number_bidx: sealedNumber?.index ?? null,
    identity_number_valid: number?.valid ?? null,
    phones_enc: sealedPhones?.sealed ?? null,
    phone_bidx: sealedPhones?.indexes ?? null,
    region_code: chosen('regionCode') as string | null,
  };
}

/**
 * Recomputes the golden values of these people from all their assertions by the survivorship
 * rules (authoritative department per field, then recency), in the caller's transaction. A field
 * no assertion states keeps its value; a region the registry does not know is left as it was; a
 * number or phones whose blind index did not change keep their sealed form. Returns the ids whose
 * golden values changed.
 */
export async function recomputeGolden(em: EntityManager, personIds: string[]): Promise<string[]> {
  if (!personIds.length) return [];
  const rows = await sql<AssertionRow>(
    em,
    `select a.id, a.entity_id, f.key as field, f.value, a.department, a.observed_at
       from assertion a cross join lateral jsonb_each(a.fields) as f
      where a.entity_type = 'PERSON' and a.entity_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(personIds)],
  );
  const byPerson = new Map<string, RankableAssertion[]>();
  for (const r of rows) {
    const list = byPerson.get(r.entity_id) ?? [];
    list.push({
      id: r.id,
      field: r.field,
      value: r.value,
      department: r.department,
      observedAt: new Date(r.observed_at),
    });
    byPerson.set(r.entity_id, list);
  }
  const golden = [...byPerson]
    .map(([id, assertions]) => goldenOf(id, assertions))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (!golden.length) return [];
  const region = `coalesce((select r.code from region r where r.code = x.region_code), p.region_code)`;
  const next = {
    name: 'coalesce(x.name, p.name)',
    gender: 'coalesce(x.gender, p.gender)',
    birth: 'coalesce(x.birth_date, p.birth_date)',
    bidx: 'coalesce(x.identity_number_bidx, p.identity_number_bidx)',
    valid: 'coalesce(x.identity_number_valid, p.identity_number_valid)',
    phones: 'coalesce(x.phone_bidx, p.phone_bidx)',
  };
  const changed = await sql<{ id: string }>(
    em,
    `update person p set
       name = ${next.name}, name_key = coalesce(x.name_key, p.name_key), gender = ${next.gender}, birth_date = ${next.birth},
       identity_number_enc = case when x.identity_number_bidx is distinct from p.identity_number_bidx and x.identity_number_bidx is not null
         then x.identity_number_enc else p.identity_number_enc end,
       identity_number_bidx = ${next.bidx}, identity_number_valid = ${next.valid},
       phones_enc = case when x.phone_bidx is distinct from p.phone_bidx and x.phone_bidx is not null then x.phones_enc else p.phones_enc end,
       phone_bidx = ${next.phones}, region_code = ${region}, updated_at = now()
     from jsonb_to_recordset(?::jsonb) as x(id uuid, name text, name_key text, gender text, birth_date date, identity_number_enc text,
          identity_number_bidx text, identity_number_valid boolean, phones_enc text[], phone_bidx text[], region_code text)
     where p.id = x.id and p.merged_into_id is null
       and (p.name, p.gender, p.birth_date, p.identity_number_bidx, p.identity_number_valid, p.phone_bidx, p.region_code)
           is distinct from (${next.name}, ${next.gender}, ${next.birth}, ${next.bidx}, ${next.valid}, ${next.phones}, ${region})
     returning p.id`,
    [rowset(golden)],
  );
  return changed.map((r) => r.id);
}
