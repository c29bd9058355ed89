import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonMention } from '../../../connectors/shared/canonical-record';
import { sealedMention } from '../../access/sealed-mention';
import { normalizePersonName } from '../../identity';
import { rowset, sql } from '../../ingest/sql';

export interface PersonObservation {
  personId: string;
  mention: PersonMention;
  observedAt: Date;
}

// Identity numbers and phones are stored sealed with a blind index (src/access/protect): the row
// carries both, and matching compares the index.
interface PersonRow {
  id: string;
  name: string | null;
  name_key: string | null;
  gender: string | null;
  birth_date: string | null;
  identity_number_enc: string | null;
  identity_number_bidx: string | null;
  identity_number_valid: boolean | null;
  phones_enc: string[] | null;
  phone_bidx: string[] | null;
  region_code: string | null;
  observed_at: string;
}

function birthDateOf(m: PersonMention): string | null {
  if (m.birthDate) return m.birthDate;
  const n = m.identityNumber;
  return n?.valid ? `${n.value.slice(6, 10)}-${n.value.slice(10, 12)}-${n.value.slice(12, 14)}` : null;
}

function rowOf(o: PersonObservation): PersonRow {
  const m = o.mention;
  const name = m.name ? normalizePersonName(m.name) : null;
  const sealed = sealedMention(m);
  return {
    id: o.personId,
    name: name?.display ?? m.name,
    name_key: name?.key ?? m.name,
    gender: m.gender,
    birth_date: birthDateOf(m),
    identity_number_enc: sealed.number?.sealed ?? null,
    identity_number_bidx: sealed.number?.index ?? null,
    identity_number_valid: m.identityNumber ? m.identityNumber.valid : null,
    phones_enc: sealed.phones?.sealed ?? null,
    phone_bidx: sealed.phones?.indexes ?? null,
    region_code: m.regionCode,
    observed_at: o.observedAt.toISOString(),
  };
}

// Several mentions of one person in a batch become one row: per field, the newest non-null value.
function mergeRows(rows: PersonRow[]): PersonRow[] {
  const byId = new Map<string, PersonRow>();
  for (const row of [...rows].sort((a, b) => a.observed_at.localeCompare(b.observed_at))) {
    const prev = byId.get(row.id);
    if (!prev) {
      byId.set(row.id, row);
      continue;
    }
    const merged = { ...prev };
    for (const [field, value] of Object.entries(row) as [keyof PersonRow, never][])
      if (value !== null) merged[field] = value;
    byId.set(row.id, merged);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

// The newer observation wins field by field; a field it does not state keeps the held value.
const pick = (field: string, empty = 'null') =>
  `${field} = coalesce(case when excluded.observed_at >= coalesce(person.observed_at, '-infinity') then nullif(excluded.${field}, ${empty}) end, person.${field}, excluded.${field})`;

// A valid identity number is the person's key: a later typo never replaces it.
// The same number (same blind index) keeps its sealed form.
const KEEP_VALID_NUMBER = ['identity_number_enc', 'identity_number_bidx']
  .map(
    (
      f,
    ) => `${f} = case when excluded.identity_number_bidx is null or excluded.identity_number_bidx = person.identity_number_bidx
      or (person.identity_number_valid and not coalesce(excluded.identity_number_valid, false)) then person.${f} else excluded.${f} end`,
  )
  .concat(`identity_number_valid = person.identity_number_valid or coalesce(excluded.identity_number_valid, false)`)
  .join(',\n  ');

const NEWER = `excluded.observed_at >= coalesce(person.observed_at, '-infinity')`;
// A newer observation stating other phones replaces them; the same phones keep their sealed form.
const PHONES = ['phones_enc', 'phone_bidx']
  .map(
    (f) =>
      `${f} = case when ${NEWER} and cardinality(excluded.phone_bidx) > 0 and excluded.phone_bidx is distinct from person.phone_bidx then excluded.${f} else person.${f} end`,
  )
  .join(', ');

const COLUMNS = `(id, name, name_key, gender, birth_date, identity_number_enc, identity_number_bidx, identity_number_valid, phones_enc, phone_bidx, region_code, observed_at)`;
const SELECT = `select x.id, coalesce(x.name, ''), coalesce(x.name_key, ''), coalesce(x.gender, 'UNKNOWN'), x.birth_date, x.identity_number_enc,
            x.identity_number_bidx, coalesce(x.identity_number_valid, false), coalesce(x.phones_enc, '{}'), coalesce(x.phone_bidx, '{}'), r.code, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, name text, name_key text, gender text, birth_date date, identity_number_enc text,
            identity_number_bidx text, identity_number_valid boolean, phones_enc text[], phone_bidx text[], region_code text, observed_at timestamptz)
       left join region r on r.code = x.region_code`;
const UPDATE = `
       ${pick('name', "''")}, ${pick('name_key', "''")}, ${pick('gender', "'UNKNOWN'")}, ${pick('birth_date')},
       ${KEEP_VALID_NUMBER}, ${PHONES}, ${pick('region_code')},
       observed_at = greatest(person.observed_at, excluded.observed_at), updated_at = now()`;

/**
 * Writes the golden values of the people a batch observed: new people are inserted under the id
 * the resolver gave them, known people take the newer observation's values (for now the newest
 * observation wins; the resolution issue adds survivorship rules). People keyed by a valid
 * identity number are upserted on that number, so two hub processes creating the same person at
 * once end with one row (the later waits, then updates). A region code the registry does not
 * know is left out rather than failing the batch. Resolves proposed id → the id actually held
 * (they differ only when another process created the person first).
 */
export async function writePeople(em: EntityManager, observations: PersonObservation[]): Promise<Map<string, string>> {
  const actual = new Map<string, string>();
  if (!observations.length) return actual;
  const rows = mergeRows(observations.map(rowOf));
  const keyed = rows
    .filter((r) => r.identity_number_valid)
    .sort((a, b) => (a.identity_number_bidx! < b.identity_number_bidx! ? -1 : 1));
  const unkeyed = rows.filter((r) => !r.identity_number_valid);
  if (keyed.length) {
    const held = await sql<{ id: string; identity_number_bidx: string }>(
      em,
      `insert into person as person ${COLUMNS} ${SELECT} order by x.identity_number_bidx
       on conflict (identity_number_bidx) where identity_number_valid and merged_into_id is null do update set ${UPDATE}
       returning id, identity_number_bidx`,
      [rowset(keyed)],
    );
    const byIndex = new Map(held.map((h) => [h.identity_number_bidx, h.id]));
    for (const r of keyed) actual.set(r.id, byIndex.get(r.identity_number_bidx!) ?? r.id);
  }
  if (unkeyed.length) {
    await sql(
      em,
      `insert into person as person ${COLUMNS} ${SELECT} order by x.id on conflict (id) do update set ${UPDATE}`,
      [rowset(unkeyed)],
    );
    for (const r of unkeyed) actual.set(r.id, r.id);
  }
  return actual;
}
