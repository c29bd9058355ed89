import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import { deleteSourcedRows } from '../shared/sourced-rows';

export interface PersonTagRow {
  personId: string;
  kind: string;
  sensitive: boolean;
  active: boolean;
  validFrom: string | null;
  validTo: string | null;
  sourceTopic: string;
  sourceKey: string;
}

/**
 * Replaces the special-group tags asserted by the given department records with their current
 * ones (an ended tag is restated inactive with its period, not removed). `records` lists every
 * record applied, including those that now assert none.
 */
export async function replacePersonTags(
  em: EntityManager,
  records: { topic: string; key: string }[],
  rows: PersonTagRow[],
): Promise<void> {
  await deleteSourcedRows(em, 'person_tag', records);
  if (!rows.length) return;
  await sql(
    em,
    `insert into person_tag (id, person_id, kind, sensitive, active, valid_from, valid_to, source_topic, source_key)
     select x.id, x.person_id, x.kind, x.sensitive, x.active, x.valid_from, x.valid_to, x.source_topic, x.source_key
       from jsonb_to_recordset(?::jsonb) as x(id uuid, person_id uuid, kind text, sensitive boolean, active boolean, valid_from date,
            valid_to date, source_topic text, source_key text)`,
    [
      rowset(
        rows.map((r) => ({
          id: uuidv7(),
          person_id: r.personId,
          kind: r.kind,
          sensitive: r.sensitive,
          active: r.active,
          valid_from: r.validFrom,
          valid_to: r.validTo,
          source_topic: r.sourceTopic,
          source_key: r.sourceKey,
        })),
      ),
    ],
  );
}
