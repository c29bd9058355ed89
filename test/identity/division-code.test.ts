import {
  divisionCodePrefix,
  InvalidDivisionCodeError,
  isDivisionCodePrefix,
  parseDivisionCode,
} from '../../src/identity';

function errorFrom(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseDivisionCode', () => {
  it('reads a 000000 tail as a county without a parent', () => {
    expect(parseDivisionCode('371326000000')).toEqual({
      code: '371326000000',
      level: 'COUNTY',
      countyCode: '371326',
      townCode: null,
      parentCode: null,
    });
  });

  it('reads a 000 tail as a town under its county', () => {
    expect(parseDivisionCode('371326001000')).toEqual({
      code: '371326001000',
      level: 'TOWN',
      countyCode: '371326',
      townCode: '371326001',
      parentCode: '371326000000',
    });
  });

  it('reads any other code as a village under its town', () => {
    expect(parseDivisionCode('371326102203')).toEqual({
      code: '371326102203',
      level: 'VILLAGE',
      countyCode: '371326',
      townCode: '371326102',
      parentCode: '371326102000',
    });
  });

  it('throws InvalidDivisionCodeError carrying the code when it is not 12 ASCII digits', () => {
    for (const bad of [
      '',
      '371326',
      '37132600100',
      '3713260010000',
      '37132600100A',
      ' 371326001000',
      '３７１３２６００１０００',
    ]) {
      const thrown = errorFrom(() => parseDivisionCode(bad));
      expect(thrown).toBeInstanceOf(InvalidDivisionCodeError);
      expect(thrown).toMatchObject({ code: bad, name: 'InvalidDivisionCodeError' });
    }
  });

  it('rejects province and prefecture codes, which are above county level', () => {
    for (const bad of ['370000000000', '371300000000', '371300001000', '370000001001', '000026001000']) {
      expect(() => parseDivisionCode(bad)).toThrow(InvalidDivisionCodeError);
    }
  });

  it('rejects a village part under a 000 town part', () => {
    expect(() => parseDivisionCode('371326000201')).toThrow(InvalidDivisionCodeError);
  });
});

describe('isDivisionCodePrefix', () => {
  it('accepts 2, 4, 6, 9 and 12 digits', () => {
    for (const prefix of ['37', '3713', '371326', '371326001', '371326001201']) {
      expect(isDivisionCodePrefix(prefix)).toBe(true);
    }
  });

  it('rejects other lengths and non-digits', () => {
    for (const prefix of [
      '',
      '3',
      '371',
      '37132',
      '3713260',
      '37132600',
      '3713260010',
      '3713260012013',
      '37132A',
      ' 371326',
      '３７',
    ]) {
      expect(isDivisionCodePrefix(prefix)).toBe(false);
    }
  });
});

describe('divisionCodePrefix', () => {
  it('strips the zero groups below the code', () => {
    expect(divisionCodePrefix('371326000000')).toBe('371326');
    expect(divisionCodePrefix('371326001000')).toBe('371326001');
    expect(divisionCodePrefix('371326001201')).toBe('371326001201');
  });

  it('gives a prefix that covers the code and its descendants only', () => {
    const town = divisionCodePrefix('371326001000');
    expect('371326001201'.startsWith(town)).toBe(true);
    expect('371326002201'.startsWith(town)).toBe(false);
    expect(isDivisionCodePrefix(town)).toBe(true);
  });

  it('keeps a village code whole even when it ends in zeros', () => {
    expect(divisionCodePrefix('371326001100')).toBe('371326001100');
  });

  it('throws InvalidDivisionCodeError for an invalid code', () => {
    expect(() => divisionCodePrefix('371300000000')).toThrow(InvalidDivisionCodeError);
  });
});
