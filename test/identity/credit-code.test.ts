import { creditCodeCheckCharacter, generateCreditCode, normalizeCreditCode } from '../../src/identity';
import { seededRandom } from './seeded-random';

// A credit code published as an example of the GB 32100 format.
const PUBLISHED = '91350100M000100Y43';
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('creditCodeCheckCharacter', () => {
  it('computes the check character of the published example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('uses 0, not 31, when the weighted sum is a multiple of 31', () => {
    // 5·1 + 1·3 + 3·9 + 7·27 + 1·19 + 3·26 + 2·16 + 6·17 + 7·28 = 651 = 21·31
    expect(creditCodeCheckCharacter('51371326000000007')).toBe('0');
  });

  it('can produce a letter, here Y for 30', () => {
    expect(creditCodeCheckCharacter('51371326000000026')).toBe('Y');
  });

  it('rejects a wrong length, lower case and letters outside the GB 32100 alphabet', () => {
    for (const bad of [
      '91350100M000100Y',
      '91350100M000100Y43',
      '91350100m000100y4',
      '91350100I000100Y4',
      '91350100O000100Y4',
      '91350100Z000100Y4',
      '91350100S000100Y4',
      '91350100V000100Y4',
    ]) {
      expect(() => creditCodeCheckCharacter(bad)).toThrow(RangeError);
    }
  });
});

describe('normalizeCreditCode', () => {
  it('accepts the published example', () => {
    expect(normalizeCreditCode(PUBLISHED)).toEqual({ value: PUBLISHED, valid: true });
  });

  it('returns null for missing or blank input', () => {
    for (const blank of [null, undefined, '', '  ', '\u3000']) expect(normalizeCreditCode(blank)).toBeNull();
  });

  it('cleans spaces, full-width characters and lower case', () => {
    for (const typed of [
      '91350100m000100y43',
      ' 9135 0100 M000 100Y 43 ',
      '９１３５０１００Ｍ０００１００Ｙ４３',
      '９１３５０１００ｍ０００１００ｙ４３\u3000',
    ]) {
      expect(normalizeCreditCode(typed)).toEqual({ value: PUBLISHED, valid: true });
    }
  });

  it('keeps a code with a wrong check character but marks it invalid', () => {
    expect(normalizeCreditCode('91350100M000100Y44')).toEqual({
      value: '91350100M000100Y44',
      valid: false,
    });
  });

  it('marks a letter O typed for a zero invalid instead of guessing', () => {
    expect(normalizeCreditCode('91350100MOOO100Y43')).toEqual({
      value: '91350100MOOO100Y43',
      valid: false,
    });
  });

  it('marks wrong lengths and foreign characters invalid', () => {
    for (const bad of ['91350100M000100Y4', '91350100M000100Y433', '91350100-M000100Y43', '不详']) {
      expect(normalizeCreditCode(bad)?.valid).toBe(false);
    }
  });
});

describe('generateCreditCode', () => {
  it('lays out department, kind, area code and organisation code', () => {
    const code = generateCreditCode({
      registrationDept: '5',
      orgKind: '1',
      divisionCode: '371326',
      serial: 0,
    });
    // Organisation code 00000000 has GB 11714 check 0 (11 - 0 = 11 → 0).
    expect(code).toBe(`51371326000000000${creditCodeCheckCharacter('51371326000000000')}`);
  });

  it('gives the embedded organisation code its GB 11714 check character', () => {
    // 00000001: weighted sum 1·2 = 2, 11 - 2 = 9.  00000005: 5·2 = 10, 11 - 10 = 1.  00000006: 12 mod 11 = 1, 11 - 1 = 10 → X.
    const orgCode = (serial: number): string =>
      generateCreditCode({
        registrationDept: '5',
        orgKind: '2',
        divisionCode: '371326',
        serial,
      }).slice(8, 17);
    expect(orgCode(1)).toBe('000000019');
    expect(orgCode(5)).toBe('000000051');
    expect(orgCode(6)).toBe('00000006X');
  });

  it('rejects inputs that cannot make a valid code', () => {
    const good = { registrationDept: '5', orgKind: '1', divisionCode: '371326', serial: 1 };
    const bad = [
      { ...good, registrationDept: '' },
      { ...good, registrationDept: '51' },
      { ...good, orgKind: 'I' },
      { ...good, orgKind: 'a' },
      { ...good, divisionCode: '37132' },
      { ...good, serial: -1 },
      { ...good, serial: 100_000_000 },
      { ...good, serial: 2.5 },
    ];
    for (const input of bad) expect(() => generateCreditCode(input)).toThrow(RangeError);
  });
});

describe('generated codes (property)', () => {
  const random = seededRandom(32100);
  const codes = Array.from({ length: 2000 }, () =>
    generateCreditCode({
      registrationDept: ALPHABET[1 + random(30)],
      orgKind: ALPHABET[1 + random(30)],
      divisionCode: String(110000 + random(540000)),
      serial: random(100_000_000),
    }),
  );

  it('validates every generated code', () => {
    for (const value of codes) expect(normalizeCreditCode(value)).toEqual({ value, valid: true });
  });

  it('invalidates a generated code when any one character changes to another of the alphabet', () => {
    for (const value of codes) {
      for (let i = 0; i < 18; i += 1) {
        for (const replacement of ALPHABET) {
          if (replacement === value[i]) continue;
          const changed = value.slice(0, i) + replacement + value.slice(i + 1);
          if (normalizeCreditCode(changed)?.valid) throw new Error(`${changed} validates (from ${value})`);
        }
      }
    }
  });
});
