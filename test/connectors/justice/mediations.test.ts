import { justiceMediationsConnector as connector } from '../../../connectors/justice/mediations.connector';
import { describeSampleContract } from '../helpers/contract-checks';
import { altered, failures, mapValue, sample, samples } from '../helpers/feed-samples';

const TOPIC = 'dept.justice.mediations';
const OPENED = sample(TOPIC, 'TJ2024-371326-00000', (v) => v.czlx === 'I').value;
const FINISHED = sample(TOPIC, 'TJ2024-371326-00000', (v) => v.czlx === 'U').value;

describe('dept.justice.mediations samples', () => describeSampleContract(connector));

describe('mediations mapper', () => {
  it('maps a case to a MEDIATION event with applicant and respondent, and no version', () => {
    const record = mapValue(connector, OPENED);
    expect(record).toMatchObject({ operation: 'UPSERT', version: null, versionOrder: null });
    expect(record.observedAt).toEqual(new Date('2024-04-15T16:00:00Z'));
    const [event] = record.events;
    expect(event).toMatchObject({
      kind: 'MEDIATION',
      category: '婚姻家庭',
      status: 'IN_PROGRESS',
      regionCode: '371326010002',
    });
    expect(event.reportedAt).toEqual(new Date('2024-04-15T16:00:00Z'));
    expect(event.parties).toEqual([
      { personPath: 'dsr[0]', role: 'APPLICANT' },
      { personPath: 'dsr[1]', role: 'RESPONDENT' },
    ]);
    expect(event.details).toEqual({
      committee: '人民调解委员会',
      outcome: '正在调解',
      acceptedOn: '2024-04-16',
      closedOn: null,
    });
  });

  it('keeps the outcome and dates of a finished case; failed or stopped ones are closed, not resolved', () => {
    expect(mapValue(connector, FINISHED).events[0]).toMatchObject({
      status: 'RESOLVED',
      details: { outcome: '调解成功', acceptedOn: '2024-04-16', closedOn: '2024-04-28' },
    });
    for (const outcome of ['调解不成功', '终止调解']) {
      const [event] = mapValue(
        connector,
        altered(FINISHED, (v) => (v.tjjg = outcome)),
      ).events;
      expect([event.status, event.details.outcome]).toEqual(['CLOSED', outcome]);
    }
  });

  it('maps the sample delete, which carries only the key, to a DELETE asserting nothing', () => {
    const deletes = samples(TOPIC).filter((m) => m.value.czlx === 'D');
    expect(deletes.map((m) => m.value)).toEqual([{ ajbh: 'TJ2024-371326-00053', czlx: 'D' }]);
    const record = mapValue(connector, deletes[0].value, deletes[0].key);
    expect(record).toMatchObject({
      operation: 'DELETE',
      key: 'TJ2024-371326-00053',
      version: null,
      versionOrder: null,
    });
    for (const facts of [
      record.people,
      record.houses,
      record.organizations,
      record.events,
      record.residences,
      record.tags,
      record.households,
    ]) {
      expect(facts).toEqual([]);
    }
  });

  it('fails validation on an unknown operation, role or outcome, a missing key or a bad date', () => {
    expect(failures(connector, { ajbh: 'TJ2024-371326-00053', czlx: 'X' })).toEqual(['czlx']);
    expect(failures(connector, { czlx: 'D' })).toEqual(['ajbh']);
    expect(
      failures(
        connector,
        altered(OPENED, (v) => (v.dsr[1].js = '第三人')),
      ),
    ).toEqual(['dsr.1.js']);
    expect(
      failures(
        connector,
        altered(OPENED, (v) => (v.tjjg = '调解中止')),
      ),
    ).toEqual(['tjjg']);
    expect(
      failures(
        connector,
        altered(OPENED, (v) => delete v.ajbh),
      ),
    ).toEqual(['ajbh']);
    expect(
      failures(
        connector,
        altered(OPENED, (v) => (v.slrq = '2024-04-16')),
      ),
    ).toEqual(['slrq']);
  });
});
