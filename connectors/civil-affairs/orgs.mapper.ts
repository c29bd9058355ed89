import { normalizeCreditCode } from '../../src/identity';
import { OrganizationKind, OrganizationState } from '../../src/domain/shared/enums';
import type { CanonicalRecord } from '../shared/canonical-record';
import type { MessageMeta } from '../shared/define-connector';
import { houseMention, personMention, recordedAddress, region } from '../shared/mapping/mentions';
import { optionalDayAt, upsertRecord } from '../shared/mapping/record';
import { shanghaiMidnight } from '../shared/mapping/time';
import { ORGANIZATION_KINDS, ORGANIZATION_STATES, Organization } from './orgs.schema';

const KIND: Record<(typeof ORGANIZATION_KINDS)[number], OrganizationKind> = {
  社会团体: OrganizationKind.SOCIAL_GROUP,
  民办非企业单位: OrganizationKind.PRIVATE_NON_ENTERPRISE,
  基金会: OrganizationKind.FOUNDATION,
};

const STATE: Record<(typeof ORGANIZATION_STATES)[number], OrganizationState> = {
  正常: OrganizationState.ACTIVE,
  注销: OrganizationState.DEREGISTERED,
  撤销: OrganizationState.REVOKED,
};

/**
 * Maps a registered social organisation to one organisation mention `$` keyed by its credit
 * code (normalised; a wrong check character stays with valid=false), the legal representative
 * `法定代表人` and a house `住所`. Resolves kind (社会团体 SOCIAL_GROUP, 民办非企业单位
 * PRIVATE_NON_ENTERPRISE, 基金会 FOUNDATION), state (正常 ACTIVE, 注销 DEREGISTERED, 撤销 REVOKED);
 * no version field (versionOrder null), observed on the registration day or at receipt.
 * Rejects nothing the schema accepted.
 */
export function mapOrganization(value: Organization, meta: MessageMeta): CanonicalRecord {
  const registeredOn = optionalDayAt(value.登记日期, 'YYYY-MM-DD', '登记日期');
  const key = value.统一社会信用代码;
  const record = upsertRecord(meta, {
    department: 'civil-affairs',
    key,
    version: null,
    versionOrder: null,
    observedAt: registeredOn ? shanghaiMidnight(registeredOn) : meta.receivedAt,
  });
  const house = houseMention('住所', { address: value.住所, regionCode: value.区划代码 });
  record.houses = house ? [house] : [];
  const representative = value.法定代表人;
  if (representative) {
    const { 姓名: name, 身份证号: identityNumber, 联系电话: phone } = representative;
    record.people = [personMention('法定代表人', { name, identityNumber, phones: [phone] })];
  }
  record.organizations = [
    {
      path: '$',
      creditCode: normalizeCreditCode(key),
      name: value.组织名称.trim(),
      kind: KIND[value.组织类型],
      state: STATE[value.状态],
      address: recordedAddress(value.住所),
      regionCode: region(value.区划代码, '区划代码'),
      registeredOn,
      legalRepresentativePath: representative ? '法定代表人' : null,
      housePath: house?.path ?? null,
      details: { supervisingUnit: value.业务主管单位 ?? null },
    },
  ];
  return record;
}
