import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import { deleteSourcedRows } from '../shared/sourced-rows';

export interface ResidenceRow {
  personId: string;
  houseId: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  sourceTopic: string;
  sourceKey: string;
}

/**
 * Replaces the residences asserted by the given department records with their current ones: a
 * new version restates the record's residences (a cancelled registration restates it with its
 * end date, so the residence ends rather than disappears). `records` lists every record applied,
 * including those that now assert none.
 */
export async function replaceResidences(
  em: EntityManager,
  records: { topic: string; key: string }[],
  rows: ResidenceRow[],
): Promise<void> {
  await deleteSourcedRows(em, 'residence', records);
  if (!rows.length) return;
  await sql(
    em,
    `insert into residence (id, person_id, house_id, kind, valid_from, valid_to, source_topic, source_key)
     select x.id, x.person_id, x.house_id, x.kind, x.valid_from, x.valid_to, x.source_topic, x.source_key
       from jsonb_to_recordset(?::jsonb) as x(id uuid, person_id uuid, house_id uuid, kind text, valid_from date, valid_to date,
            source_topic text, source_key text)`,
    [
      rowset(
        rows.map((r) => ({
          id: uuidv7(),
          person_id: r.personId,
          house_id: r.houseId,
          kind: r.kind,
          valid_from: r.validFrom,
          valid_to: r.validTo,
          source_topic: r.sourceTopic,
          source_key: r.sourceKey,
        })),
      ),
    ],
  );
}
