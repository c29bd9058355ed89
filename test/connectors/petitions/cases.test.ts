import { petitionCasesConnector as connector } from '../../../connectors/petitions/cases.connector';
import { generateIdentityNumber } from '../../../src/identity';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.petitions.cases';
const BASE = sample(TOPIC, 'XF3713262024000001').value;
const ID = generateIdentityNumber({
  divisionCode: '371326',
  birthDate: '1975-03-10',
  sequence: 451,
});

describe('dept.petitions.cases samples', () => describeSampleContract(connector));

describe('petitions mapper', () => {
  it('maps a case to one PETITION event with its petitioners, flags and Shanghai times in UTC', () => {
    const record = mapValue(connector, BASE);
    expect(record).toMatchObject({
      operation: 'UPSERT',
      version: '2024-09-30 07:33:00',
      versionOrder: Date.parse('2024-09-29T23:33:00Z'),
    });
    expect(record.observedAt).toEqual(new Date('2024-09-29T23:33:00Z'));
    expect(record.events).toEqual([
      {
        kind: 'PETITION',
        category: '卫生健康',
        summary: '反映相关问题，请求依法处理。',
        occurredAt: null,
        reportedAt: new Date('2024-09-29T23:33:00Z'),
        regionCode: '371326014002',
        status: 'REPORTED',
        housePath: null,
        parties: [{ personPath: 'XFRS[0]', role: 'PETITIONER' }],
        details: {
          form: '来信',
          levelSkipping: true,
          repeated: true,
          state: '待受理',
          responsibleUnit: '平邑县信访局',
          petitionerCount: 1,
          placeName: '平邑县丰阳镇杏园村',
        },
      },
    ]);
  });

  it('maps every handling state to a status, and 否 flags to false', () => {
    const expected = {
      待受理: 'REPORTED',
      办理中: 'IN_PROGRESS',
      已办结: 'RESOLVED',
      不予受理: 'REJECTED',
    };
    for (const [state, status] of Object.entries(expected)) {
      const value = altered(BASE, (v) => Object.assign(v, { BLZT: state, SFYJF: '否', SFCF: ' 否 ' }));
      const [event] = mapValue(connector, value).events;
      expect([event.status, event.details.levelSkipping, event.details.repeated]).toEqual([status, false, false]);
    }
  });

  it('takes a case without a region code and gives the event no region', () => {
    const value = altered(BASE, (v) => delete v.WTSDDM);
    expect(mapValue(connector, value).events[0].regionCode).toBeNull();
  });

  it('normalises petitioners typed in every shape the contract lists', () => {
    const wrongCheck = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    const XFRS = [
      { XM: ' 张伟 ', GMSFHM: `${ID.slice(0, 6)}${ID.slice(8, 17)}`, LXDH: '+86 138-1234-5678' },
      {
        XM: '阿卜杜拉•艾力',
        GMSFHM: ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
        LXDH: '86 13812345678',
      },
      {
        XM: '阿卜杜拉・艾力',
        GMSFHM: `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`,
        LXDH: '0539-4211234',
      },
      { XM: '阿卜杜拉.艾力', GMSFHM: wrongCheck, LXDH: '无' },
      { XM: '阿卜杜拉 艾力' },
    ];
    const people = mapValue(
      connector,
      altered(BASE, (v) => Object.assign(v, { XFRS, RS: 5 })),
    ).people;
    expect(people.map((p) => p.name)).toEqual([
      '张伟',
      '阿卜杜拉·艾力',
      '阿卜杜拉·艾力',
      '阿卜杜拉·艾力',
      '阿卜杜拉·艾力',
    ]);
    expect(
      people.map((p) => p.identityNumber && [p.identityNumber.value, p.identityNumber.valid, p.identityNumber.legacy]),
    ).toEqual([[ID, true, true], [ID, true, false], [ID, true, false], [wrongCheck, false, false], null]);
    expect(people[3].identityNumber?.problem).toBe('CHECK_CHARACTER');
    expect(people.map((p) => p.phones)).toEqual([['13812345678'], ['13812345678'], ['0539-4211234'], [], []]);
  });

  it('fails validation on an unknown form, state or flag, a missing key or a bad time', () => {
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.XFXS = '传真')),
      ),
    ).toEqual(['XFXS']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.BLZT = '已撤回')),
      ),
    ).toEqual(['BLZT']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.SFCF = '不详')),
      ),
    ).toEqual(['SFCF']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => delete v.XFJBH),
      ),
    ).toEqual(['XFJBH']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.XFJBH = '  ')),
      ),
    ).toEqual(['XFJBH']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.GXSJ = '2024-02-30 08:00:00')),
      ),
    ).toEqual(['GXSJ']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.WTSDDM = '371326')),
      ),
    ).toEqual(['WTSDDM']);
  });
});
