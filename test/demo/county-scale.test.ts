import { generateDemoCounty } from '../../src/demo/county';
import { DemoCounty } from '../../src/demo/demo.types';
import { FeedTopic, renderFeedsStream } from '../../src/demo/feeds';
import { isValidIdentityNumber } from '../../src/identity';

// Benchmarks need counties of a million; the time is logged for them, only correctness asserted.
const PEOPLE = 1_000_000;

describe('a county of a million people', () => {
  let county: DemoCounty;

  beforeAll(() => {
    const started = Date.now();
    county = generateDemoCounty({ seed: 7, people: PEOPLE });
    const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
    console.log(`generated ${PEOPLE} people in ${Date.now() - started} ms (heap ${heap} MB)`);
  }, 300_000);

  it('has every person, in proportion houses, organisations and events', () => {
    expect(county.people).toHaveLength(PEOPLE);
    expect(county.houses.length).toBeGreaterThan((PEOPLE / 2.5) * 0.9);
    expect(county.houses.length).toBeLessThan((PEOPLE / 2.5) * 1.1);
    expect(county.organizations).toHaveLength(PEOPLE / 100);
    expect(county.events).toHaveLength(PEOPLE / 4);
  });

  it('still gives everyone a valid identity number of their own', () => {
    const seen = new Set<string>();
    let invalid = 0;
    for (const person of county.people) {
      if (!isValidIdentityNumber(person.identityNumber)) invalid += 1;
      seen.add(person.identityNumber);
    }
    expect(invalid).toBe(0);
    expect(seen.size).toBe(PEOPLE);
  });

  it('streams its department feeds one message at a time', () => {
    const started = Date.now();
    const counts: Partial<Record<FeedTopic, number>> = {};
    for (const { topic, message } of renderFeedsStream(county)) {
      counts[topic] = (counts[topic] ?? 0) + 1;
      if (typeof message.key !== 'string') throw new Error(`message without a key in ${topic}`);
    }
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`streamed ${total} feed messages in ${Date.now() - started} ms`, counts);
    expect(total).toBeGreaterThan(200_000);
    expect(counts['dept.civil.orgs']).toBe(PEOPLE / 100);
  }, 300_000);
});
