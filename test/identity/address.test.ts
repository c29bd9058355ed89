import { normalizeAddress } from '../../src/identity';

describe('normalizeAddress', () => {
  it('returns null for missing, blank or punctuation-only input', () => {
    for (const blank of [null, undefined, '', '   ', '\u3000', '，。、', '--#']) {
      expect(normalizeAddress(blank)).toBeNull();
    }
  });

  it('gives one key to an address typed with different spaces and punctuation', () => {
    const typed = [
      '临沂市平邑县平邑街道幸福路12号3栋2单元501室',
      ' 临沂市 平邑县 平邑街道 幸福路12号 3栋 2单元 501室 ',
      '临沂市平邑县，平邑街道幸福路12号、3栋2单元501室。',
      '临沂市平邑县(平邑街道)幸福路12号3栋2单元501室',
      '临沂市平邑县（平邑街道）幸福路12号3栋2单元501室',
      '临沂市平邑县—平邑街道—幸福路12号3栋2单元501室',
    ];
    const keys = new Set(typed.map(normalizeAddress));
    expect([...keys]).toEqual(['临沂市平邑县平邑街道幸福路12号3栋2单元501室']);
  });

  it('writes 号楼, 幢 and #楼 as 栋', () => {
    for (const typed of [
      '幸福路12号3号楼501室',
      '幸福路12号3幢501室',
      '幸福路12号3#楼501室',
      '幸福路12号3 # 楼501室',
      '幸福路12号3 号 楼501室',
    ]) {
      expect(normalizeAddress(typed)).toBe('幸福路12号3栋501室');
    }
  });

  it('folds full-width digits, letters and spaces', () => {
    expect(normalizeAddress('幸福路１２号Ａ座　５０１室')).toBe('幸福路12号A座501室');
    expect(normalizeAddress('幸福路12号a座501室')).toBe('幸福路12号A座501室');
  });

  it('keeps a dash between two numbers so different flats stay apart', () => {
    expect(normalizeAddress('幸福路12号3-2-501')).toBe('幸福路12号3-2-501');
    expect(normalizeAddress('幸福路12号 3 - 2 - 501')).toBe('幸福路12号3-2-501');
    expect(normalizeAddress('幸福路12号3—2—501')).toBe('幸福路12号3-2-501');
    expect(normalizeAddress('幸福路12号32-501')).not.toBe(normalizeAddress('幸福路12号3-2-501'));
  });

  it('keeps 室 and does not add it', () => {
    expect(normalizeAddress('幸福路12号501室')).toBe('幸福路12号501室');
    expect(normalizeAddress('幸福路12号501')).toBe('幸福路12号501');
  });

  it('keeps Han numerals as typed instead of converting them', () => {
    expect(normalizeAddress('幸福路十二号')).toBe('幸福路十二号');
    expect(normalizeAddress('幸福路十二号')).not.toBe(normalizeAddress('幸福路12号'));
  });

  it('keeps different addresses apart', () => {
    expect(normalizeAddress('幸福路12号')).not.toBe(normalizeAddress('幸福路21号'));
    expect(normalizeAddress('幸福路12号3栋')).not.toBe(normalizeAddress('幸福路123栋'));
  });
});
