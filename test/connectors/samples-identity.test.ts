import { CONNECTORS } from '../../connectors';
import { mapValue, samples, truth } from './helpers/feed-samples';

/** Every person mention of every sample with the truth about who it is. */
function mentionsWithTruth() {
  const { mentions, persons } = truth();
  const personOf = new Map(mentions.map((m) => [`${m.topic}|${m.key}|${m.path}`, persons[m.person]]));
  return CONNECTORS.flatMap((connector) =>
    samples(connector.topic).flatMap((message) =>
      mapValue(connector, message.value, message.key).people.map((mention) => ({
        raw: message.value,
        mention,
        real: personOf.get(`${connector.topic}|${message.key}|${mention.path}`)!,
      })),
    ),
  );
}

describe('sample identities against truth.json', () => {
  const all = mentionsWithTruth();

  it('normalises every sample name to the real person’s name', () => {
    expect(all.filter(({ mention, real }) => mention.name !== real.name).map(({ mention }) => mention.name)).toEqual(
      [],
    );
  });

  it('normalises every usable identity number to the real person’s number, 15-digit ones included', () => {
    const usable = all.filter(({ mention }) => mention.identityNumber?.valid);
    expect(usable.filter(({ mention, real }) => mention.identityNumber!.value !== real.id)).toEqual([]);
    expect(usable.filter(({ mention }) => mention.identityNumber!.legacy).length).toBeGreaterThan(10);
  });

  it('never keys on a 15-digit number whose century is in doubt', () => {
    // The samples type some people born in the 2000s in the 15-digit form; GB 11643's `19`
    // would make them valid numbers of people born in 1901–1903, who are somebody else.
    const doubtful = all.filter(({ mention }) => mention.identityNumber?.legacy && !mention.identityNumber.valid);
    expect(doubtful.length).toBeGreaterThan(0);
    for (const { mention, real } of doubtful) {
      expect(mention.identityNumber!.problem).toBe('BIRTH_DATE');
      expect(real.id.slice(6, 8)).toBe('20');
      expect(mention.identityNumber!.value.slice(6, 8)).toBe('19');
    }
  });

  it('leaves a missing number missing rather than inventing one', () => {
    expect(all.filter(({ mention }) => mention.identityNumber === null).length).toBeGreaterThan(50);
  });
});
