import { PersonTagKind } from '../../src/domain/shared/enums';
import type { CanonicalRecord } from '../shared/canonical-record';
import type { MessageMeta } from '../shared/define-connector';
import { personMention } from '../shared/mapping/mentions';
import { dayAt, deleteRecord, optionalDayAt, upsertRecord } from '../shared/mapping/record';
import { SUPERVISION_KINDS, Supervisee, SuperviseeRecord } from './supervisees.schema';

const TAG: Record<(typeof SUPERVISION_KINDS)[number], PersonTagKind> = {
  社区矫正: PersonTagKind.COMMUNITY_CORRECTION,
  刑满释放: PersonTagKind.RELEASED_AFTER_SENTENCE,
};

/**
 * Maps a supervised person to the mention `$` (name, identity number, gender, birth date,
 * residence address and region) and one sensitive tag: COMMUNITY_CORRECTION (社区矫正) or
 * RELEASED_AFTER_SENTENCE (刑满释放) for qsrq..jsrq, active while zt is 在矫. No version field:
 * versionOrder null, observed at receipt. czlx D maps to a DELETE carrying only the key.
 * Rejects nothing the schema accepted.
 */
export function mapSupervisee(value: Supervisee, meta: MessageMeta): CanonicalRecord {
  if (value.czlx === 'D') return deleteRecord(meta, 'justice', value.rybh);
  return mapSuperviseeRecord(value, meta);
}

function mapSuperviseeRecord(value: SuperviseeRecord, meta: MessageMeta): CanonicalRecord {
  const record = upsertRecord(meta, {
    department: 'justice',
    key: value.rybh,
    version: null,
    versionOrder: null,
    observedAt: meta.receivedAt,
  });
  record.people = [
    personMention('$', {
      name: value.xm,
      identityNumber: value.sfzh,
      gender: value.xb === '男' ? 'MALE' : value.xb === '女' ? 'FEMALE' : null,
      birthDate: optionalDayAt(value.csrq, 'YYYY-MM-DD', 'csrq'),
      address: value.jzd,
      regionCode: value.jzdqh,
    }),
  ];
  record.tags = [
    {
      personPath: '$',
      kind: TAG[value.rylx],
      sensitive: true,
      validFrom: dayAt(value.qsrq, 'YYYY-MM-DD', 'qsrq'),
      validTo: optionalDayAt(value.jsrq, 'YYYY-MM-DD', 'jsrq'),
      active: value.zt === '在矫',
      details: { state: value.zt },
    },
  ];
  return record;
}
