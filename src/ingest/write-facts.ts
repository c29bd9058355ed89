import type { EntityManager } from '@mikro-orm/postgresql';
import { EventObservation, writeEvents, WrittenEvent } from '../domain/events/event.writer';
import { replaceResidences, ResidenceRow } from '../domain/houses/residence.writer';
import { HouseholdRow, replaceHouseholds } from '../domain/people/household.writer';
import { PersonTagRow, replacePersonTags } from '../domain/people/person-tag.writer';
import type { IncomingRecord } from './ingest.types';
import type { MentionLinks } from './link-mentions';
import { pathKey } from './sql';

/**
 * Writes the facts the applied records assert — events with their parties, residences, tags,
 * households — replacing what earlier versions of the same records asserted. A fact whose person
 * or house could not be linked is left out (its mention and assertions still record it).
 */
export async function writeFacts(
  em: EntityManager,
  records: IncomingRecord[],
  links: MentionLinks,
): Promise<WrittenEvent[]> {
  const person = (i: number, path: string) => links.people.get(pathKey(i, path))?.personId ?? null;
  const house = (i: number, path: string | null) => (path ? (links.houses.get(pathKey(i, path)) ?? null) : null);

  const events: EventObservation[] = records.flatMap((r, i) =>
    r.record.events.map((fact, n) => ({
      topic: r.record.topic,
      sourceKey: n === 0 ? r.record.key : `${r.record.key}#${n}`,
      fact,
      houseId: house(i, fact.housePath),
      parties: fact.parties.flatMap((p) => {
        const personId = person(i, p.personPath);
        return personId ? [{ personId, role: p.role, path: p.personPath }] : [];
      }),
    })),
  );
  const written = await writeEvents(em, events);

  const sources = records.map((r) => ({ topic: r.record.topic, key: r.record.key }));
  const residences: ResidenceRow[] = records.flatMap((r, i) =>
    r.record.residences.flatMap((f) => {
      const personId = person(i, f.personPath);
      const houseId = house(i, f.housePath);
      return personId && houseId
        ? [
            {
              personId,
              houseId,
              kind: f.kind,
              validFrom: f.validFrom,
              validTo: f.validTo,
              sourceTopic: r.record.topic,
              sourceKey: r.record.key,
            },
          ]
        : [];
    }),
  );
  await replaceResidences(em, sources, residences);

  const tags: PersonTagRow[] = records.flatMap((r, i) =>
    r.record.tags.flatMap((t) => {
      const personId = person(i, t.personPath);
      return personId
        ? [
            {
              personId,
              kind: t.kind,
              sensitive: t.sensitive,
              active: t.active,
              validFrom: t.validFrom,
              validTo: t.validTo,
              sourceTopic: r.record.topic,
              sourceKey: r.record.key,
            },
          ]
        : [];
    }),
  );
  await replacePersonTags(em, sources, tags);

  const households: HouseholdRow[] = records.flatMap((r, i) =>
    r.record.households.flatMap((h) => {
      const headId = person(i, h.headPath);
      if (!headId) return [];
      const members = h.members.flatMap((m) => {
        const personId = person(i, m.personPath);
        return personId ? [{ personId, relation: m.relation, path: m.personPath }] : [];
      });
      return [
        {
          sourceTopic: r.record.topic,
          sourceKey: r.record.key,
          externalId: h.externalId,
          headId,
          houseId: house(i, h.housePath),
          details: h.details,
          members,
        },
      ];
    }),
  );
  await replaceHouseholds(em, sources, households);
  return written;
}
