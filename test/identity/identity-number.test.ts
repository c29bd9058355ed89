import {
  generateIdentityNumber,
  identityCheckCharacter,
  isValidIdentityNumber,
  maskIdentityNumber,
  normalizeIdentityNumber,
  parseIdentityNumber,
} from '../../src/identity';
import { seededRandom } from './seeded-random';

// The example in GB 11643-1999 itself, and its pre-1999 15-digit form.
const GB_EXAMPLE = '11010519491231002X';
const GB_EXAMPLE_LEGACY = '110105491231002';
// Widely published as an example; its check character is right but its birth year is 1880.
const PUBLISHED_1880 = '440524188001010014';

const withCheck = (first17: string): string => first17 + identityCheckCharacter(first17);

afterEach(() => jest.restoreAllMocks());

describe('identityCheckCharacter', () => {
  it('computes the check characters of the published examples', () => {
    expect(identityCheckCharacter('11010519491231002')).toBe('X');
    expect(identityCheckCharacter('44052418800101001')).toBe('4');
  });

  it('rejects anything but 17 ASCII digits', () => {
    for (const bad of [
      '1101051949123100',
      '110105194912310021',
      '1101051949123100X',
      '１１０１０５１９４９１２３１００２',
    ]) {
      expect(() => identityCheckCharacter(bad)).toThrow(RangeError);
    }
  });
});

describe('normalizeIdentityNumber', () => {
  it('accepts the GB 11643 example as valid and not legacy', () => {
    expect(normalizeIdentityNumber(GB_EXAMPLE)).toEqual({
      value: GB_EXAMPLE,
      valid: true,
      legacy: false,
    });
  });

  it('returns null for missing or blank input', () => {
    for (const blank of [null, undefined, '', '   ', '\t\n', '\u3000']) {
      expect(normalizeIdentityNumber(blank)).toBeNull();
    }
  });

  it('upper-cases a trailing lower-case x', () => {
    expect(normalizeIdentityNumber('11010519491231002x')).toEqual({
      value: GB_EXAMPLE,
      valid: true,
      legacy: false,
    });
  });

  it('removes spaces, tabs, full-width spaces and zero-width characters anywhere', () => {
    for (const typed of [' 110105 19491231 002X ', '110105\t1949 1231\u3000002x', '1101051949\u200b1231002X\n']) {
      expect(normalizeIdentityNumber(typed)?.value).toBe(GB_EXAMPLE);
    }
  });

  it('reads full-width digits and a full-width X or x', () => {
    expect(normalizeIdentityNumber('１１０１０５１９４９１２３１００２Ｘ')?.value).toBe(GB_EXAMPLE);
    expect(normalizeIdentityNumber('１１０１０５ １９４９１２３１ ００２ｘ')).toEqual({
      value: GB_EXAMPLE,
      valid: true,
      legacy: false,
    });
  });

  it('converts the legacy 15-digit form by inserting 19 and computing the check character', () => {
    expect(normalizeIdentityNumber(GB_EXAMPLE_LEGACY)).toEqual({
      value: GB_EXAMPLE,
      valid: true,
      legacy: true,
    });
    expect(normalizeIdentityNumber('１１０１０５ ４９１２３１ ００２')?.value).toBe(GB_EXAMPLE);
  });

  it('flags a legacy number whose birth date does not exist', () => {
    expect(normalizeIdentityNumber('110105491331002')).toMatchObject({
      valid: false,
      legacy: true,
      problem: 'BIRTH_DATE',
    });
  });

  it('keeps a number with a wrong check character but marks it invalid', () => {
    const typo = '110105194912310021';
    expect(normalizeIdentityNumber(typo)).toEqual({
      value: typo,
      valid: false,
      legacy: false,
      problem: 'CHECK_CHARACTER',
    });
  });

  it('reports a digit typo inside the number as a check character problem', () => {
    expect(normalizeIdentityNumber('11010519491231012X')?.problem).toBe('CHECK_CHARACTER');
  });

  it('rejects the published 1880 example for its birth date, though its check character is right', () => {
    expect(normalizeIdentityNumber(PUBLISHED_1880)).toEqual({
      value: PUBLISHED_1880,
      valid: false,
      legacy: false,
      problem: 'BIRTH_DATE',
    });
  });

  it('rejects birth dates that are not calendar days', () => {
    for (const date of ['19490230', '19491301', '19490001', '19490100', '19000229', '20230229']) {
      expect(normalizeIdentityNumber(withCheck(`110105${date}002`))?.problem).toBe('BIRTH_DATE');
    }
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(normalizeIdentityNumber(withCheck('11010520000229002'))?.valid).toBe(true);
    expect(normalizeIdentityNumber(withCheck('11010519960229002'))?.valid).toBe(true);
  });

  it('accepts 1900-01-01 and rejects the day before', () => {
    expect(normalizeIdentityNumber(withCheck('11010519000101002'))?.valid).toBe(true);
    expect(normalizeIdentityNumber(withCheck('11010518991231002'))?.problem).toBe('BIRTH_DATE');
  });

  it('judges a future birth date by the day in Asia/Shanghai', () => {
    // 16:30 UTC on 31 May is already 00:30 on 1 June in Shanghai.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2024-05-31T16:30:00Z'));
    expect(normalizeIdentityNumber(withCheck('37132620240601002'))?.valid).toBe(true);
    expect(normalizeIdentityNumber(withCheck('37132620240602002'))?.problem).toBe('BIRTH_DATE');
  });

  it('reports a wrong length and keeps the cleaned input', () => {
    expect(normalizeIdentityNumber('11010519491231002')).toEqual({
      value: '11010519491231002',
      valid: false,
      legacy: false,
      problem: 'LENGTH',
    });
    expect(normalizeIdentityNumber('1101 0519 4912 3100 2X1')).toEqual({
      value: '11010519491231002X1',
      valid: false,
      legacy: false,
      problem: 'LENGTH',
    });
    expect(normalizeIdentityNumber('不详')?.problem).toBe('LENGTH');
  });

  it('reports characters that cannot appear in a number', () => {
    for (const bad of [
      '1101051949123100XX',
      '11010519491231-02X',
      '1101051949X231002X',
      '11010549123100X',
      'ABCDEFGHIJKLMNO',
    ]) {
      expect(normalizeIdentityNumber(bad)).toMatchObject({
        valid: false,
        legacy: false,
        problem: 'CHARACTERS',
      });
    }
  });
});

