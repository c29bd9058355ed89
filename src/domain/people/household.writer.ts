import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';

export interface HouseholdRow {
  sourceTopic: string;
  sourceKey: string;
  externalId: string;
  headId: string;
  houseId: string | null;
  details: Record<string, unknown>;
  members: { personId: string; relation: string; path: string }[];
}

/**
 * Writes the households the given department records assert (keyed by topic and household
 * number) and replaces their members; households a record no longer asserts (or a deleted
 * record asserted) are removed with their members. `records` lists every record applied.
 */
export async function replaceHouseholds(
  em: EntityManager,
  records: { topic: string; key: string }[],
  rows: HouseholdRow[],
): Promise<void> {
  const written = rows.length
    ? await sql<{ id: string; source_topic: string; external_id: string }>(
        em,
        `insert into household as h (id, source_topic, source_key, external_id, head_id, house_id, details)
         select x.id, x.source_topic, x.source_key, x.external_id, x.head_id, x.house_id, coalesce(x.details, '{}')
           from jsonb_to_recordset(?::jsonb) as x(id uuid, source_topic text, source_key text, external_id text, head_id uuid, house_id uuid, details jsonb)
          order by x.source_topic, x.external_id
         on conflict (source_topic, external_id) do update set source_key = excluded.source_key, head_id = excluded.head_id,
           house_id = excluded.house_id, details = excluded.details, updated_at = now()
         returning id, source_topic, external_id`,
        [
          rowset(
            rows.map((r) => ({
              id: uuidv7(),
              source_topic: r.sourceTopic,
              source_key: r.sourceKey,
              external_id: r.externalId,
              head_id: r.headId,
              house_id: r.houseId,
              details: r.details,
            })),
          ),
        ],
      )
    : [];
  const keep = JSON.stringify(written.map((w) => w.id));
  if (records.length) {
    await sql(
      em,
      `delete from household h using jsonb_to_recordset(?::jsonb) as x(topic text, key text)
        where h.source_topic = x.topic and h.source_key = x.key and h.id not in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
      [rowset(records), keep],
    );
  }
  if (!written.length) return;
  await sql(
    em,
    `delete from household_member where household_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
    [keep],
  );
  const idOf = new Map(written.map((w) => [`${w.source_topic}\u0000${w.external_id}`, w.id]));
  const members = rows.flatMap((r) =>
    r.members.map((m) => ({
      id: uuidv7(),
      household_id: idOf.get(`${r.sourceTopic}\u0000${r.externalId}`),
      person_id: m.personId,
      relation: m.relation,
      mention_path: m.path,
    })),
  );
  if (!members.length) return;
  await sql(
    em,
    `insert into household_member (id, household_id, person_id, relation, mention_path)
     select x.id, x.household_id, x.person_id, x.relation, x.mention_path
       from jsonb_to_recordset(?::jsonb) as x(id uuid, household_id uuid, person_id uuid, relation text, mention_path text)
     on conflict (household_id, mention_path) do nothing`,
    [rowset(members)],
  );
}
