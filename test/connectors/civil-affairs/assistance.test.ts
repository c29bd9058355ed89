import { civilAssistanceConnector as connector } from '../../../connectors/civil-affairs/assistance.connector';
import { ConnectorRejection } from '../../../connectors/shared/define-connector';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.civil.assistance';
const HOUSEHOLD = sample(TOPIC, 'MZ371326-2023-0001').value;

describe('dept.civil.assistance samples', () => describeSampleContract(connector));

describe('assistance mapper', () => {
  it('keeps the head mention twice ($ and 本人) but tags and lists him once', () => {
    const record = mapValue(connector, HOUSEHOLD);
    expect(record).toMatchObject({
      version: '2024-08-14T16:26:00+08:00',
      versionOrder: Date.parse('2024-08-14T08:26:00Z'),
    });
    expect(record.people.map((p) => [p.path, p.name, p.identityNumber?.value])).toEqual([
      ['$', '常艳', '371312196609139955'],
      ['成员[0]', '常艳', '371312196609139955'],
      ['成员[1]', '万静', '371312198512113328'],
      ['成员[2]', '丁洋', '371312198008028095'],
    ]);
    expect(record.people[0]).toMatchObject({ phones: ['17473957614'], regionCode: '371326013002' });
    expect(record.tags.map((t) => [t.personPath, t.kind, t.sensitive, t.validFrom, t.validTo, t.active])).toEqual([
      ['$', 'TEMPORARY_ASSISTANCE', false, '2024-08-01', null, true],
      ['成员[1]', 'TEMPORARY_ASSISTANCE', false, '2024-08-01', null, true],
      ['成员[2]', 'TEMPORARY_ASSISTANCE', false, '2024-08-01', null, true],
    ]);
    expect(record.households).toEqual([
      {
        externalId: 'MZ371326-2023-0001',
        headPath: '$',
        members: [
          { personPath: '$', relation: '本人' },
          { personPath: '成员[1]', relation: '父母' },
          { personPath: '成员[2]', relation: '子女' },
        ],
        housePath: '家庭住址',
        details: {
          assistanceKind: '临时救助',
          supportedCount: 3,
          monthlyAmount: '750.00',
          startMonth: '2024-08',
          state: '在保',
        },
      },
    ]);
    expect(record.houses).toEqual([
      {
        path: '家庭住址',
        address: '山东省临沂市平邑县临涧镇白马村168号',
        regionCode: '371326013002',
        use: null,
        lat: null,
        lng: null,
      },
    ]);
  });

  it('maps each assistance kind, and 停保 to an inactive tag', () => {
    const kinds = {
      低保: 'MINIMUM_LIVING_ALLOWANCE',
      特困: 'EXTREME_POVERTY',
      临时救助: 'TEMPORARY_ASSISTANCE',
    };
    for (const [typed, kind] of Object.entries(kinds)) {
      const value = altered(HOUSEHOLD, (v) => Object.assign(v, { 救助类型: typed, 状态: '停保' }));
      expect(mapValue(connector, value).tags.map((t) => [t.kind, t.active])).toEqual([
        [kind, false],
        [kind, false],
        [kind, false],
      ]);
    }
  });

  it('reads an update time without a zone as Shanghai time', () => {
    const value = altered(HOUSEHOLD, (v) => (v.更新时间 = '2024-08-14 16:26:00'));
    expect(mapValue(connector, value).observedAt).toEqual(new Date('2024-08-14T08:26:00Z'));
  });

  it('rejects a household with two members who are each the head himself', () => {
    const value = altered(HOUSEHOLD, (v) => (v.成员[1].与户主关系 = '本人'));
    expect(() => mapValue(connector, value)).toThrow(ConnectorRejection);
  });

  it('fails validation on an unknown kind, state or relation, a bad month or amount, or a missing key', () => {
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => (v.救助类型 = '五保')),
      ),
    ).toEqual(['救助类型']);
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => (v.状态 = '暂停')),
      ),
    ).toEqual(['状态']);
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => (v.成员[2].与户主关系 = '孙子女')),
      ),
    ).toEqual(['成员.2.与户主关系']);
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => (v.起始年月 = '2024-13')),
      ),
    ).toEqual(['起始年月']);
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => (v.月保障金额 = '七百五')),
      ),
    ).toEqual(['月保障金额']);
    expect(
      failures(
        connector,
        altered(HOUSEHOLD, (v) => delete v.户编号),
      ),
    ).toEqual(['户编号']);
  });
});
