import { PersonTagKind } from '../../src/domain/shared/enums';
import type { CanonicalRecord, TagFact } from '../shared/canonical-record';
import { ConnectorRejection, MessageMeta } from '../shared/define-connector';
import { houseMention, personMention } from '../shared/mapping/mentions';
import { instantAt, monthAt, upsertRecord } from '../shared/mapping/record';
import { ASSISTANCE_KINDS, Assistance } from './assistance.schema';

const TAG: Record<(typeof ASSISTANCE_KINDS)[number], PersonTagKind> = {
  低保: PersonTagKind.MINIMUM_LIVING_ALLOWANCE,
  特困: PersonTagKind.EXTREME_POVERTY,
  临时救助: PersonTagKind.TEMPORARY_ASSISTANCE,
};

/**
 * Maps an assistance ledger row to the head `$` (with phone, address and region), the members
 * `成员[i]` (living at the household's address and region), a house `家庭住址` and one household. The member whose relation is 本人 is the head
 * himself: his mention stays (provenance says where he was written), but he gets no second tag
 * and is not listed again among the household's members — the head is `$`. Every other member
 * gets a tag of the assistance kind (低保 MINIMUM_LIVING_ALLOWANCE, 特困 EXTREME_POVERTY,
 * 临时救助 TEMPORARY_ASSISTANCE), from the first day of 起始年月, active while 在保; a 停保 tag
 * keeps its start and is inactive (the ledger does not say when it stopped). Resolves 更新时间 as
 * the version. Rejects (ConnectorRejection at `成员`) a row with more than one 本人.
 */
export function mapAssistance(value: Assistance, meta: MessageMeta): CanonicalRecord {
  const updatedAt = instantAt(value.更新时间, '更新时间');
  const record = upsertRecord(meta, {
    department: 'civil-affairs',
    key: value.户编号,
    version: value.更新时间,
    versionOrder: updatedAt.getTime(),
    observedAt: updatedAt,
  });
  const members = value.成员 ?? [];
  if (members.filter((member) => member.与户主关系 === '本人').length > 1) {
    throw new ConnectorRejection('more than one member is 本人 (the head)', '成员');
  }
  const house = houseMention('家庭住址', { address: value.家庭住址, regionCode: value.区划代码 });
  record.houses = house ? [house] : [];
  record.people = [
    personMention('$', {
      name: value.户主姓名,
      identityNumber: value.户主身份证号,
      phones: [value.联系电话],
      address: value.家庭住址,
      regionCode: value.区划代码,
    }),
    ...members.map((member, i) => {
      // The ledger lists the people who live in the household: its address is theirs.
      const mention = personMention(`成员[${i}]`, {
        name: member.姓名,
        identityNumber: member.身份证号,
        address: value.家庭住址,
        regionCode: value.区划代码,
      });
      return member.与户主关系 === '本人' ? { ...mention, sameAsPath: '$' } : mention;
    }),
  ];
  const others = members.flatMap((member, i) =>
    member.与户主关系 === '本人' ? [] : [{ personPath: `成员[${i}]`, relation: member.与户主关系 }],
  );
  const tag = (personPath: string): TagFact => ({
    personPath,
    kind: TAG[value.救助类型],
    sensitive: false,
    validFrom: monthAt(value.起始年月, '起始年月'),
    validTo: null,
    active: value.状态 === '在保',
    details: { state: value.状态 },
  });
  record.tags = [tag('$'), ...others.map((member) => tag(member.personPath))];
  record.households = [
    {
      externalId: value.户编号,
      headPath: '$',
      members: [{ personPath: '$', relation: '本人' }, ...others],
      housePath: house?.path ?? null,
      details: {
        assistanceKind: value.救助类型,
        supportedCount: value.保障人数 ?? null,
        monthlyAmount: value.月保障金额 == null ? null : String(value.月保障金额),
        startMonth: value.起始年月,
        state: value.状态,
      },
    },
  ];
  return record;
}
