import DataLoader from 'dataloader';
import { Mention } from '../domain/provenance/mention.entity';
import { SourceRecord } from '../domain/provenance/source-record.entity';
import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../domain/shared/loaders';
import { sql } from '../ingest/sql';
import { createProvenanceLoader } from './provenance.loader';

/** The per-request loaders of the resolution fields: mentions, provenance, merged-away ids. */
export function createResolutionLoaders(settings: LoaderSettings) {
  return {
    mentionsOfPerson: createChildrenLoader(settings, Mention, 'person'),
    provenance: createProvenanceLoader(settings),
    sourceRecord: createByIdLoader(settings, SourceRecord),
    mergedFrom: new DataLoader<string, string[]>(
      async (ids) => {
        const rows = await sql<{ id: string; merged_into_id: string }>(
          settings.em,
          `select id, merged_into_id from person where merged_into_id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) order by id`,
          [JSON.stringify(ids)],
        );
        return ids.map((id) => rows.filter((r) => r.merged_into_id === id).map((r) => r.id));
      },
      { batch: settings.batch },
    ),
  };
}
