import { maskPhone, normalizePhone } from '../../src/identity';

const mobile = (value: string) => ({ value, kind: 'MOBILE', valid: true });
const landline = (value: string) => ({ value, kind: 'LANDLINE', valid: true });

describe('normalizePhone', () => {
  it('returns null for missing or blank input, or input without a digit', () => {
    for (const blank of [null, undefined, '', '   ', '无', '不详', '-']) {
      expect(normalizePhone(blank)).toBeNull();
    }
  });

  it('accepts an 11-digit mobile as typed', () => {
    expect(normalizePhone('13812345678')).toEqual(mobile('13812345678'));
    expect(normalizePhone('19912345678')).toEqual(mobile('19912345678'));
  });

  it('strips +86, 86 and 0086 before a mobile, with or without a space', () => {
    for (const typed of [
      '+86 13812345678',
      '+8613812345678',
      '8613812345678',
      '86 138 1234 5678',
      '0086 13812345678',
      '+86-138-1234-5678',
    ]) {
      expect(normalizePhone(typed)).toEqual(mobile('13812345678'));
    }
  });

  it('removes spaces, dashes and full-width digits inside a mobile', () => {
    for (const typed of [
      '138 1234 5678',
      '138-1234-5678',
      ' 138 - 1234 - 5678 ',
      '１３８１２３４５６７８',
      '＋８６ １３８－１２３４－５６７８',
    ]) {
      expect(normalizePhone(typed)).toEqual(mobile('13812345678'));
    }
  });

  it('drops the trunk 0 some people dial before a mobile', () => {
    expect(normalizePhone('013812345678')).toEqual(mobile('13812345678'));
  });

  it('rejects numbers starting 10, 11 or 12, which are not mobiles, as invalid mobiles', () => {
    for (const typed of ['10012345678', '11012345678', '12345678901']) {
      expect(normalizePhone(typed)).toEqual({ value: typed, kind: 'MOBILE', valid: false });
    }
  });

  it('rejects a mobile one digit short or long, keeping its digits', () => {
    expect(normalizePhone('138 1234 567')).toEqual({
      value: '1381234567',
      kind: 'MOBILE',
      valid: false,
    });
    expect(normalizePhone('138123456789')).toEqual({
      value: '138123456789',
      kind: 'MOBILE',
      valid: false,
    });
  });

  it('writes a landline as area code, dash, local number in every typed shape', () => {
    for (const typed of [
      '0539-4211234',
      '(0539)4211234',
      '（0539）4211234',
      '0539 4211234',
      '05394211234',
      '0539—4211234',
      '０５３９－４２１１２３４',
    ]) {
      expect(normalizePhone(typed)).toEqual(landline('0539-4211234'));
    }
  });

  it('splits 3-digit area codes (010, 02x) from 4-digit ones', () => {
    expect(normalizePhone('01062345678')).toEqual(landline('010-62345678'));
    expect(normalizePhone('021-62345678')).toEqual(landline('021-62345678'));
    expect(normalizePhone('053162345678')).toEqual(landline('0531-62345678'));
  });

  it('rejects a landline whose local number is too short, too long or starts with 0 or 1', () => {
    for (const typed of ['0539-421123', '0539-421123456', '0539-0211234', '0539-1211234']) {
      expect(normalizePhone(typed)).toMatchObject({ kind: 'LANDLINE', valid: false });
    }
  });

  it('rejects a local number without its area code instead of guessing one', () => {
    expect(normalizePhone('4211234')).toEqual({ value: '4211234', kind: 'LANDLINE', valid: false });
  });

  it('keeps only the digits of anything else', () => {
    expect(normalizePhone('tel: 12345')).toEqual({ value: '12345', kind: 'MOBILE', valid: false });
    expect(normalizePhone('+44 20 7946 0000')).toEqual({
      value: '442079460000',
      kind: 'LANDLINE',
      valid: false,
    });
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps the area code and last 2 digits of a landline', () => {
    expect(maskPhone('0539-4211234')).toBe('0539-*****34');
    expect(maskPhone('010-62345678')).toBe('010-******78');
  });

  it('keeps only the last 2 characters of anything else, and nothing of short strings', () => {
    expect(maskPhone('4211234')).toBe('*****34');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
  });
});
