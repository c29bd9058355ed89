import type { EntityManager } from '@mikro-orm/postgresql';
import { houseKey, writeHouses } from '../domain/houses/house.writer';
import { OrganizationLink, writeOrganizations } from '../domain/organizations/organization.writer';
import { writePeople } from '../domain/people/person.writer';
import { PersonResolution, resolvePersonMentions } from '../resolution/resolver';
import type { IncomingRecord } from './ingest.types';
import { pathKey } from './sql';

/** What each mention of the applied records was linked to, by `pathKey(recordIndex, path)`. */
export interface MentionLinks {
  people: Map<string, PersonResolution>;
  houses: Map<string, string | null>;
  organizations: Map<string, OrganizationLink>;
  /** People whose golden values this batch may change (survivors of its merges included), and the ids it merged away. */
  touchedPeople: string[];
  mergedAway: string[];
  createdPeople: string[];
}

/**
 * Links every mention of the records being applied to its golden record and writes the golden
 * values they observe: people through the resolver, houses by region + address, organisations by
 * credit code (after people and houses, since they point at both). `records` are the applied
 * records, indexed by position in this array.
 */
export async function linkMentions(em: EntityManager, records: IncomingRecord[]): Promise<MentionLinks> {
  const personMentions = records.flatMap((r, i) =>
    r.record.people.map((mention) => ({
      i,
      topic: r.record.topic,
      key: r.record.key,
      mention,
      group: `${i}\u0000${mention.sameAsPath ?? mention.path}`,
    })),
  );
  const { resolutions: proposed, commit } = await resolvePersonMentions(em, personMentions);
  // Only the people resolution created are inserted here; known people's golden values are
  // recomputed from their assertions by the survivorship rules once the batch's assertions exist.
  const createdIds = new Set(proposed.filter((r) => r.created).map((r) => r.personId));
  const fresh = personMentions.flatMap((_, n) => (createdIds.has(proposed[n].personId) ? [n] : []));
  const held = await writePeople(
    em,
    fresh.map((n) => ({
      personId: proposed[n].personId,
      mention: personMentions[n].mention,
      observedAt: records[personMentions[n].i].record.observedAt,
    })),
  );
  // Another hub process may have created the same person first: link to the row that is held.
  const resolutions = proposed.map((r) => {
    const personId = held.get(r.personId) ?? r.personId;
    return personId === r.personId ? r : { ...r, personId, created: false };
  });
  const people = new Map(personMentions.map((m, n) => [pathKey(m.i, m.mention.path), resolutions[n]]));
  const resolved = await commit(held);

  const houseMentions = records.flatMap((r, i) =>
    r.record.houses.map((mention) => ({ i, mention, observedAt: r.record.observedAt })),
  );
  const houseIds = await writeHouses(em, houseMentions);
  const houses = new Map(
    houseMentions.map((h) => [pathKey(h.i, h.mention.path), houseIds.get(houseKey(h.mention) ?? '') ?? null]),
  );

  const orgMentions = records.flatMap((r, i) => r.record.organizations.map((mention) => ({ i, r, mention })));
  const orgLinks = await writeOrganizations(
    em,
    orgMentions.map(({ i, r, mention }) => ({
      topic: r.record.topic,
      key: r.record.key,
      mention,
      observedAt: r.record.observedAt,
      legalRepresentativeId: mention.legalRepresentativePath
        ? (people.get(pathKey(i, mention.legalRepresentativePath))?.personId ?? null)
        : null,
      houseId: mention.housePath ? (houses.get(pathKey(i, mention.housePath)) ?? null) : null,
    })),
  );
  const organizations = new Map(orgMentions.map((o, n) => [pathKey(o.i, o.mention.path), orgLinks[n]]));
  const createdPeople = [...new Set(resolutions.filter((r) => r.created).map((r) => r.personId))];
  return {
    people,
    houses,
    organizations,
    touchedPeople: resolved.touched,
    mergedAway: resolved.mergedAway,
    createdPeople,
  };
}
