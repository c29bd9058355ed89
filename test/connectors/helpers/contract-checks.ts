import type { CanonicalRecord } from '../../../connectors/shared/canonical-record';
import type { ConnectorDefinition } from '../../../connectors/shared/define-connector';
import { failures, mapValue, metaOf, samples, truthPaths } from './feed-samples';

/** Every path a fact of the record points at; each must be a mention of the same record. */
function referencedPaths(record: CanonicalRecord): { people: string[]; houses: string[] } {
  const people = [
    ...record.events.flatMap((event) => event.parties.map((party) => party.personPath)),
    ...record.residences.map((residence) => residence.personPath),
    ...record.tags.map((tag) => tag.personPath),
    ...record.households.flatMap((household) => [household.headPath, ...household.members.map((m) => m.personPath)]),
    ...record.organizations.flatMap((org) => (org.legalRepresentativePath ? [org.legalRepresentativePath] : [])),
  ];
  const houses = [
    ...record.events.flatMap((event) => (event.housePath ? [event.housePath] : [])),
    ...record.residences.map((residence) => residence.housePath),
    ...record.households.flatMap((household) => (household.housePath ? [household.housePath] : [])),
    ...record.organizations.flatMap((org) => (org.housePath ? [org.housePath] : [])),
  ];
  return { people, houses };
}

/**
 * The checks every connector must pass on its own samples: each message validates, its key
 * field equals the message key, it maps (twice, to deep-equal records), the mention paths are
 * exactly those truth.json lists for the key, and every fact points at a mention of the record.
 */
export function describeSampleContract(connector: ConnectorDefinition<unknown>): void {
  const messages = samples(connector.topic);

  it('has samples to check', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  it('validates every sample and reads its key from the value', () => {
    for (const message of messages) {
      expect({ key: message.key, failures: failures(connector, message.value) }).toEqual({
        key: message.key,
        failures: null,
      });
      expect(connector.keyOf(connector.schema.parse(message.value))).toBe(message.key);
    }
  });

  it('maps every sample deterministically, with the mention paths truth.json lists', () => {
    for (const message of messages) {
      const record = mapValue(connector, message.value, message.key);
      expect(mapValue(connector, structuredClone(message.value), message.key)).toEqual(record);
      expect(record).toMatchObject({
        topic: connector.topic,
        key: message.key,
        department: connector.department,
      });
      expect(connector.map(connector.schema.parse(message.value), metaOf(connector.topic, message.key))).toEqual(
        record,
      );
      if (record.operation === 'DELETE') continue;
      expect({ key: message.key, paths: record.people.map((p) => p.path).sort() }).toEqual({
        key: message.key,
        paths: truthPaths(connector.topic, message.key),
      });
      const mentioned = {
        people: new Set(record.people.map((p) => p.path)),
        houses: new Set(record.houses.map((h) => h.path)),
      };
      const referenced = referencedPaths(record);
      expect(referenced.people.filter((path) => !mentioned.people.has(path))).toEqual([]);
      expect(referenced.houses.filter((path) => !mentioned.houses.has(path))).toEqual([]);
    }
  });
}
