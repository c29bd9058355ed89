import { EventKind, EventStatus, PartyRole } from '../../src/domain/shared/enums';
import type { CanonicalRecord } from '../shared/canonical-record';
import type { MessageMeta } from '../shared/define-connector';
import { personMention, region } from '../shared/mapping/mentions';
import { instantAt, upsertRecord } from '../shared/mapping/record';
import { PETITION_STATES, PetitionCase } from './cases.schema';

const STATUS: Record<(typeof PETITION_STATES)[number], EventStatus> = {
  待受理: EventStatus.REPORTED,
  办理中: EventStatus.IN_PROGRESS,
  已办结: EventStatus.RESOLVED,
  不予受理: EventStatus.REJECTED,
};

/**
 * Maps a petition case to one PETITION event whose parties are the petitioners `XFRS[i]`
 * (role PETITIONER). Resolves: GXSJ (Shanghai) as the version in epoch ms, DJSJ as the
 * reported time, WTSDDM as the region (null when missing), BLZT as the status (待受理 REPORTED,
 * 办理中 IN_PROGRESS, 已办结 RESOLVED, 不予受理 REJECTED). Keeps form, level-skipping and
 * repeated flags (是 → true), state, responsible unit, petitioner count and place name in
 * details. WTSDD is a place name, not a house: no house mention. Rejects nothing the schema
 * accepted; it has no delete.
 */
export function mapPetitionCase(value: PetitionCase, meta: MessageMeta): CanonicalRecord {
  const updatedAt = instantAt(value.GXSJ, 'GXSJ');
  const record = upsertRecord(meta, {
    department: 'petitions',
    key: value.XFJBH,
    version: value.GXSJ,
    versionOrder: updatedAt.getTime(),
    observedAt: updatedAt,
  });
  record.people = value.XFRS.map((petitioner, i) =>
    personMention(`XFRS[${i}]`, {
      name: petitioner.XM,
      identityNumber: petitioner.GMSFHM,
      phones: [petitioner.LXDH],
      address: petitioner.ZZ,
    }),
  );
  record.events = [
    {
      kind: EventKind.PETITION,
      category: value.NRFL ?? null,
      summary: value.XFNR ?? '',
      occurredAt: null,
      reportedAt: instantAt(value.DJSJ, 'DJSJ'),
      regionCode: region(value.WTSDDM, 'WTSDDM'),
      status: STATUS[value.BLZT],
      housePath: null,
      parties: record.people.map(({ path }) => ({ personPath: path, role: PartyRole.PETITIONER })),
      details: {
        form: value.XFXS,
        levelSkipping: value.SFYJF === '是',
        repeated: value.SFCF === '是',
        state: value.BLZT,
        responsibleUnit: value.ZRDW ?? null,
        petitionerCount: value.RS ?? value.XFRS.length,
        placeName: value.WTSDD ?? null,
      },
    },
  ];
  return record;
}
