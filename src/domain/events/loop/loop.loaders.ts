import DataLoader from 'dataloader';
import { EventLinkKind } from '../../shared/enums';
import { createChildrenLoader, LoaderSettings } from '../../shared/loaders';
import { EventTransition } from './event-transition.entity';
import { pgArray } from '../../shared/pg-array';

/** A link seen from one event: the other event, the kind and why. */
export interface RelatedLink {
  otherId: string;
  kind: EventLinkKind;
  reason: string | null;
}

export function createLoopLoaders(settings: LoaderSettings) {
  return {
    historyByEvent: createChildrenLoader(settings, EventTransition, 'event', { at: 'asc', id: 'asc' }),
    relatedByEvent: createRelatedLoader(settings),
  };
}

/** Links in both directions for many events with one query; key order, [] for none. */
function createRelatedLoader({ em, batch }: LoaderSettings): DataLoader<string, RelatedLink[]> {
  return new DataLoader<string, RelatedLink[]>(
    async (ids) => {
      const rows: { from_id: string; to_id: string; kind: EventLinkKind; reason: string | null }[] = await em
        .getConnection()
        .execute(
          `select from_id, to_id, kind, reason from event_link where from_id = any(?::uuid[]) or to_id = any(?::uuid[]) order by id`,
          [pgArray(ids), pgArray(ids)],
        );
      const groups = new Map<string, RelatedLink[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        groups.get(row.from_id)?.push({ otherId: row.to_id, kind: row.kind, reason: row.reason });
        groups.get(row.to_id)?.push({ otherId: row.from_id, kind: row.kind, reason: row.reason });
      }
      return ids.map((id) => groups.get(id) ?? []);
    },
    { batch },
  );
}
