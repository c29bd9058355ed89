import { EventKind, EventStatus, PartyRole } from '../../src/domain/shared/enums';
import type { CanonicalRecord } from '../shared/canonical-record';
import type { MessageMeta } from '../shared/define-connector';
import { personMention, region } from '../shared/mapping/mentions';
import { dayAt, deleteRecord, optionalDayAt, upsertRecord } from '../shared/mapping/record';
import { shanghaiMidnight } from '../shared/mapping/time';
import { MEDIATION_OUTCOMES, MEDIATION_ROLES, Mediation, MediationCase } from './mediations.schema';

const ROLE: Record<(typeof MEDIATION_ROLES)[number], PartyRole> = {
  申请人: PartyRole.APPLICANT,
  被申请人: PartyRole.RESPONDENT,
};

// A failed or stopped mediation is finished (办结) but the dispute is not resolved (化解):
// counting it RESOLVED would inflate the resolution rate (化解率) centres are assessed on.
const STATUS: Record<(typeof MEDIATION_OUTCOMES)[number], EventStatus> = {
  正在调解: EventStatus.IN_PROGRESS,
  调解成功: EventStatus.RESOLVED,
  调解不成功: EventStatus.CLOSED,
  终止调解: EventStatus.CLOSED,
};

/**
 * Maps a mediation case to one MEDIATION event with `dsr[i]` as APPLICANT (申请人) or
 * RESPONDENT (被申请人). Resolves: no version (null: the later offset wins), slrq as the
 * reported day (Shanghai midnight, also the observed time), sdrq as the region, tjjg as the
 * status (正在调解 IN_PROGRESS, 调解成功 RESOLVED, 调解不成功 and 终止调解 CLOSED — finished, not
 * resolved) and keeps committee, outcome, accepted and closed days in details. czlx D maps to a
 * DELETE carrying only the key. Rejects nothing the schema accepted.
 */
export function mapMediation(value: Mediation, meta: MessageMeta): CanonicalRecord {
  if (value.czlx === 'D') return deleteRecord(meta, 'justice', value.ajbh);
  return mapMediationCase(value, meta);
}

function mapMediationCase(value: MediationCase, meta: MessageMeta): CanonicalRecord {
  const acceptedOn = dayAt(value.slrq, 'YYYY/MM/DD', 'slrq');
  const reportedAt = shanghaiMidnight(acceptedOn);
  const record = upsertRecord(meta, {
    department: 'justice',
    key: value.ajbh,
    version: null,
    versionOrder: null,
    observedAt: reportedAt,
  });
  record.people = value.dsr.map((party, i) =>
    personMention(`dsr[${i}]`, {
      name: party.xm,
      identityNumber: party.sfzh,
      phones: [party.lxdh],
      address: party.zz,
    }),
  );
  record.events = [
    {
      kind: EventKind.MEDIATION,
      category: value.jflx ?? null,
      summary: value.jyaq ?? value.jflx ?? '',
      occurredAt: null,
      reportedAt,
      regionCode: region(value.sdrq, 'sdrq'),
      status: STATUS[value.tjjg],
      housePath: null,
      parties: value.dsr.map((party, i) => ({ personPath: `dsr[${i}]`, role: ROLE[party.js] })),
      details: {
        committee: value.tjzz ?? null,
        outcome: value.tjjg,
        acceptedOn,
        closedOn: optionalDayAt(value.jarq, 'YYYY/MM/DD', 'jarq'),
      },
    },
  ];
  return record;
}
