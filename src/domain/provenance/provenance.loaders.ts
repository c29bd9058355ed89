import DataLoader from 'dataloader';
import { execute } from '../../db/sql';
import { createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { Mention } from './mention.entity';
import { SourceRecord } from './source-record.entity';

// How each kind of golden record reaches the source records that asserted it.
const SOURCES_OF = {
  PERSON: `select m.person_id as owner, m.source_record_id from mention m where m.person_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
  HOUSE: `select m.house_id as owner, m.source_record_id from mention m where m.house_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
  ORGANIZATION: `select m.organization_id as owner, m.source_record_id from mention m where m.organization_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
  EVENT: `select a.entity_id as owner, a.source_record_id from assertion a where a.entity_type = 'EVENT' and a.entity_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
} as const;

/** Source records of many golden records with one query, newest first; [] for none. */
function createSourcesLoader(
  { em, batch }: LoaderSettings,
  kind: keyof typeof SOURCES_OF,
): DataLoader<string, SourceRecord[]> {
  return new DataLoader<string, SourceRecord[]>(
    async (ids) => {
      const rows = await execute<(Record<string, unknown> & { owner: string })[]>(
        em,
        `select distinct on (l.owner, s.received_at, s.id) l.owner, s.*
           from (${SOURCES_OF[kind]}) l join source_record s on s.id = l.source_record_id
          order by l.owner, s.received_at desc, s.id desc`,
        [JSON.stringify(ids)],
      );
      const groups = new Map<string, SourceRecord[]>(ids.map((id) => [id, []]));
      for (const { owner, ...row } of rows) groups.get(owner)?.push(em.map(SourceRecord, row));
      return ids.map((id) => groups.get(id) ?? []);
    },
    { batch },
  );
}

export function createProvenanceLoaders(settings: LoaderSettings) {
  return {
    mentionsBySourceRecord: createChildrenLoader(settings, Mention, 'sourceRecord', { path: 'asc' }),
    sourcesOfPerson: createSourcesLoader(settings, 'PERSON'),
    sourcesOfHouse: createSourcesLoader(settings, 'HOUSE'),
    sourcesOfOrganization: createSourcesLoader(settings, 'ORGANIZATION'),
    sourcesOfEvent: createSourcesLoader(settings, 'EVENT'),
  };
}
