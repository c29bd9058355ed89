import { FEED_TOPICS, renderFeeds, renderFeedsStream } from '../../src/demo/feeds';
import { normalizeIdentityNumber, normalizePersonName, normalizePhone } from '../../src/identity';
import { defaultCounty, jsonHash } from './county-fixture';
import { mentionsOf } from './feed-contract';

describe('renderFeeds', () => {
  const county = defaultCounty();
  const feeds = renderFeeds(county);
  const people = new Map(county.people.map((person) => [person.key, person]));

  it('gives the same messages and truth for the same county and options, and others for another seed', () => {
    const hash = jsonHash(feeds);
    expect(jsonHash(renderFeeds(county, { seed: 1, noise: 0.3 }))).toBe(hash);
    expect(jsonHash(renderFeeds(county, { seed: 2 }))).not.toBe(hash);
  });

  it('streams the same messages in the same order without collecting them', () => {
    const streamed = renderFeedsStream(county);
    for (const topic of FEED_TOPICS) {
      for (const message of feeds.messages[topic]) expect(streamed.next().value).toEqual({ topic, message });
    }
    expect(streamed.next().done).toBe(true);
  });

  it('maps each kind of record to its topic, one key per record', () => {
    const keys = (topic: (typeof FEED_TOPICS)[number]): number => new Set(feeds.messages[topic].map((m) => m.key)).size;
    const events = (kind: string): number => county.events.filter((event) => event.kind === kind).length;
    expect(keys('dept.petitions.cases')).toBe(events('PETITION'));
    expect(keys('dept.police.incidents')).toBe(events('INCIDENT'));
    expect(keys('dept.justice.mediations')).toBe(events('MEDIATION'));
    expect(keys('dept.police.residents')).toBe(
      county.residences.filter((r) => r.kind === 'TENANT' || r.kind === 'FLOATING').length,
    );
    expect(keys('dept.civil.orgs')).toBe(county.organizations.length);
    expect(keys('dept.justice.supervisees') / county.people.length).toBeGreaterThan(0.003);
    expect(keys('dept.justice.supervisees') / county.people.length).toBeLessThan(0.008);
    const households = county.houses.filter((house) => house.use === 'SELF_OCCUPIED').length;
    expect(keys('dept.civil.assistance') / households).toBeGreaterThan(0.02);
    expect(keys('dept.civil.assistance') / households).toBeLessThan(0.04);
  });

  it('records in the truth map every mention path of every message, and nothing else', () => {
    const expected = new Set<string>();
    for (const topic of FEED_TOPICS) {
      for (const { key, value } of feeds.messages[topic]) {
        for (const mention of mentionsOf(topic, value as Record<string, unknown>))
          expected.add(`${topic}|${key}|${mention.path}`);
      }
    }
    expect(Object.keys(feeds.truth).sort()).toEqual([...expected].sort());
    for (const personKey of Object.values(feeds.truth)) expect(people.has(personKey)).toBe(true);
  });

  it('points every mention at the person it shows, however the clerk typed them', () => {
    const wrong: string[] = [];
    for (const topic of FEED_TOPICS) {
      for (const { key, value } of feeds.messages[topic]) {
        for (const mention of mentionsOf(topic, value as Record<string, unknown>)) {
          const person = people.get(feeds.truth[`${topic}|${key}|${mention.path}`])!;
          const id = mention.id === undefined ? undefined : normalizeIdentityNumber(mention.id)?.value;
          const phone = mention.phone === undefined ? undefined : normalizePhone(mention.phone)?.value;
          if (
            (id !== undefined && id !== person.identityNumber) ||
            normalizePersonName(mention.name)?.key !== normalizePersonName(person.name)?.key ||
            (phone !== undefined && !person.phones.includes(phone))
          ) {
            wrong.push(`${topic}|${key}|${mention.path}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('ties petitioners, parties and applicants to the parties of their event, in order', () => {
    const events = county.events.filter((event) => event.kind === 'PETITION');
    const firstVersions = new Map(feeds.messages['dept.petitions.cases'].map((m) => [m.key, m]));
    expect(firstVersions.size).toBe(events.length);
    [...firstVersions.keys()].forEach((key, i) => {
      events[i].parties.forEach((party, p) =>
        expect(feeds.truth[`dept.petitions.cases|${key}|XFRS[${p}]`]).toBe(party.personKey),
      );
    });
  });

  it('rejects a noise outside 0..1 and a seed that is not an integer', () => {
    expect(() => renderFeeds(county, { noise: 1.5 })).toThrow(RangeError);
    expect(() => renderFeeds(county, { noise: Number.NaN })).toThrow(RangeError);
    expect(() => renderFeeds(county, { seed: 0.5 })).toThrow(RangeError);
  });
});
