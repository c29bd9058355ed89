import type { PersonMention } from '../../connectors/shared/canonical-record';
import { identityNumberIndex, phoneIndex, revealIdentityNumber, revealPhone } from '../../src/access/protect';
import { sealedMention } from '../../src/access/sealed-mention';
import { identityCheckCharacter } from '../../src/identity/identity-number';
import { mentionFeatures } from '../../src/resolution/features';
import { useTestKeyring } from '../connectors/shared/test-keyring';

beforeAll(useTestKeyring);

// Generated values: an invented number made valid by its GB 11643 check character, unassigned phones.
const NUMBER = ((first17) => first17 + identityCheckCharacter(first17))('43990119870215735');
const mention = (): PersonMention => ({
  path: 'persons[0]',
  name: '张三',
  identityNumber: { value: NUMBER, valid: true, legacy: false },
  phones: ['13800000001', '13800000002'],
  gender: null,
  birthDate: null,
  address: null,
  regionCode: null,
});

describe('sealedMention', () => {
  it('seals a mention once: every writer asking for it gets the same envelopes', () => {
    const m = mention();
    const first = sealedMention(m);
    expect(sealedMention(m)).toBe(first);
    // Another mention of the same values is sealed afresh (a new nonce): envelopes are per mention.
    expect(sealedMention(mention()).number!.sealed).not.toBe(first.number!.sealed);
  });

  it('opens to the mention values and indexes them as protect does', () => {
    const m = mention();
    const { number, phones } = sealedMention(m);
    expect(revealIdentityNumber(number!.sealed)).toBe(NUMBER);
    expect(number!.index).toBe(identityNumberIndex(NUMBER));
    expect(phones!.sealed.map(revealPhone)).toEqual(m.phones);
    expect(phones!.indexes).toEqual(m.phones.map(phoneIndex));
    expect(mentionFeatures(m).phones).toEqual([...m.phones.map(phoneIndex)].sort());
  });

  it('has nothing to seal for a mention without a number or phones', () => {
    expect(sealedMention({ ...mention(), identityNumber: null, phones: [] })).toEqual({ number: null, phones: null });
  });
});
