import { normalizePersonName } from '../../src/identity';

describe('normalizePersonName', () => {
  it('returns null for missing or blank input, or separators alone', () => {
    for (const blank of [null, undefined, '', '   ', '\u3000', '·', ' . - ']) {
      expect(normalizePersonName(blank)).toBeNull();
    }
  });

  it('trims stray spaces around a Han name', () => {
    expect(normalizePersonName('  张伟 ')).toEqual({ display: '张伟', key: '张伟' });
    expect(normalizePersonName('\u3000王秀英\u3000')).toEqual({ display: '王秀英', key: '王秀英' });
  });

  it('removes stray spaces inside a Han name of up to 4 characters', () => {
    expect(normalizePersonName('张 伟')).toEqual({ display: '张伟', key: '张伟' });
    expect(normalizePersonName('欧阳 娜娜')).toEqual({ display: '欧阳娜娜', key: '欧阳娜娜' });
    expect(normalizePersonName('王\u3000秀 英')).toEqual({ display: '王秀英', key: '王秀英' });
  });

  it('writes every separator clerks type between minority name parts as a middle dot', () => {
    for (const typed of [
      '阿卜杜拉·艾力',
      '阿卜杜拉•艾力',
      '阿卜杜拉・艾力',
      '阿卜杜拉.艾力',
      '阿卜杜拉．艾力',
      '阿卜杜拉‧艾力',
      '阿卜杜拉-艾力',
      '阿卜杜拉 艾力',
      '阿卜杜拉･艾力',
    ]) {
      expect(normalizePersonName(typed)).toEqual({ display: '阿卜杜拉·艾力', key: '阿卜杜拉艾力' });
    }
  });

  it('gives a minority name typed with no separator the same key', () => {
    expect(normalizePersonName('阿卜杜拉艾力')).toEqual({
      display: '阿卜杜拉艾力',
      key: '阿卜杜拉艾力',
    });
  });

  it('collapses spaces around and between separators into one middle dot', () => {
    expect(normalizePersonName(' 阿卜杜拉 · 艾力 ')?.display).toBe('阿卜杜拉·艾力');
    expect(normalizePersonName('阿卜杜拉··艾力')?.display).toBe('阿卜杜拉·艾力');
    expect(normalizePersonName('阿卜杜拉   艾力')?.display).toBe('阿卜杜拉·艾力');
    expect(normalizePersonName('·阿卜杜拉·艾力·')?.display).toBe('阿卜杜拉·艾力');
  });

  it('keeps a dot in a short minority name', () => {
    expect(normalizePersonName('艾力•木沙')).toEqual({ display: '艾力·木沙', key: '艾力木沙' });
  });

  it('joins names of three parts with two dots', () => {
    expect(normalizePersonName('买买提 艾力 吐尔逊')).toEqual({
      display: '买买提·艾力·吐尔逊',
      key: '买买提艾力吐尔逊',
    });
  });

  it('ignores zero-width characters pasted into a name', () => {
    expect(normalizePersonName('张\u200b伟')).toEqual({ display: '张伟', key: '张伟' });
  });

  it('folds full-width latin letters and ignores their case in the key', () => {
    expect(normalizePersonName('ＪＯＨＮ　ＳＭＩＴＨ')).toEqual({
      display: 'JOHN SMITH',
      key: 'JOHNSMITH',
    });
    expect(normalizePersonName(' john  smith ')).toEqual({
      display: 'john smith',
      key: 'JOHNSMITH',
    });
  });

  it('keeps different names apart', () => {
    expect(normalizePersonName('张伟')?.key).not.toBe(normalizePersonName('张纬')?.key);
  });
});
