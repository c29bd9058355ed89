import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonMention } from '../../connectors/shared/canonical-record';
import { sealedMention } from '../access/sealed-mention';
import { strongKeys, weakKeys } from './blocking';
import { compareFeatures } from './compare';
import type { MatchFeatures } from './features';
import { THRESHOLDS } from './weights';
import { loadCandidates } from './candidates';
import { commitResolution } from './commit-resolution';
import { Decision, decideMention, ResolutionRule } from './decide';
import { mentionFeatures, unionFeatures } from './features';
import { previousMentionTargets, recordPathKey } from './previous-mentions';
import { ResolutionState } from './resolution-state';

export type { ResolutionRule } from './decide';

/** One person mention to link, with the record it came from. */
export interface PersonMentionToResolve {
  topic: string;
  key: string;
  mention: PersonMention;
  /** Mentions with the same group are one person by the record's own word (a household's 本人 row and its head). */
  group?: string;
}

export interface PersonResolution {
  personId: string;
  rule: ResolutionRule;
  evidence: Record<string, unknown>;
  /** True when no golden person existed: the writer creates it with this id. */
  created: boolean;
}

export interface ResolvedBatch {
  resolutions: PersonResolution[];
  /** Writes what resolution learnt (merges, profiles, blocking keys, review pairs); call after the new people exist. */
  commit(held?: Map<string, string>): Promise<{ mergedAway: string[]; touched: string[] }>;
}

const refOf = (m: PersonMentionToResolve) => recordPathKey({ topic: m.topic, key: m.key, path: m.mention.path });

function linksOnStrongKeys(state: ResolutionState, f: MatchFeatures): boolean {
  return state.candidatesFor(strongKeys(f)).some((id) => {
    const c = compareFeatures(f, state.profiles.get(id)!);
    return !c.conflict && c.score >= THRESHOLDS.link;
  });
}

/**
 * Links person mentions to golden people: exact keys first (a valid normalised identity number,
 * else the person the same path of an earlier version of the same record was linked to), then
 * scored evidence against the candidates blocking keys lead to (from the database and from the
 * mentions before it in this batch), else a new person. Returns one resolution per mention, in
 * order, already pointing at survivors of any merge the batch made; reads only until `commit`.
 */
export async function resolvePersonMentions(
  em: EntityManager,
  mentions: PersonMentionToResolve[],
): Promise<ResolvedBatch> {
  const features = mentions.map((m) => mentionFeatures(m.mention));
  const unkeyed = mentions
    .filter((_, i) => !features[i].validIds.length)
    .map((m) => ({ topic: m.topic, key: m.key, path: m.mention.path }));
  const previous = await previousMentionTargets(em, 'PERSON', unkeyed);
  const state = new ResolutionState();
  const anchors = [...previous.values()];
  await loadCandidates(
    em,
    state,
    [...new Set(features.flatMap((f) => f.validIds))],
    [...new Set(features.flatMap(strongKeys))],
    anchors,
  );
  // A number new to its profile is written in the envelope its mention was sealed in (an envelope read from a profile wins).
  for (const { mention } of mentions) {
    const number = mention.identityNumber && sealedMention(mention).number;
    if (number && !state.envelopes.has(mention.identityNumber!.value))
      state.envelopes.set(mention.identityNumber!.value, number.sealed);
  }
  // Review-only keys, for the mentions nothing above anchors or links.
  const unsure = features.filter(
    (f, i) =>
      !f.validIds.some((id) => state.byValidId.has(id)) &&
      !previous.has(refOf(mentions[i])) &&
      !linksOnStrongKeys(state, f),
  );
  await loadCandidates(em, state, [], [...new Set(unsure.flatMap(weakKeys))], []);
  // Mentions the record itself makes one person are decided once, on all their evidence together.
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => groups.set(m.group ?? `#${i}`, [...(groups.get(m.group ?? `#${i}`) ?? []), i]));
  const decisions: Decision[] = new Array(mentions.length);
  for (const members of groups.values()) {
    const first = mentions[members[0]];
    const together = members.map((i) => features[i]).reduce(unionFeatures);
    const same = members
      .map((i) =>
        previous.get(
          recordPathKey({
            topic: mentions[i].topic,
            key: mentions[i].key,
            path: mentions[i].mention.path,
          }),
        ),
      )
      .find(Boolean);
    const decision = decideMention(state, together, same, first.mention.regionCode);
    for (const i of members) decisions[i] = decision;
  }
  const resolutions = decisions.map((d) => {
    const personId = state.current(d.personId);
    return {
      personId,
      rule: d.rule,
      evidence: d.evidence,
      created: state.created.has(personId),
    };
  });
  // Two resolutions of one new person: only the first creates it.
  const seen = new Set<string>();
  for (const r of resolutions) {
    if (r.created && seen.has(r.personId)) r.created = false;
    seen.add(r.personId);
  }
  return {
    resolutions,
    commit: (held = new Map()) => {
      // A person another process created first under the same number: this batch's id folds into it.
      for (const [proposed, actual] of held) {
        if (proposed === actual) continue;
        state.created.delete(proposed);
        state.alias.set(proposed, actual);
        const profile = state.profiles.get(proposed);
        if (profile) state.absorb(actual, profile);
        state.profiles.delete(proposed);
      }
      return commitResolution(em, state);
    },
  };
}
