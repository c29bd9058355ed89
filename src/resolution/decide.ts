import { uuidv7 } from '../shared/ids';
import { blockingKeys } from './blocking';
import { Comparison, compareFeatures } from './compare';
import type { MatchFeatures } from './features';
import type { ResolutionState } from './resolution-state';
import { pairKey } from './resolution-state';
import { THRESHOLDS } from './weights';

/** Why a mention was linked to a person. */
export type ResolutionRule = 'IDENTITY_NUMBER' | 'SAME_RECORD_PATH' | 'SCORED' | 'NEW_PERSON';

export interface Decision {
  personId: string;
  rule: ResolutionRule;
  evidence: Record<string, unknown>;
}

interface Scored {
  id: string;
  comparison: Comparison;
}

const evidenceOf = (s: Scored) => ({
  candidate: s.id,
  score: s.comparison.score,
  fields: s.comparison.fields,
});

// Two people whose profiles carry different valid numbers can never be one.
function conflicting(a: MatchFeatures | undefined, b: MatchFeatures | undefined): boolean {
  if (!a?.validIds.length || !b?.validIds.length) return false;
  return !a.validIds.some((id) => b.validIds.includes(id));
}

/**
 * Decides one mention against the state: an anchor (its valid number's person, else the person the
 * same record path was linked to) wins; otherwise the best-scoring candidate at or above the link
 * threshold, else a new person. Every other candidate at or above the link threshold is the same
 * person by transitivity and is merged into the target (unless judged distinct or carrying another
 * valid number); candidates in the review band become review pairs. Updates the state.
 */
export function decideMention(
  state: ResolutionState,
  features: MatchFeatures,
  sameRecordPath: string | undefined,
  region: string | null,
): Decision {
  const byNumber = features.validIds.map((id) => state.byValidId.get(id)).find(Boolean);
  const anchor = byNumber ? state.current(byNumber) : sameRecordPath ? state.current(sameRecordPath) : undefined;
  const scored: Scored[] = state
    .candidatesFor(blockingKeys(features))
    .filter((id) => id !== anchor)
    .map((id) => ({
      id,
      comparison: compareFeatures(features, state.profiles.get(id)!),
    }))
    .filter((s) => !s.comparison.conflict)
    .sort((a, b) => b.comparison.score - a.comparison.score || (a.id < b.id ? -1 : 1));

  let decision: Decision;
  if (anchor) {
    decision = {
      personId: anchor,
      rule: byNumber ? 'IDENTITY_NUMBER' : 'SAME_RECORD_PATH',
      evidence: { key: byNumber ? 'identityNumber' : 'topic+key+path' },
    };
  } else if (scored[0] && scored[0].comparison.score >= THRESHOLDS.link) {
    decision = {
      personId: scored[0].id,
      rule: 'SCORED',
      evidence: { ...evidenceOf(scored[0]), threshold: THRESHOLDS.link },
    };
  } else {
    const id = uuidv7();
    state.created.add(id);
    // A valid number is the new person's key from the start; later mentions of it link by it.
    const keyed = features.validIds.length > 0;
    decision = {
      personId: id,
      rule: keyed ? 'IDENTITY_NUMBER' : 'NEW_PERSON',
      evidence: {
        ...(keyed ? { key: 'identityNumber' } : {}),
        reason: keyed ? 'new identity number' : 'no candidate reached the link threshold',
        best: scored[0] ? evidenceOf(scored[0]) : null,
      },
    };
  }
  const target = decision.personId;
  state.absorb(target, features);
  const merged: unknown[] = [];
  for (const s of scored) {
    if (s.id === decision.personId && decision.rule === 'SCORED') continue;
    const other = state.current(s.id);
    if (
      other === target ||
      state.isDistinct(target, other) ||
      conflicting(state.profiles.get(target), state.profiles.get(other))
    )
      continue;
    if (s.comparison.score >= THRESHOLDS.link) {
      state.merge(other, target, { rule: 'SCORED', mention: evidenceOf(s) });
      merged.push(evidenceOf(s));
    } else if (s.comparison.score >= THRESHOLDS.review) {
      const key = pairKey(target, other);
      const held = state.reviews.get(key);
      if (!held || held.score < s.comparison.score)
        state.reviews.set(key, {
          a: target,
          b: other,
          score: s.comparison.score,
          evidence: evidenceOf(s),
          regionCode: region,
        });
    }
  }
  if (merged.length) decision.evidence = { ...decision.evidence, merged };
  return decision;
}