describe('isValidIdentityNumber', () => {
  it('accepts only the normalized 18-character form', () => {
    expect(isValidIdentityNumber(GB_EXAMPLE)).toBe(true);
    expect(isValidIdentityNumber('11010519491231002x')).toBe(false);
    expect(isValidIdentityNumber(` ${GB_EXAMPLE}`)).toBe(false);
    expect(isValidIdentityNumber(GB_EXAMPLE_LEGACY)).toBe(false);
    expect(isValidIdentityNumber('')).toBe(false);
  });
});

describe('parseIdentityNumber', () => {
  it('reads area code, birth date and sex from the GB 11643 example', () => {
    expect(parseIdentityNumber(GB_EXAMPLE)).toEqual({
      divisionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
  });

  it('reads an odd 17th digit as male', () => {
    expect(parseIdentityNumber(withCheck('37132619900101013')).sex).toBe('MALE');
  });

  it('throws on an invalid number without echoing it', () => {
    expect(() => parseIdentityNumber('110105194912310021')).toThrow(RangeError);
    expect(() => parseIdentityNumber('110105194912310021')).not.toThrow(/110105/);
    expect(() => parseIdentityNumber(GB_EXAMPLE_LEGACY)).toThrow(RangeError);
  });
});

describe('generateIdentityNumber', () => {
  it('builds the GB 11643 example from its parts', () => {
    expect(generateIdentityNumber({ divisionCode: '110105', birthDate: '1949-12-31', sequence: 2 })).toBe(GB_EXAMPLE);
  });

  it('takes the sex from the parity of the sequence', () => {
    const male = generateIdentityNumber({
      divisionCode: '371326',
      birthDate: '1990-01-01',
      sequence: 451,
    });
    const female = generateIdentityNumber({
      divisionCode: '371326',
      birthDate: '1990-01-01',
      sequence: 450,
    });
    expect(parseIdentityNumber(male).sex).toBe('MALE');
    expect(parseIdentityNumber(female).sex).toBe('FEMALE');
  });

  it('rejects inputs that cannot make a valid number', () => {
    const good = { divisionCode: '371326', birthDate: '1990-01-01', sequence: 1 };
    const bad = [
      { ...good, divisionCode: '37132' },
      { ...good, divisionCode: '37132A' },
      { ...good, birthDate: '19900101' },
      { ...good, birthDate: '1990-02-30' },
      { ...good, birthDate: '1899-12-31' },
      { ...good, birthDate: '2999-01-01' },
      { ...good, sequence: -1 },
      { ...good, sequence: 1000 },
      { ...good, sequence: 1.5 },
    ];
    for (const input of bad) expect(() => generateIdentityNumber(input)).toThrow(RangeError);
  });
});

describe('maskIdentityNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdentityNumber(GB_EXAMPLE)).toBe('110105********002X');
  });

  it('masks a 15-digit number the same way', () => {
    expect(maskIdentityNumber(GB_EXAMPLE_LEGACY)).toBe('110105*****1002');
  });

  it('shows at most a quarter at each end of a short string', () => {
    expect(maskIdentityNumber('')).toBe('');
    expect(maskIdentityNumber('123')).toBe('***');
    expect(maskIdentityNumber('12345678')).toBe('12****78');
    expect(maskIdentityNumber('１２３４５６７８')).toBe('１２****７８');
  });

  it('never shows more than 10 characters, nor the whole of any string', () => {
    for (let length = 1; length <= 30; length += 1) {
      const masked = maskIdentityNumber('7'.repeat(length));
      const shown = masked.replace(/\*/g, '').length;
      expect(masked).toHaveLength(length);
      expect(shown).toBeLessThanOrEqual(Math.min(10, length - 1));
    }
  });
});

