import { pinyin } from 'pinyin-pro';

// Names repeat (a county has thousands of 王秀英): a name's sound is looked up once. Bounded,
// and emptied when full, so a long-running hub does not keep every name it ever saw.
const SOUNDS = new Map<string, string>();
const MAX_SOUNDS = 50_000;

/**
 * The toneless pinyin of a name key (`张伟` → `zhang wei`), so a clerk's homophone typo (`张维`)
 * still compares as the same sound. Surnames use their surname readings (`单` → shan). Letters
 * that are not Han are kept as they are, upper-cased by the name key already.
 */
export function pinyinKey(nameKey: string): string {
  let sound = SOUNDS.get(nameKey);
  if (sound === undefined) {
    sound = pinyin(nameKey, {
      toneType: 'none',
      type: 'array',
      surname: 'head',
      nonZh: 'consecutive',
    })
      .map((s) => s.toLowerCase())
      .join(' ');
    if (SOUNDS.size >= MAX_SOUNDS) SOUNDS.clear();
    SOUNDS.set(nameKey, sound);
  }
  return sound;
}
