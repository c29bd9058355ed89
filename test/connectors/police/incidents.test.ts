import { policeIncidentsConnector as connector } from '../../../connectors/police/incidents.connector';
import { generateIdentityNumber } from '../../../src/identity';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample } from '../helpers/feed-samples';

const TOPIC = 'dept.police.incidents';
const BASE = sample(TOPIC, 'J37132620240000001').value;

/** A generated number whose check character is X, to type it with a lower-case x. */
function numberEndingInX(): string {
  for (let sequence = 1; ; sequence += 1) {
    const id = generateIdentityNumber({
      divisionCode: '371326',
      birthDate: '1988-06-01',
      sequence,
    });
    if (id.endsWith('X')) return id;
  }
}

describe('dept.police.incidents samples', () => describeSampleContract(connector));

describe('police incidents mapper', () => {
  it('maps an incident to an INCIDENT event at its house, with persons in their roles', () => {
    const x = numberEndingInX();
    const persons = [
      { name: '刘子涵', phone: '185-4659-2551', role: 'REPORTER' },
      { name: '王芳', idNumber: x.toLowerCase(), role: 'VICTIM' },
      { name: '李强', role: 'SUSPECT' },
      { name: '赵敏', role: 'PARTY' },
    ];
    const value = altered(BASE, (v) =>
      Object.assign(v, { persons, location: { ...v.location, lng: 117.6, lat: 35.5 } }),
    );
    const record = mapValue(connector, value);
    expect(record).toMatchObject({ version: '1706307840000', versionOrder: 1706307840000 });
    expect(record.houses).toEqual([
      {
        path: 'location',
        address: '山东省临沂市平邑县仲村镇杏园村46号',
        regionCode: '371326002002',
        use: null,
        lat: 35.5,
        lng: 117.6,
      },
    ]);
    expect(record.people[0].phones).toEqual(['18546592551']);
    expect(record.people[1].identityNumber).toEqual({ value: x, valid: true, legacy: false });
    const [event] = record.events;
    expect(event).toMatchObject({
      kind: 'INCIDENT',
      category: '纠纷',
      status: 'RESOLVED',
      housePath: 'location',
      regionCode: '371326002002',
    });
    expect(event.reportedAt).toEqual(new Date(1706307840000));
    expect(event.parties.map((p) => p.role)).toEqual(['REPORTER', 'VICTIM', 'SUSPECT', 'PARTY']);
    expect(event.details).toEqual({ kind: 'CASE', caseType: '治安', disposition: '已处置' });
  });

  it('maps OPEN to IN_PROGRESS and makes no house of a location that names only a village', () => {
    const value = altered(BASE, (v) =>
      Object.assign(v, {
        status: 'OPEN',
        location: { address: '山东省临沂市平邑县仲村镇杏园村', regionCode: '371326002002' },
      }),
    );
    const record = mapValue(connector, value);
    expect(record.houses).toEqual([]);
    expect(record.events[0]).toMatchObject({
      status: 'IN_PROGRESS',
      housePath: null,
      regionCode: '371326002002',
    });
  });

  it('fails validation on an unknown kind, role, status or case type, or a missing key', () => {
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.kind = 'CALL')),
      ),
    ).toEqual(['kind']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.persons[0].role = 'WITNESS')),
      ),
    ).toEqual(['persons.0.role']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.status = 'PENDING')),
      ),
    ).toEqual(['status']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.caseType = '民事')),
      ),
    ).toEqual(['caseType']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => delete v.incidentId),
      ),
    ).toEqual(['incidentId']);
    expect(
      failures(
        connector,
        altered(BASE, (v) => (v.updatedAt = '2024-01-01')),
      ),
    ).toEqual(['updatedAt']);
  });
});
