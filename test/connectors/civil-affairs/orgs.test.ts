import { civilOrgsConnector as connector } from '../../../connectors/civil-affairs/orgs.connector';
import { generateCreditCode } from '../../../src/identity';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.civil.orgs';
const ORG = sample(TOPIC, '513713263CTGJQ8RCL').value;

describe('dept.civil.orgs samples', () => describeSampleContract(connector));

describe('orgs mapper', () => {
  it('maps an organisation with its credit code, legal representative and registered address', () => {
    const record = mapValue(connector, ORG);
    expect(record).toMatchObject({
      version: null,
      versionOrder: null,
      observedAt: new Date('2024-01-05T16:00:00Z'),
    });
    // The sample types the representative's number in full-width digits.
    expect(record.people).toEqual([
      {
        path: '法定代表人',
        name: '王雨桐',
        identityNumber: { value: '37010219770402833X', valid: true, legacy: false },
        phones: ['13780667172'],
        gender: null,
        birthDate: null,
        address: null,
        regionCode: null,
      },
    ]);
    expect(record.organizations).toEqual([
      {
        path: '$',
        creditCode: { value: '513713263CTGJQ8RCL', valid: true },
        name: '平邑县东关养老服务中心',
        kind: 'SOCIAL_GROUP',
        state: 'ACTIVE',
        address: '山东省临沂市平邑县铜石镇西关村94号',
        regionCode: '371326008003',
        registeredOn: '2024-01-06',
        legalRepresentativePath: '法定代表人',
        housePath: '住所',
        details: { supervisingUnit: '平邑县民政局' },
      },
    ]);
    expect(record.houses.map((h) => h.path)).toEqual(['住所']);
  });

  it('maps every kind and state', () => {
    const kinds = {
      社会团体: 'SOCIAL_GROUP',
      民办非企业单位: 'PRIVATE_NON_ENTERPRISE',
      基金会: 'FOUNDATION',
    };
    const states = { 正常: 'ACTIVE', 注销: 'DEREGISTERED', 撤销: 'REVOKED' };
    for (const [typedKind, kind] of Object.entries(kinds)) {
      for (const [typedState, state] of Object.entries(states)) {
        const value = altered(ORG, (v) => Object.assign(v, { 组织类型: typedKind, 状态: typedState }));
        expect(mapValue(connector, value).organizations[0]).toMatchObject({ kind, state });
      }
    }
  });

  it('keeps a credit code with a wrong check character but flags it invalid', () => {
    const code = generateCreditCode({
      registrationDept: '5',
      orgKind: '1',
      divisionCode: '371326',
      serial: 4242,
    });
    const typo = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const record = mapValue(
      connector,
      altered(ORG, (v) => (v.统一社会信用代码 = typo)),
    );
    expect(record.key).toBe(typo);
    expect(record.organizations[0].creditCode).toEqual({ value: typo, valid: false });
  });

  it('fails validation on an unknown kind or state, a blank name or a missing key', () => {
    expect(
      failures(
        connector,
        altered(ORG, (v) => (v.组织类型 = '企业')),
      ),
    ).toEqual(['组织类型']);
    expect(
      failures(
        connector,
        altered(ORG, (v) => (v.状态 = '吊销')),
      ),
    ).toEqual(['状态']);
    expect(
      failures(
        connector,
        altered(ORG, (v) => (v.组织名称 = ' ')),
      ),
    ).toEqual(['组织名称']);
    expect(
      failures(
        connector,
        altered(ORG, (v) => delete v.统一社会信用代码),
      ),
    ).toEqual(['统一社会信用代码']);
  });
});
