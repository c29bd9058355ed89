import type { PersonMention } from '../../connectors/shared/canonical-record';
import { sealedMention } from '../access/sealed-mention';
import { normalizeAddress, normalizePersonName } from '../identity';
import { localityOf } from './locality';
import { pinyinKey } from './pinyin-key';

/**
 * What resolution compares about a person: one mention's values, or (as a profile) every value
 * the mentions linked to one golden person ever carried. Sets, because a person has had several
 * phones, addresses and spellings; agreement on any one of them is agreement.
 */
export interface MatchFeatures {
  nameKeys: string[];
  pinyins: string[];
  /** Blind indexes of the normalised phones: phones are compared for equality only and never stored in clear. */
  phones: string[];
  birthDates: string[];
  genders: string[];
  addresses: string[];
  /** Town + village of an address, or `R:` + a 12-digit village code. */
  localities: string[];
  /** Valid normalised identity numbers (more than one only on a conflicted record); in clear in memory only, stored sealed. */
  validIds: string[];
  /** Identity numbers that failed the check: evidence, never a key. */
  invalidIds: string[];
}

const list = (value: string | null | undefined): string[] => (value ? [value] : []);

function birthDateOf(m: PersonMention): string | null {
  if (m.birthDate) return m.birthDate;
  const n = m.identityNumber;
  return n?.valid ? `${n.value.slice(6, 10)}-${n.value.slice(10, 12)}-${n.value.slice(12, 14)}` : null;
}

function genderOf(m: PersonMention): string | null {
  if (m.gender) return m.gender;
  const n = m.identityNumber;
  return n?.valid ? (Number(n.value[16]) % 2 === 1 ? 'MALE' : 'FEMALE') : null;
}

/** The comparable features of one mention (birth date and sex read from a valid number when not stated), as sorted sets like a profile's. */
export function mentionFeatures(m: PersonMention): MatchFeatures {
  const nameKey = normalizePersonName(m.name)?.key ?? null;
  const localities = [
    ...new Set([
      ...list(localityOf(m.address)),
      ...(m.regionCode && m.regionCode.length === 12 ? [`R:${m.regionCode}`] : []),
    ]),
  ].sort();
  return {
    nameKeys: list(nameKey),
    pinyins: nameKey ? [pinyinKey(nameKey)] : [],
    phones: [...new Set(sealedMention(m).phones?.indexes)].sort(),
    birthDates: list(birthDateOf(m)),
    genders: list(genderOf(m)),
    addresses: list(normalizeAddress(m.address)),
    localities,
    validIds: m.identityNumber?.valid ? [m.identityNumber.value] : [],
    invalidIds: m.identityNumber && !m.identityNumber.valid ? [m.identityNumber.value] : [],
  };
}

export const FEATURE_FIELDS = [
  'nameKeys',
  'pinyins',
  'phones',
  'birthDates',
  'genders',
  'addresses',
  'localities',
  'validIds',
  'invalidIds',
] as const;

/** The union of two feature sets, sorted so a profile does not depend on the order it was built in. */
export function unionFeatures(a: MatchFeatures, b: MatchFeatures): MatchFeatures {
  const out = {} as MatchFeatures;
  for (const f of FEATURE_FIELDS) out[f] = [...new Set([...a[f], ...b[f]])].sort();
  return out;
}

export function emptyFeatures(): MatchFeatures {
  return {
    nameKeys: [],
    pinyins: [],
    phones: [],
    birthDates: [],
    genders: [],
    addresses: [],
    localities: [],
    validIds: [],
    invalidIds: [],
  };
}
