import { connectorFor } from '../../connectors';
import { generateDemoCounty } from '../../src/demo/county';
import { FEED_TOPICS, renderFeeds } from '../../src/demo/feeds';
import { failures, mapValue } from './helpers/feed-samples';

/**
 * The demo county is ingested through the connectors, so every message its renderer makes —
 * with every quirk at full noise — must validate, map, and carry the mention paths its truth map
 * lists. A renderer and a schema drifting apart fail here, not in a dead-letter topic.
 */
describe('demo county feeds through the connectors', () => {
  const { messages, truth } = renderFeeds(generateDemoCounty({ seed: 3, people: 3000 }), {
    seed: 5,
    noise: 1,
  });

  const truthPaths = new Map<string, string[]>();
  for (const mention of Object.keys(truth)) {
    const record = mention.slice(0, mention.lastIndexOf('|'));
    truthPaths.set(record, [...(truthPaths.get(record) ?? []), mention.slice(record.length + 1)]);
  }

  it.each([...FEED_TOPICS])('validates and maps every %s message', (topic) => {
    const connector = connectorFor(topic)!;
    expect(messages[topic].length).toBeGreaterThan(0);
    for (const { key, value } of messages[topic]) {
      expect({ key, failures: failures(connector, value) }).toEqual({ key, failures: null });
      const record = mapValue(connector, value, key);
      if (record.operation === 'DELETE') continue;
      expect(record.people.map((p) => p.path).sort()).toEqual((truthPaths.get(`${topic}|${key}`) ?? []).sort());
    }
  });
});
