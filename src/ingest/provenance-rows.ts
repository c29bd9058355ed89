import { sealedMention } from '../access/sealed-mention';
import type { WrittenEvent } from '../domain/events/event.writer';
import { AssertionRow, statedFields } from '../domain/provenance/assertion.writer';
import type { MentionRow } from '../domain/provenance/mention.writer';
import { EntityType } from '../domain/shared/enums';
import type { IncomingRecord } from './ingest.types';
import type { MentionLinks } from './link-mentions';
import { pathKey } from './sql';

/** Mentions and assertions of the applied records, for the source records new to the hub. */
export function provenanceRows(
  records: { incoming: IncomingRecord; sourceRecordId: string; isNew: boolean }[],
  links: MentionLinks,
  events: WrittenEvent[],
): { mentions: MentionRow[]; assertions: AssertionRow[] } {
  const mentions: MentionRow[] = [];
  const assertions: AssertionRow[] = [];
  const eventIds = new Map(events.map((e) => [`${e.sourceTopic}\u0000${e.sourceKey}`, e.id]));
  records.forEach(({ incoming, sourceRecordId, isNew }, i) => {
    if (!isNew) return;
    const r = incoming.record;
    const assert = (
      entityType: EntityType,
      entityId: string | null | undefined,
      path: string,
      values: Record<string, unknown>,
    ) => {
      const fields = statedFields(values);
      if (!entityId || !Object.keys(fields).length) return;
      assertions.push({
        entityType,
        entityId,
        fields,
        sourceRecordId,
        path,
        department: r.department,
        observedAt: r.observedAt,
      });
    };
    for (const m of r.people) {
      const sealed = sealedMention(m);
      const link = links.people.get(pathKey(i, m.path));
      mentions.push({
        sourceRecordId,
        path: m.path,
        entityType: EntityType.PERSON,
        targetId: link?.personId ?? null,
        rule: link?.rule ?? null,
        evidence: link?.evidence ?? {},
      });
      assert(EntityType.PERSON, link?.personId, m.path, {
        name: m.name,
        // Personal data is kept sealed here as on the person (src/access/protect).
        identityNumber: m.identityNumber ? { sealed: sealed.number!.sealed, valid: m.identityNumber.valid } : null,
        phones: sealed.phones?.sealed ?? null,
        gender: m.gender,
        birthDate: m.birthDate,
        address: m.address,
        regionCode: m.regionCode,
      });
    }
    for (const h of r.houses) {
      const houseId = links.houses.get(pathKey(i, h.path)) ?? null;
      mentions.push({
        sourceRecordId,
        path: h.path,
        entityType: EntityType.HOUSE,
        targetId: houseId,
        rule: houseId ? 'ADDRESS' : null,
        evidence: {},
      });
      assert(EntityType.HOUSE, houseId, h.path, {
        address: h.address,
        regionCode: h.regionCode,
        use: h.use,
        lat: h.lat,
        lng: h.lng,
      });
    }
    for (const o of r.organizations) {
      const link = links.organizations.get(pathKey(i, o.path));
      mentions.push({
        sourceRecordId,
        path: o.path,
        entityType: EntityType.ORGANIZATION,
        targetId: link?.organizationId ?? null,
        rule: link?.rule ?? null,
        evidence: {},
      });
      assert(EntityType.ORGANIZATION, link?.organizationId, o.path, {
        creditCode: o.creditCode,
        name: o.name,
        kind: o.kind,
        state: o.state,
        address: o.address,
        regionCode: o.regionCode,
        registeredOn: o.registeredOn,
      });
    }
    r.events.forEach((e, n) => {
      const eventId = eventIds.get(`${r.topic}\u0000${n === 0 ? r.key : `${r.key}#${n}`}`);
      assert(EntityType.EVENT, eventId, '$', {
        kind: e.kind,
        category: e.category,
        summary: e.summary,
        status: e.status,
        occurredAt: e.occurredAt?.toISOString() ?? null,
        reportedAt: e.reportedAt.toISOString(),
        regionCode: e.regionCode,
      });
    });
  });
  return { mentions, assertions };
}
