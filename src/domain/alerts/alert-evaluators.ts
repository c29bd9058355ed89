import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertRuleKind } from '../shared/enums';
import type { HubEvent } from '../events/hub-event.entity';
import type { AlertRuleDefinition } from './alert-rules';
import { pgArray } from '../shared/pg-array';
import { execute } from '../../db/sql';

/** What a rule found about one event: the subject and a message free of personal data (no names, no tags). */
export interface AlertCandidate {
  eventId: string;
  subjectKey: string;
  personId?: string;
  houseId?: string;
  message: string;
}

/**
 * A rule's check over the events of one trigger (a batch of new events, or one escalated event):
 * one statement for all of them whatever their number, never one per event.
 */
type Evaluator = (em: EntityManager, events: HubEvent[], rule: AlertRuleDefinition) => Promise<AlertCandidate[]>;

const DAY_MS = 86_400_000;

// Each event with the start of the rule's window before it, as one JSON parameter.
function windows(events: HubEvent[], rule: AlertRuleDefinition): string {
  return JSON.stringify(
    events.map((e) => ({
      id: e.id,
      house_id: e.house?.id ?? null,
      since: new Date(e.reportedAt.getTime() - rule.windowDays * DAY_MS).toISOString(),
      until: e.reportedAt.toISOString(),
    })),
  );
}

const EVENTS = `jsonb_to_recordset(?::jsonb) as w(id uuid, house_id uuid, since timestamptz, until timestamptz)`;

/** 重复访: people named on a petition with `threshold` petitions in the window before it. */
const repeatedPetitions: Evaluator = async (em, events, rule) => {
  const rows: { event_id: string; person_id: string; n: string }[] = await execute(
    em,
    `select w.id as event_id, p.person_id, count(distinct e.id) as n
       from ${EVENTS}
       join event_party mine on mine.event_id = w.id and mine.person_id is not null
       join event_party p on p.person_id = mine.person_id
       join hub_event e on e.id = p.event_id
      where e.kind = 'PETITION' and e.reported_at > w.since and e.reported_at <= w.until
      group by w.id, p.person_id having count(distinct e.id) >= ?`,
    [windows(events, rule), rule.threshold],
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    subjectKey: `person:${r.person_id}`,
    personId: r.person_id,
    message: `${r.n} petitions in ${rule.windowDays} days by one person`,
  }));
};

/** 越级访: the department flagged the petition as skipping a level. */
const levelSkipping: Evaluator = async (_em, events) =>
  events
    .filter((event) => event.details?.levelSkipping === true)
    .map((event) => ({
      eventId: event.id,
      subjectKey: `event:${event.id}`,
      message: 'level-skipping petition (越级访)',
    }));

/** 同一房屋多次警情: incidents at the event's house in the window. */
const houseIncidents: Evaluator = async (em, events, rule) => {
  const housed = events.filter((e) => e.house);
  if (!housed.length) return [];
  const rows: { event_id: string; house_id: string; n: string }[] = await execute(
    em,
    `select w.id as event_id, w.house_id, count(*) as n
       from ${EVENTS}
       join hub_event e on e.house_id = w.house_id and e.kind = 'INCIDENT' and e.reported_at > w.since and e.reported_at <= w.until
      group by w.id, w.house_id having count(*) >= ?`,
    [windows(housed, rule), rule.threshold],
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    subjectKey: `house:${r.house_id}`,
    houseId: r.house_id,
    message: `${r.n} incidents in ${rule.windowDays} days at one house`,
  }));
};

/** 纠纷两次上报: the dispute has gone up `threshold` times. */
const escalatedDispute: Evaluator = async (_em, events, rule) =>
  events
    .filter((event) => event.escalations >= rule.threshold)
    .map((event) => ({
      eventId: event.id,
      subjectKey: `event:${event.id}`,
      message: `dispute escalated ${event.escalations} times`,
    }));

/** 重点人员涉警: a party carries a current tag of a supervised group. The message does not say which. */
const supervisedPerson: Evaluator = async (em, events, rule) => {
  const rows: { event_id: string; person_id: string }[] = await execute(
    em,
    `select distinct w.id as event_id, p.person_id
       from ${EVENTS}
       join event_party p on p.event_id = w.id
       join person_tag t on t.person_id = p.person_id
      where t.kind = any(?::text[])
        and (t.valid_from is null or t.valid_from <= w.until::date) and (t.valid_to is null or t.valid_to >= w.until::date)`,
    [windows(events, rule), pgArray(rule.tagKinds ?? [])],
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    subjectKey: `person:${r.person_id}:event:${r.event_id}`,
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
