import { blockingKeys } from '../../src/resolution/blocking';
import { compareFeatures, oneEditApart } from '../../src/resolution/compare';
import { emptyFeatures, MatchFeatures, mentionFeatures } from '../../src/resolution/features';
import { THRESHOLDS, WEIGHTS } from '../../src/resolution/weights';
import { generateIdentityNumber } from '../../src/identity';
import { useTestKeyring } from '../connectors/shared/test-keyring';

const person = (over: Partial<MatchFeatures>): MatchFeatures => ({ ...emptyFeatures(), ...over });
const id = (sequence: number) => generateIdentityNumber({ divisionCode: '371326', birthDate: '1980-05-06', sequence });

beforeAll(() => useTestKeyring());

describe('scoring', () => {
  it('never links on a name alone, even with sex and village agreeing', () => {
    const best = WEIGHTS.nameAgree + WEIGHTS.genderAgree + WEIGHTS.localityAgree;
    expect(best).toBeLessThan(THRESHOLDS.link);
    const a = mentionFeatures({
      path: '$',
      name: '张伟',
      identityNumber: null,
      phones: [],
      gender: 'MALE',
      birthDate: null,
      address: '铜石镇小河村1号',
      regionCode: null,
    });
    const b = mentionFeatures({
      path: '$',
      name: '张 伟',
      identityNumber: null,
      phones: [],
      gender: 'MALE',
      birthDate: null,
      address: '铜石镇小河村9号',
      regionCode: null,
    });
    expect(compareFeatures(a, b).score).toBeLessThan(THRESHOLDS.link);
  });

  it('treats two different valid identity numbers as a hard non-match whatever else agrees', () => {
    const a = person({ nameKeys: ['王芳'], phones: ['13800000001'], birthDates: ['1980-05-06'], validIds: [id(11)] });
    const b = person({ nameKeys: ['王芳'], phones: ['13800000001'], birthDates: ['1980-05-06'], validIds: [id(13)] });
    expect(compareFeatures(a, b).conflict).toBe(true);
  });

  it('uses a typo’d number one edit from the candidate’s as evidence, and its slices as blocking keys', () => {
    const valid = id(21);
    const typo = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}${valid.slice(11)}`;
    expect(oneEditApart(valid, typo)).toBe(true);
    const m = person({ nameKeys: ['李娜'], pinyins: ['li na'], invalidIds: [typo] });
    const p = person({ nameKeys: ['李娜'], pinyins: ['li na'], validIds: [valid] });
    expect(compareFeatures(m, p).fields).toContainEqual({
      field: 'identityNumber',
      outcome: 'NEAR_MISS',
      weight: WEIGHTS.identityNearMiss,
    });
    expect(compareFeatures(m, p).score).toBeGreaterThanOrEqual(THRESHOLDS.link);
    expect(blockingKeys(m).filter((k) => blockingKeys(p).includes(k)).length).toBeGreaterThanOrEqual(1);
  });

  it('hears a homophone typo but weighs it below the written name', () => {
    const m = mentionFeatures({
      path: '$',
      name: '张维',
      identityNumber: null,
      phones: ['13800000002'],
      gender: null,
      birthDate: null,
      address: null,
      regionCode: null,
    });
    const p = mentionFeatures({
      path: '$',
      name: '张伟',
      identityNumber: null,
      phones: ['13800000002'],
      gender: null,
      birthDate: null,
      address: null,
      regionCode: null,
    });
    const c = compareFeatures(m, p);
    expect(c.fields).toContainEqual({ field: 'name', outcome: 'HOMOPHONE', weight: WEIGHTS.nameHomophone });
    expect(c.score).toBeGreaterThanOrEqual(THRESHOLDS.review);
    expect(c.score).toBeLessThan(THRESHOLDS.link);
  });

  it('does not link siblings who share a phone', () => {
    const m = person({ nameKeys: ['王丽'], pinyins: ['wang li'], phones: ['13800000003'] });
    const p = person({ nameKeys: ['王强'], pinyins: ['wang qiang'], phones: ['13800000003'] });
    expect(compareFeatures(m, p).score).toBeLessThan(THRESHOLDS.review);
  });
});
