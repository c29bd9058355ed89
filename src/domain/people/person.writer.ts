import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonMention } from '../../../connectors/shared/canonical-record';
import { normalizePersonName } from '../../identity';
import { rowset, sql } from '../../ingest/sql';

export interface PersonObservation {
  personId: string;
  mention: PersonMention;
  observedAt: Date;
}

interface PersonRow {
  id: string;
  name: string | null;
  name_key: string | null;
  gender: string | null;
  birth_date: string | null;
  identity_number: string | null;
  identity_number_valid: boolean | null;
  phones: string[] | null;
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
  return {
    id: o.personId,
    name: name?.display ?? m.name,
    name_key: name?.key ?? m.name,
    gender: m.gender,
    birth_date: birthDateOf(m),
    identity_number: m.identityNumber?.value ?? null,
    identity_number_valid: m.identityNumber ? m.identityNumber.valid : null,
    phones: m.phones.length ? m.phones : null,
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
    for (const [field, value] of Object.entries(row) as [keyof PersonRow, never][]) if (value !== null) merged[field] = value;
    byId.set(row.id, merged);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Inserts the people a batch's resolution created, under the ids it gave them, with the values
 * their mentions observed (one statement). Known people are left alone here: their golden values
 * are recomputed from all assertions by the survivorship rules (resolution/golden.ts) once the
 * batch's assertions are written. A region code the registry does not know is left out.
 */
export async function writePeople(em: EntityManager, observations: PersonObservation[]): Promise<void> {
  if (!observations.length) return;
  const rows = mergeRows(observations.map(rowOf));
  await sql(
    em,
    `insert into person as person (id, name, name_key, gender, birth_date, identity_number, identity_number_valid, phones, region_code, observed_at)
     select x.id, coalesce(x.name, ''), coalesce(x.name_key, ''), coalesce(x.gender, 'UNKNOWN'), x.birth_date, x.identity_number,
            coalesce(x.identity_number_valid, false), coalesce(x.phones, '{}'), r.code, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, name text, name_key text, gender text, birth_date date, identity_number text,
            identity_number_valid boolean, phones text[], region_code text, observed_at timestamptz)
       left join region r on r.code = x.region_code
     on conflict (id) do nothing`,
    [rowset(rows)],
  );
}
