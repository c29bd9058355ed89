import { policeResidentsConnector as connector } from '../../../connectors/police/residents.connector';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.police.residents';
const ACTIVE = sample(TOPIC, 'LD3713260000002', (v) => v.status === 'ACTIVE').value;
const CANCELLED = sample(TOPIC, 'LD3713260000002', (v) => v.status === 'CANCELLED').value;

describe('dept.police.residents samples', () => describeSampleContract(connector));

describe('police residents mapper', () => {
  it('maps a rental registration to tenant, rented house, landlord and both residences', () => {
    const record = mapValue(connector, ACTIVE);
    expect(record.people.map((p) => [p.path, p.name, p.gender, p.birthDate])).toEqual([
      ['person', '段军', 'FEMALE', '1982-08-20'],
      ['house.landlord', '邓海燕', null, null],
    ]);
    expect(record.houses).toEqual([
      {
        path: 'house',
        address: '山东省临沂市平邑县丰阳镇杏园村17号',
        regionCode: '371326014002',
        use: 'RENTED',
        lat: null,
        lng: null,
      },
    ]);
    expect(record.residences).toEqual([
      {
        personPath: 'person',
        housePath: 'house',
        kind: 'TENANT',
        validFrom: '2024-07-01',
        validTo: '2025-07-01',
      },
      {
        personPath: 'house.landlord',
        housePath: 'house',
        kind: 'LANDLORD',
        validFrom: null,
        validTo: null,
      },
    ]);
  });

  it('ends the residence on the Shanghai day of a cancellation and deletes nothing', () => {
    const record = mapValue(connector, CANCELLED);
    expect(record.operation).toBe('UPSERT');
    expect(record.versionOrder).toBe(1722417960000);
    expect(record.people).toHaveLength(2);
    expect(record.residences[0]).toEqual({
      personPath: 'person',
      housePath: 'house',
      kind: 'TENANT',
      validFrom: '2024-07-01',
      validTo: '2024-07-31',
    });
    // 2024-07-31T20:00Z is already 1 August in Shanghai.
    const lateEvening = altered(CANCELLED, (v) => (v.updatedAt = Date.parse('2024-07-31T20:00:00Z')));
    expect(mapValue(connector, lateEvening).residences[0].validTo).toBe('2024-08-01');
  });

  it('records a non-rental registration as a floating resident without a landlord', () => {
    const value = altered(ACTIVE, (v) => Object.assign(v.house, { rental: false, landlord: undefined }));
    const record = mapValue(connector, value);
    expect(record.houses[0].use).toBeNull();
    expect(record.people.map((p) => p.path)).toEqual(['person']);
    expect(record.residences).toEqual([
      {
        personPath: 'person',
        housePath: 'house',
        kind: 'FLOATING',
        validFrom: '2024-07-01',
        validTo: '2025-07-01',
      },
    ]);
  });

  it('fails validation on an unknown status or gender, an impossible birth date, or no house region', () => {
    expect(
      failures(
        connector,
        altered(ACTIVE, (v) => (v.status = 'EXPIRED')),
      ),
    ).toEqual(['status']);
    expect(
      failures(
        connector,
        altered(ACTIVE, (v) => (v.person.gender = 'X')),
      ),
    ).toEqual(['person.gender']);
    expect(
      failures(
        connector,
        altered(ACTIVE, (v) => (v.person.birthDate = '19820230')),
      ),
    ).toEqual(['person.birthDate']);
    expect(
      failures(
        connector,
        altered(ACTIVE, (v) => delete v.house.regionCode),
      ),
    ).toEqual(['house.regionCode']);
    expect(
      failures(
        connector,
        altered(ACTIVE, (v) => delete v.registrationId),
      ),
    ).toEqual(['registrationId']);
  });
});
