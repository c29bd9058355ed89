import { justiceSuperviseesConnector as connector } from '../../../connectors/justice/supervisees.connector';
import { describeSampleContract } from '../helpers/contract-checks';
import { RECEIVED_AT, altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.justice.supervisees';
const RELEASED = sample(TOPIC, 'JZ37132600000').value;

describe('dept.justice.supervisees samples', () => describeSampleContract(connector));

describe('supervisees mapper', () => {
  it('maps a supervised person to the mention $ and a sensitive tag with its period', () => {
    const record = mapValue(connector, RELEASED);
    expect(record).toMatchObject({ version: null, versionOrder: null, observedAt: RECEIVED_AT });
    expect(record.people).toEqual([
      {
        path: '$',
        name: '武涛',
        identityNumber: { value: '371326198708058242', valid: true, legacy: false },
        phones: [],
        gender: 'FEMALE',
        birthDate: '1987-08-05',
        address: '山东省临沂市平邑县温水镇白马村141号',
        regionCode: '371326009003',
      },
    ]);
    expect(record.tags).toEqual([
      {
        personPath: '$',
        kind: 'RELEASED_AFTER_SENTENCE',
        sensitive: true,
        validFrom: '2024-03-22',
        validTo: '2025-03-22',
        active: true,
        details: { state: '在矫' },
      },
    ]);
  });

  it('tags community correction, and marks an ended supervision inactive', () => {
    const value = altered(RELEASED, (v) => Object.assign(v, { rylx: '社区矫正', zt: '解矫' }));
    expect(mapValue(connector, value).tags[0]).toMatchObject({
      kind: 'COMMUNITY_CORRECTION',
      sensitive: true,
      active: false,
    });
  });

  it('maps czlx D, carrying only the key, to a DELETE asserting nothing', () => {
    const record = mapValue(connector, { rybh: 'JZ37132600000', czlx: 'D' });
    expect(record).toMatchObject({
      operation: 'DELETE',
      key: 'JZ37132600000',
      people: [],
      tags: [],
    });
  });

  it('fails validation on an unknown kind, state, gender or operation, or a missing key', () => {
    expect(
      failures(
        connector,
        altered(RELEASED, (v) => (v.rylx = '取保候审')),
      ),
    ).toEqual(['rylx']);
    expect(
      failures(
        connector,
        altered(RELEASED, (v) => (v.zt = '脱管')),
      ),
    ).toEqual(['zt']);
    expect(
      failures(
        connector,
        altered(RELEASED, (v) => (v.xb = '未知')),
      ),
    ).toEqual(['xb']);
    expect(
      failures(
        connector,
        altered(RELEASED, (v) => (v.czlx = 'R')),
      ),
    ).toEqual(['czlx']);
    expect(
      failures(
        connector,
        altered(RELEASED, (v) => delete v.rybh),
      ),
    ).toEqual(['rybh']);
  });
});
