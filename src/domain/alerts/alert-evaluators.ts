import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertRuleKind } from '../shared/enums';
import type { HubEvent } from '../events/hub-event.entity';
import type { AlertRuleDefinition } from './alert-rules';
import { pgArray } from '../shared/pg-array';
import { execute } from '../../db/sql';

/** What a rule found: the subject and a message free of personal data (no names, no tags). */
export interface AlertCandidate {
  subjectKey: string;
  personId?: string;
  houseId?: string;
  message: string;
}

type Evaluator = (em: EntityManager, event: HubEvent, rule: AlertRuleDefinition) => Promise<AlertCandidate[]>;

const DAY_MS = 86_400_000;

function windowStart(event: HubEvent, rule: AlertRuleDefinition): string {
  return new Date(event.reportedAt.getTime() - rule.windowDays * DAY_MS).toISOString();
}

/** 重复访: people named on this petition with `threshold` petitions in the window before it. */
const repeatedPetitions: Evaluator = async (em, event, rule) => {
  const rows: { person_id: string; n: string }[] = await execute(
    em,
    `select p.person_id, count(distinct e.id) as n
       from event_party mine
       join event_party p on p.person_id = mine.person_id
       join hub_event e on e.id = p.event_id
      where mine.event_id = ? and mine.person_id is not null and e.kind = 'PETITION'
        and e.reported_at > ? and e.reported_at <= ?
      group by p.person_id having count(distinct e.id) >= ?`,
    [event.id, windowStart(event, rule), event.reportedAt.toISOString(), rule.threshold],
  );
  return rows.map((r) => ({
    subjectKey: `person:${r.person_id}`,
    personId: r.person_id,
    message: `${r.n} petitions in ${rule.windowDays} days by one person`,
  }));
};

/** 越级访: the department flagged the petition as skipping a level. */
const levelSkipping: Evaluator = async (_em, event) =>
  event.details?.levelSkipping === true
    ? [{ subjectKey: `event:${event.id}`, message: 'level-skipping petition (越级访)' }]
    : [];

/** 同一房屋多次警情: incidents at this house in the window. */
const houseIncidents: Evaluator = async (em, event, rule) => {
  if (!event.house) return [];
  const [row]: { n: string }[] = await execute(
    em,
    `select count(*) as n from hub_event where house_id = ? and kind = 'INCIDENT' and reported_at > ? and reported_at <= ?`,
    [event.house.id, windowStart(event, rule), event.reportedAt.toISOString()],
  );
  return Number(row.n) >= rule.threshold
    ? [
        {
          subjectKey: `house:${event.house.id}`,
          houseId: event.house.id,
          message: `${row.n} incidents in ${rule.windowDays} days at one house`,
        },
      ]
    : [];
};

/** 纠纷两次上报: the dispute has gone up `threshold` times. */
const escalatedDispute: Evaluator = async (_em, event, rule) =>
  event.escalations >= rule.threshold
    ? [{ subjectKey: `event:${event.id}`, message: `dispute escalated ${event.escalations} times` }]
    : [];

/** 重点人员涉警: a party carries a current tag of a supervised group. The message does not say which. */
const supervisedPerson: Evaluator = async (em, event, rule) => {
  const rows: { person_id: string }[] = await execute(
    em,
    `select distinct p.person_id from event_party p join person_tag t on t.person_id = p.person_id
      where p.event_id = ? and t.kind = any(?::text[])
        and (t.valid_from is null or t.valid_from <= ?::date) and (t.valid_to is null or t.valid_to >= ?::date)`,
    [event.id, pgArray(rule.tagKinds ?? []), event.reportedAt.toISOString(), event.reportedAt.toISOString()],
  );
  return rows.map((r) => ({
    subjectKey: `person:${r.person_id}:event:${event.id}`,
    personId: r.person_id,
    message: 'a person of concern is party to a new incident',
  }));
};

export const ALERT_EVALUATORS: Readonly<Record<AlertRuleKind, Evaluator>> = {
  [AlertRuleKind.REPEATED_PETITIONS]: repeatedPetitions,
  [AlertRuleKind.LEVEL_SKIPPING_PETITION]: levelSkipping,
  [AlertRuleKind.HOUSE_REPEATED_INCIDENTS]: houseIncidents,
  [AlertRuleKind.DISPUTE_ESCALATED_TWICE]: escalatedDispute,
  [AlertRuleKind.SUPERVISED_PERSON_IN_INCIDENT]: supervisedPerson,
};
