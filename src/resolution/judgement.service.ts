import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, forbidden, notFound } from '../graphql/errors';
import { sql } from '../ingest/sql';
import { uuidv7 } from '../shared/ids';
import { checkedId } from '../domain/shared/id-argument';
import { loadProfiles } from './candidates';
import { recomputeGolden } from './golden';
import { mergePeopleRows } from './merge-people';
import { writeChanges } from './outbox.writer';
import { rebuildProfiles } from './profile-rebuild';
import { ChangeKind, JudgementAction } from './resolution.enums';
import { ResolutionJudgement } from './resolution-judgement.entity';

export interface Judge {
  actor: string | null;
  reason: string;
}

function checkedJudge(judge: Judge): { actor: string; reason: string } {
  if (!judge.actor) throw forbidden('a judgement needs an authenticated principal');
  if (!judge.reason.trim()) throw badInput('reason', 'must say why');
  return { actor: judge.actor, reason: judge.reason.trim() };
}

async function livePeople(
  em: EntityManager,
  ids: string[],
  argument: string,
): Promise<Map<string, { valid: string | null }>> {
  const rows = await sql<{
    id: string;
    merged_into_id: string | null;
    identity_number_bidx: string | null;
    identity_number_valid: boolean;
  }>(
    em,
    `select id, merged_into_id, identity_number_bidx, identity_number_valid from person where id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) for update`,
    [JSON.stringify(ids)],
  );
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw notFound('Person', id);
    if (row.merged_into_id) throw conflict(`${argument}: person ${id} was merged into ${row.merged_into_id}`);
  }
  return new Map(rows.map((r) => [r.id, { valid: r.identity_number_valid ? r.identity_number_bidx : null }]));
}

