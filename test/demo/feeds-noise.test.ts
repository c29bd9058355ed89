import { FEED_TOPICS, renderFeeds } from '../../src/demo/feeds';
import { DemoPerson } from '../../src/demo/demo.types';
import { defaultCounty } from './county-fixture';
import { MentionView, mentionsOf } from './feed-contract';

const county = defaultCounty();
const people = new Map(county.people.map((person) => [person.key, person]));

/** Every mention of a rendering with the person it really is. */
function mentionsWithPeople(noise: number): { mention: MentionView; person: DemoPerson }[] {
  const feeds = renderFeeds(county, { noise });
  return FEED_TOPICS.flatMap((topic) =>
    feeds.messages[topic].flatMap(({ key, value }) =>
      mentionsOf(topic, value as Record<string, unknown>).map((mention) => ({
        mention,
        person: people.get(feeds.truth[`${topic}|${key}|${mention.path}`])!,
      })),
    ),
  );
}

function isClean({ mention, person }: { mention: MentionView; person: DemoPerson }): boolean {
  return (
    mention.name === person.name &&
    mention.id === person.identityNumber &&
    (mention.phone === undefined || person.phones.includes(mention.phone))
  );
}

describe('quirks in rendered person mentions', () => {
  const noisy = mentionsWithPeople(0.3);

  it('gives about the share of mentions asked for one quirk of the contract', () => {
    const quirked = noisy.filter((m) => !isClean(m)).length / noisy.length;
    expect(quirked).toBeGreaterThan(0.25);
    expect(quirked).toBeLessThan(0.35);
  });

  it('shows every quirk the contract lists', () => {
    const ids = noisy.map(({ mention }) => mention.id ?? '');
    const phones = noisy.map(({ mention }) => mention.phone ?? '');
    expect(ids.some((id) => /^\d{15}$/.test(id))).toBe(true);
    expect(ids.some((id) => /^\d{17}x$/.test(id))).toBe(true);
    expect(ids.some((id) => /[０-９]/.test(id))).toBe(true);
    expect(ids.some((id) => /^\d{6} \d{8} \d{3}[\dX]$/.test(id))).toBe(true);
    expect(noisy.some(({ mention }) => mention.id === undefined)).toBe(true);
    expect(phones.some((phone) => /^\+86 1\d{10}$/.test(phone))).toBe(true);
    expect(phones.some((phone) => /^1\d{2}-\d{4}-\d{4}$/.test(phone))).toBe(true);
    expect(noisy.some(({ mention }) => /^ \S+ $/.test(mention.name))).toBe(true);
    const minority = noisy.filter(({ person }) => person.name.includes('·'));
    expect(minority.some(({ mention }) => !mention.name.includes('·'))).toBe(true);
  });

  it('gives a legacy 15-digit id only to people born in the 1900s', () => {
    for (const { mention, person } of noisy) {
      if (mention.id !== undefined && /^\d{15}$/.test(mention.id)) expect(person.birthDate.startsWith('19')).toBe(true);
    }
  });

  it('renders every mention clean without noise, and every one quirked with noise 1', () => {
    expect(mentionsWithPeople(0).filter((m) => !isClean(m))).toEqual([]);
    const all = mentionsWithPeople(1);
    // The head of an assistance household is typed once, with the phone, and listed again as
    // member 0 without one, so a phone quirk of the head leaves member 0 looking clean.
    expect(all.filter((m) => m.mention.path !== '成员[0]' && isClean(m))).toEqual([]);
  });
});