describe('generated numbers (property)', () => {
  const random = seededRandom(11643);
  const firstDay = Date.UTC(1900, 0, 1);
  const days = (Date.UTC(2020, 11, 31) - firstDay) / 86_400_000;
  const samples = Array.from({ length: 3000 }, () => {
    const divisionCode = random(2) === 0 ? '371326' : String(110000 + random(540000));
    const birthDate = new Date(firstDay + random(days + 1) * 86_400_000).toISOString().slice(0, 10);
    const sequence = random(1000);
    return {
      input: { divisionCode, birthDate, sequence },
      value: generateIdentityNumber({ divisionCode, birthDate, sequence }),
    };
  });

  it('validates every generated number and reads back its parts', () => {
    for (const { input, value } of samples) {
      expect(normalizeIdentityNumber(value)).toEqual({ value, valid: true, legacy: false });
      expect(parseIdentityNumber(value)).toEqual({
        divisionCode: input.divisionCode,
        birthDate: input.birthDate,
        sex: input.sequence % 2 === 1 ? 'MALE' : 'FEMALE',
      });
    }
  });

  it('invalidates a generated number when any one character changes', () => {
    for (const { value } of samples) {
      for (let i = 0; i < 18; i += 1) {
        for (const replacement of i === 17 ? '0123456789X' : '0123456789') {
          if (replacement === value[i]) continue;
          const changed = value.slice(0, i) + replacement + value.slice(i + 1);
          if (isValidIdentityNumber(changed)) throw new Error(`${changed} validates (from ${value})`);
        }
      }
    }
  });

  it('converts every generated number born in the 1900s back from its 15-digit form', () => {
    for (const { value } of samples.filter((s) => s.value.slice(6, 8) === '19')) {
      const legacy = value.slice(0, 6) + value.slice(8, 17);
      expect(normalizeIdentityNumber(legacy)).toEqual({ value, valid: true, legacy: true });
    }
  });
});