async function audit(
  em: EntityManager,
  action: JudgementAction,
  judge: { actor: string; reason: string },
  personIds: string[],
  details: Record<string, unknown>,
) {
  const judgement = em.create(ResolutionJudgement, {
    id: uuidv7(),
    action,
    actor: judge.actor,
    reason: judge.reason,
    personIds,
    details,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await em.persistAndFlush(judgement);
  return judgement;
}

/**
 * 合并 merges `loserId` into `survivorId` for a reviewer: moves every mention, assertion and fact,
 * recomputes the survivor's golden values, closes their review pairs, audits and announces it.
 * Rejects NOT_FOUND for an unknown id, CONFLICT for a merged id, a distinct judgement or two
 * different valid identity numbers, BAD_USER_INPUT for the same id twice. Commits in one transaction.
 */
export function mergePeople(
  em: EntityManager,
  survivorId: string,
  loserId: string,
  judge: Judge,
): Promise<ResolutionJudgement> {
  const [survivor, loser] = [checkedId(survivorId, 'survivorId'), checkedId(loserId, 'mergedId')];
  const who = checkedJudge(judge);
  if (survivor === loser) throw badInput('mergedId', 'must differ from survivorId');
  return em.transactional(async (tx) => {
    const people = await livePeople(tx, [survivor, loser], 'mergedId');
    const [a, b] = [people.get(survivor)!.valid, people.get(loser)!.valid];
    if (a && b && a !== b) throw conflict('the two people carry different valid identity numbers');
    const distinct = await sql(
      tx,
      `select 1 from distinct_pair where person_a_id = least(?::uuid, ?::uuid) and person_b_id = greatest(?::uuid, ?::uuid)`,
      [survivor, loser, survivor, loser],
    );
    if (distinct.length) throw conflict('the two people were judged distinct');
    await mergePeopleRows(tx, [{ loser, survivor }]);
    await recomputeGolden(tx, [survivor]);
    await writeChanges(tx, [
      {
        entityType: 'PERSON',
        entityId: loser,
        change: ChangeKind.MERGED,
        payload: { mergedInto: survivor },
      },
      { entityType: 'PERSON', entityId: survivor, change: ChangeKind.UPDATED },
    ]);
    return audit(tx, JudgementAction.MERGE, who, [survivor, loser], {});
  });
}

/**
 * 拆分 moves the chosen mentions of a person (and the assertions and facts they brought) to a new
 * person, rebuilds both profiles and golden records, marks the two distinct so ingestion does not
 * merge them again, audits and announces it. Rejects NOT_FOUND, CONFLICT for a merged person or
 * when both sides would keep the same valid identity number, BAD_USER_INPUT for mentions that are
 * not the person's or that would leave it with none.
 */
export function splitPerson(
  em: EntityManager,
  personId: string,
  mentionIds: string[],
  judge: Judge,
): Promise<ResolutionJudgement> {
  const person = checkedId(personId, 'personId');
  const moving = [...new Set(mentionIds.map((id) => checkedId(id, 'mentionIds')))];
  const who = checkedJudge(judge);
  if (!moving.length) throw badInput('mentionIds', 'must name at least one mention');
  return em.transactional(async (tx) => {
    await livePeople(tx, [person], 'personId');
    const mentions = await sql<{
      id: string;
      source_record_id: string;
      path: string;
    }>(tx, `select id, source_record_id, path from mention where person_id = ? and entity_type = 'PERSON'`, [person]);
    const chosen = mentions.filter((m) => moving.includes(m.id));
    if (chosen.length !== moving.length) throw badInput('mentionIds', 'every mention must be one of the person’s');
    if (chosen.length === mentions.length) throw badInput('mentionIds', 'must leave the person at least one mention');
    const created = uuidv7();
    await sql(
      tx,
      `insert into person (id, name, name_key, gender) select ?, name, name_key, 'UNKNOWN' from person where id = ?`,
      [created, person],
    );
    await moveMentions(tx, person, created, chosen);
    await rebuildProfiles(tx, [person, created]);
    const profiles = await loadProfiles(tx, [person, created]);
    const kept = profiles.get(person)?.validIds ?? [];
    if ((profiles.get(created)?.validIds ?? []).some((id) => kept.includes(id)))
      throw conflict('both sides would keep the same valid identity number');
    // The number may have moved with the mentions: the rules choose it again for both sides.
    await sql(
      tx,
      `update person set identity_number_enc = null, identity_number_bidx = null, identity_number_valid = false where id = ?`,
      [person],
    );
    await recomputeGolden(tx, [person, created]);
    const judgement = await audit(tx, JudgementAction.SPLIT, who, [person, created], { mentionIds: moving });
    await sql(
      tx,
      `insert into distinct_pair (person_a_id, person_b_id, judgement_id) values (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?)`,
      [person, created, person, created, judgement.id],
    );
    await writeChanges(tx, [
      {
        entityType: 'PERSON',
        entityId: person,
        change: ChangeKind.SPLIT,
        payload: { into: created },
      },
      {
        entityType: 'PERSON',
        entityId: created,
        change: ChangeKind.CREATED,
        payload: { splitFrom: person },
      },
    ]);
    return judgement;
  });
}

// The mention, the assertions it made and the facts its record tied to its path follow it.
async function moveMentions(
  tx: EntityManager,
  from: string,
  to: string,
  chosen: { id: string; source_record_id: string; path: string }[],
) {
  const list = JSON.stringify(
    chosen.map((m) => ({
      id: m.id,
      source_record_id: m.source_record_id,
      path: m.path,
    })),
  );
  const x = `jsonb_to_recordset(?::jsonb) as x(id uuid, source_record_id uuid, path text)`;
  await sql(tx, `update mention m set person_id = ? from ${x} where m.id = x.id`, [to, list]);
  await sql(
    tx,
    `update assertion a set entity_id = ? from ${x} where a.entity_type = 'PERSON' and a.entity_id = ? and a.source_record_id = x.source_record_id and a.path = x.path`,
    [to, list, from],
  );
  await sql(
    tx,
    `update event_party ep set person_id = ? from ${x} join source_record sr on sr.id = x.source_record_id join hub_event e on e.source_topic = sr.topic and (e.source_key = sr.key or e.source_key like sr.key || '#%')
      where ep.event_id = e.id and ep.person_id = ? and ep.mention_path = x.path`,
    [to, list, from],
  );
  await sql(
    tx,
    `update household_member hm set person_id = ? from ${x} join source_record sr on sr.id = x.source_record_id join household h on h.source_topic = sr.topic and h.source_key = sr.key
      where hm.household_id = h.id and hm.person_id = ? and hm.mention_path = x.path`,
    [to, list, from],
  );
}

/**
 * 非同一人 records a reviewer's judgement that two people are different: sticky, so no later
 * ingestion merges them; closes their review pair. Rejects NOT_FOUND, CONFLICT for a merged id,
 * BAD_USER_INPUT for the same id twice. Judging the same pair again only adds to the audit.
 */
export function markDistinct(
  em: EntityManager,
  personId: string,
  otherId: string,
  judge: Judge,
): Promise<ResolutionJudgement> {
  const [a, b] = [checkedId(personId, 'personId'), checkedId(otherId, 'otherId')];
  const who = checkedJudge(judge);
  if (a === b) throw badInput('otherId', 'must differ from personId');
  return em.transactional(async (tx) => {
    await livePeople(tx, [a, b], 'otherId');
    const judgement = await audit(tx, JudgementAction.DISTINCT, who, [a, b], {});
    await sql(
      tx,
      `insert into distinct_pair (person_a_id, person_b_id, judgement_id) values (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?) on conflict do nothing`,
      [a, b, a, b, judgement.id],
    );
    await sql(
      tx,
      `update possible_match set status = 'DISTINCT', updated_at = now() where person_a_id = least(?::uuid, ?::uuid) and person_b_id = greatest(?::uuid, ?::uuid)`,
      [a, b, a, b],
    );
    return judgement;
  });
}
