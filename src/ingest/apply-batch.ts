import type { EntityManager } from '@mikro-orm/postgresql';
import { removeEventsOf } from '../domain/events/event.writer';
import { writeAssertions } from '../domain/provenance/assertion.writer';
import { writeMentions } from '../domain/provenance/mention.writer';
import { writeSourceRecords } from '../domain/provenance/source-record.writer';
import { noFacts } from '../../connectors/shared/canonical-record';
import type { EventsCreatedHook } from './event-hooks';
import type { BatchOutcome, IncomingRecord } from './ingest.types';
import { linkMentions } from './link-mentions';
import { provenanceRows } from './provenance-rows';
import { writeFacts } from './write-facts';
import { selectApplicable } from './versions';
import { recomputeGolden } from '../resolution/golden';
import { writeChanges } from '../resolution/outbox.writer';
import { ChangeKind } from '../resolution/resolution.enums';

export interface ApplyOptions {
  onEventsCreated?: EventsCreatedHook;
}

// A delete asserts nothing: whatever its mapper carried, only the removal is applied.
function withoutFacts(r: IncomingRecord): IncomingRecord {
  return { ...r, record: { ...r.record, ...noFacts() } };
}

/**
 * Applies a batch of mapped records to the graph, set-based, inside the caller's transaction
 * (`em` must be transactional; the pipeline commits it together with the consumer offsets).
 * Every message becomes a source record; per (topic, key) only a message newer than the one the
 * hub holds changes the golden records, so repeats, replays and late older versions change
 * nothing. Deletes remove the record's events, residences, tags and households and keep its
 * history. Rejects (and the caller rolls back) on any database error.
 */
export async function applyBatch(
  em: EntityManager,
  incoming: IncomingRecord[],
  options: ApplyOptions = {},
): Promise<BatchOutcome> {
  const stored = await writeSourceRecords(em, incoming);
  const applicable = await selectApplicable(
    em,
    incoming,
    stored.map((s) => s.id),
  );
  const applied = applicable.map((i) => ({
    incoming: incoming[i].record.operation === 'DELETE' ? withoutFacts(incoming[i]) : incoming[i],
    sourceRecordId: stored[i].id,
    isNew: stored[i].isNew,
  }));
  const deletes = applied
    .filter((a) => a.incoming.record.operation === 'DELETE')
    .map((a) => ({ topic: a.incoming.record.topic, key: a.incoming.record.key }));
  await removeEventsOf(em, deletes);

  const records = applied.map((a) => a.incoming);
  const links = await linkMentions(em, records);
  const events = await writeFacts(em, records, links);
  const { mentions, assertions } = provenanceRows(applied, links, events);
  await writeMentions(em, mentions);
  await writeAssertions(em, assertions);
  // Golden values follow the survivorship rules over every assertion, and each change is announced.
  const changed = new Set(await recomputeGolden(em, links.touchedPeople));
  const created = new Set(links.createdPeople);
  await writeChanges(em, [
    ...links.createdPeople.map((id) => ({ entityType: 'PERSON' as const, entityId: id, change: ChangeKind.CREATED })),
    ...[...changed]
      .filter((id) => !created.has(id))
      .map((id) => ({ entityType: 'PERSON' as const, entityId: id, change: ChangeKind.UPDATED })),
  ]);

  const createdEventIds = events.filter((e) => e.created).map((e) => e.id);
  const afterCommit: (() => void)[] = [];
  if (createdEventIds.length && options.onEventsCreated) {
    const then = await options.onEventsCreated(em, createdEventIds);
    if (then) afterCommit.push(then);
  }
  return {
    applied: applied.length,
    stale: incoming.length - applied.length,
    newSourceRecords: stored.filter((s) => s.isNew).length,
    createdEventIds,
    afterCommit,
  };
}
