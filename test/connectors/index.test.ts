import { CONNECTORS, connectorFor } from '../../connectors';

const TOPICS = [
  'dept.petitions.cases',
  'dept.police.incidents',
  'dept.police.residents',
  'dept.justice.mediations',
  'dept.justice.supervisees',
  'dept.civil.assistance',
  'dept.civil.orgs',
];

describe('connector registry', () => {
  it('has one connector for each of the seven contract topics', () => {
    expect(CONNECTORS.map((c) => c.topic).sort()).toEqual([...TOPICS].sort());
    for (const topic of TOPICS) expect(connectorFor(topic)?.topic).toBe(topic);
  });

  it('has no connector for a topic outside the contract, nor for a dead-letter topic', () => {
    expect(connectorFor('dept.petitions.cases.dlq')).toBeUndefined();
    expect(connectorFor('dept.health.records')).toBeUndefined();
  });
});
