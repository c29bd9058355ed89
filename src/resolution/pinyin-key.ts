import { pinyin } from 'pinyin-pro';

/**
 * The toneless pinyin of a name key (`张伟` → `zhang wei`), so a clerk's homophone typo (`张维`)
 * still compares as the same sound. Surnames use their surname readings (`单` → shan). Letters
 * that are not Han are kept as they are, upper-cased by the name key already.
 */
export function pinyinKey(nameKey: string): string {
  return pinyin(nameKey, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  })
    .map((s) => s.toLowerCase())
    .join(' ');
}
