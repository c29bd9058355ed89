import DataLoader from 'dataloader';
import type { LoaderSettings } from '../domain/shared/loaders';
import { sql } from '../ingest/sql';
import { AssertedValue } from './evidence.types';
import { chooseAssertion } from './survivorship.rules';

interface Row {
  id: string;
  entity_id: string;
  field: string;
  value: unknown;
  department: string;
  observed_at: string;
  topic: string;
  key: string;
  path: string;
}

/** Every value stated for `personId|field`, oldest first, with the survivorship choice marked; one query per batch. */
export function createProvenanceLoader({ em, batch }: LoaderSettings): DataLoader<string, AssertedValue[]> {
  return new DataLoader<string, AssertedValue[]>(
    async (keys) => {
      const wanted = keys.map((k) => k.split('|'));
      const rows = await sql<Row>(
        em,
        `select a.id, a.entity_id, w.field, a.fields -> w.field as value, a.department, a.observed_at, sr.topic, sr.key, a.path
           from jsonb_to_recordset(?::jsonb) as w(person uuid, field text)
           join assertion a on a.entity_type = 'PERSON' and a.entity_id = w.person and a.fields -> w.field is not null
           join source_record sr on sr.id = a.source_record_id
          order by a.observed_at, a.id`,
        [JSON.stringify(wanted.map(([person, field]) => ({ person, field })))],
      );
      return wanted.map(([person, field]) => {
        const mine = rows
          .filter((r) => r.entity_id === person && r.field === field)
          .map((r) => ({ ...r, observedAt: new Date(r.observed_at) }));
        const chosen = chooseAssertion(mine);
        return mine.map((r) => ({
          value: JSON.stringify(r.value),
          department: r.department,
          topic: r.topic,
          key: r.key,
          path: r.path,
          observedAt: r.observedAt,
          chosen: r === chosen,
        }));
      });
    },
    { batch },
  );
}
