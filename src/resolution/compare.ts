import type { MatchFeatures } from './features';
import { WEIGHTS } from './weights';

export type FieldOutcome = 'AGREE' | 'HOMOPHONE' | 'NEAR_MISS' | 'SAME_VILLAGE' | 'DISAGREE' | 'CONFLICT';

export interface FieldComparison {
  field: string;
  outcome: FieldOutcome;
  weight: number;
}

export interface Comparison {
  score: number;
  /** Two different valid identity numbers: never the same person, whatever else agrees. */
  conflict: boolean;
  fields: FieldComparison[];
}

const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** True when b is a one-keystroke slip of a: one substituted, swapped, dropped or doubled character. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i += 1) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i += 1) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The 15-digit form (no century, no check character) of an 18-character number. */
export const legacyForm = (id: string): string | null => (id.length === 18 ? id.slice(0, 6) + id.slice(8, 17) : null);

// A 15-digit number read with the wrong century (a person born in the 2000s typed the old way)
// differs from the real number only in the century and check character.
function sameLegacyNumber(a: string, b: string): boolean {
  return legacyForm(a) !== null && legacyForm(a) === legacyForm(b);
}

function compareIdentity(m: MatchFeatures, p: MatchFeatures): FieldComparison | null {
  if (m.validIds.length && p.validIds.length) {
    return overlaps(m.validIds, p.validIds)
      ? {
          field: 'identityNumber',
          outcome: 'AGREE',
          weight: WEIGHTS.identitySame,
        }
      : { field: 'identityNumber', outcome: 'CONFLICT', weight: 0 };
  }
  const mine = [...m.validIds, ...m.invalidIds];
  const theirs = [...p.validIds, ...p.invalidIds];
  if (!mine.length || !theirs.length) return null;
  if (overlaps(mine, theirs))
    return {
      field: 'identityNumber',
      outcome: 'AGREE',
      weight: WEIGHTS.identityNearMiss,
    };
  if (mine.some((a) => theirs.some((b) => oneEditApart(a, b) || sameLegacyNumber(a, b))))
    return {
      field: 'identityNumber',
      outcome: 'NEAR_MISS',
      weight: WEIGHTS.identityNearMiss,
    };
  return {
    field: 'identityNumber',
    outcome: 'DISAGREE',
    weight: WEIGHTS.identityDisagree,
  };
}

function compareName(m: MatchFeatures, p: MatchFeatures): FieldComparison | null {
  if (!m.nameKeys.length || !p.nameKeys.length) return null;
  if (overlaps(m.nameKeys, p.nameKeys)) return { field: 'name', outcome: 'AGREE', weight: WEIGHTS.nameAgree };
  if (overlaps(m.pinyins, p.pinyins))
    return {
      field: 'name',
      outcome: 'HOMOPHONE',
      weight: WEIGHTS.nameHomophone,
    };
  return { field: 'name', outcome: 'DISAGREE', weight: WEIGHTS.nameDisagree };
}

function compareSet(field: string, a: string[], b: string[], agree: number, disagree: number): FieldComparison | null {
  if (!a.length || !b.length) return null;
  return overlaps(a, b) ? { field, outcome: 'AGREE', weight: agree } : { field, outcome: 'DISAGREE', weight: disagree };
}

function compareAddress(m: MatchFeatures, p: MatchFeatures): FieldComparison | null {
  if (overlaps(m.addresses, p.addresses)) return { field: 'address', outcome: 'AGREE', weight: WEIGHTS.addressAgree };
  if (!m.localities.length || !p.localities.length) return null;
  return overlaps(m.localities, p.localities)
    ? {
        field: 'address',
        outcome: 'SAME_VILLAGE',
        weight: WEIGHTS.localityAgree,
      }
    : {
        field: 'address',
        outcome: 'DISAGREE',
        weight: WEIGHTS.localityDisagree,
      };
}

/**
 * Scores a mention against a candidate's profile: each field present on both sides adds its
 * agreement or disagreement weight (a field missing on either side adds nothing). Pure.
 */
export function compareFeatures(m: MatchFeatures, p: MatchFeatures): Comparison {
  const fields = [
    compareIdentity(m, p),
    compareName(m, p),
    compareSet('phone', m.phones, p.phones, WEIGHTS.phoneAgree, WEIGHTS.phoneDisagree),
    compareSet('birthDate', m.birthDates, p.birthDates, WEIGHTS.birthDateAgree, WEIGHTS.birthDateDisagree),
    compareSet('gender', m.genders, p.genders, WEIGHTS.genderAgree, WEIGHTS.genderDisagree),
    compareAddress(m, p),
  ].filter((f): f is FieldComparison => f !== null);
  const conflict = fields.some((f) => f.outcome === 'CONFLICT');
  return {
    score: fields.reduce((sum, f) => sum + f.weight, 0),
    conflict,
    fields,
  };
}
