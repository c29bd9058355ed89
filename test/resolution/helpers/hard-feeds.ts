import { pinyin } from 'pinyin-pro';
import { generateDemoCounty, renderFeeds } from '../../../src/demo';
import type { DemoCounty, RegistryDocument } from '../../../src/demo';
import { identityCheckCharacter } from '../../../src/identity';
import { FeedLine, shuffled } from './ingest-feeds';

const NAME = ['XM', 'xm', 'name', '姓名', '户主姓名'];
const ID = ['GMSFHM', 'sfzh', 'idNumber', '身份证号', '户主身份证号'];
const PHONE = ['LXDH', 'lxdh', 'phone', '联系电话'];

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Namesakes in one village and siblings sharing a phone: facts about the county, not typing slips.
function hardenCounty(county: DemoCounty, next: () => number): void {
  const houseOf = new Map<string, string>();
  for (const r of county.residences) if (r.kind === 'REGISTERED') houseOf.set(r.personKey, r.houseKey);
  const byVillage = new Map<string, DemoCounty['people']>();
  for (const p of county.people) byVillage.set(p.villageCode, [...(byVillage.get(p.villageCode) ?? []), p]);
  // Namesakes live in other houses of the same village (one household does not name two children alike).
  for (const people of byVillage.values()) {
    for (let i = 1; i < people.length; i += 1) {
      const other = people[Math.floor(next() * people.length)];
      if (next() < 0.05 && houseOf.get(other.key) !== houseOf.get(people[i].key)) people[i].name = other.name;
    }
  }
  const byHouse = new Map<string, string[]>();
  for (const [person, house] of houseOf) byHouse.set(house, [...(byHouse.get(house) ?? []), person]);
  const people = new Map(county.people.map((p) => [p.key, p]));
  for (const members of byHouse.values()) {
    if (members.length < 2 || next() > 0.5) continue;
    const [first, ...rest] = members.map((k) => people.get(k)!);
    for (const p of rest) p.phones = [...first.phones];
  }
}

/** A character that sounds like `ch` (same toneless pinyin) from the county's own names, if any. */
function homophoneOf(ch: string, bySound: Map<string, string[]>, next: () => number): string | null {
  const others = (bySound.get(pinyin(ch, { toneType: 'none' })) ?? []).filter((c) => c !== ch);
  return others.length ? others[Math.floor(next() * others.length)] : null;
}

function oneDigitTypo(id: string, next: () => number): string {
  const digits = id.replace(/\s/g, '').normalize('NFKC');
  if (!/^\d{17}[\dXx]$/.test(digits)) return id;
  const at = Math.floor(next() * 17);
  const digit = (Number(digits[at]) + 1 + Math.floor(next() * 9)) % 10;
  const typo = digits.slice(0, at) + digit + digits.slice(at + 1);
  // The check character stays as typed: it no longer fits, so the number reads as a typo.
  return identityCheckCharacter(typo.slice(0, 17)) === typo[17].toUpperCase() ? id : typo;
}

function personAt(value: Record<string, any>, path: string): Record<string, any> | null {
  if (path === '$') return value;
  let at: any = value;
  for (const part of path.split('.')) {
    const m = /^(.+?)(?:\[(\d+)\])?$/.exec(part)!;
    at = at?.[m[1]];
    if (m[2] !== undefined) at = at?.[Number(m[2])];
  }
  return at && typeof at === 'object' ? at : null;
}

/**
 * A harder test set from the demo county: namesakes in one village, siblings sharing a phone,
 * the renderer's own noise, and on top per mention: homophone name typos, one-digit identity
 * typos, changed phones and dropped numbers. Returns lines (shuffled across topics), the truth
 * map and the registry.
 */
export function hardFeeds(
  people: number,
  seed: number,
): {
  lines: FeedLine[];
  truth: Map<string, string>;
  registry: RegistryDocument;
} {
  const next = random(seed);
  const county = generateDemoCounty({ people, seed });
  hardenCounty(county, next);
  const bySound = new Map<string, string[]>();
  for (const ch of new Set(county.people.flatMap((p) => Array.from(p.name.slice(1))))) {
    const sound = pinyin(ch, { toneType: 'none' });
    bySound.set(sound, [...(bySound.get(sound) ?? []), ch]);
  }
  const rendered = renderFeeds(county, { noise: 0.5, seed });
  const lines: FeedLine[] = [];
  for (const [topic, messages] of Object.entries(rendered.messages)) {
    for (const message of messages) {
      const value = JSON.parse(JSON.stringify(message.value)) as Record<string, any>;
      for (const ref of Object.keys(rendered.truth).filter((r) => r.startsWith(`${topic}|${message.key}|`))) {
        const person = personAt(value, ref.slice(topic.length + message.key.length + 2));
        if (!person) continue;
        const name = NAME.find((f) => typeof person[f] === 'string');
        const id = ID.find((f) => typeof person[f] === 'string');
        const phone = PHONE.find((f) => typeof person[f] === 'string');
        if (name && next() < 0.08) {
          const text = person[name] as string;
          const i = text.length - 1;
          const sound = homophoneOf(text[i], bySound, next);
          if (sound) person[name] = text.slice(0, i) + sound;
        }
        if (id && next() < 0.08) person[id] = oneDigitTypo(person[id], next);
        else if (id && next() < 0.1) delete person[id];
        if (phone && next() < 0.08) person[phone] = `1${String(Math.floor(next() * 1e10)).padStart(10, '3')}`;
      }
      lines.push({ topic, line: JSON.stringify({ key: message.key, value }) });
    }
  }
  return {
    lines: shuffled(lines, seed),
    truth: new Map(Object.entries(rendered.truth)),
    registry: county.registry,
  };
}
