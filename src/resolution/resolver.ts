import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonMention } from '../../connectors/shared/canonical-record';
import { identityNumberIndex } from '../access/protect';
import { uuidv7 } from '../shared/ids';
import { sql } from '../ingest/sql';
import { previousMentionTargets, recordPathKey } from './previous-mentions';

/** One person mention to link, with the record it came from. */
export interface PersonMentionToResolve {
  topic: string;
  key: string;
  mention: PersonMention;
}

/** Why a mention was linked to a person. Issue 4 adds scored rules. */
export type ResolutionRule = 'IDENTITY_NUMBER' | 'SAME_RECORD_PATH' | 'NEW_PERSON';

export interface PersonResolution {
  personId: string;
  rule: ResolutionRule;
  evidence: Record<string, unknown>;
  /** True when no golden person existed: the writer creates it with this id. */
  created: boolean;
}

/**
 * Links person mentions to golden people by exact keys only: a valid normalised identity number,
 * else the person the same path of an earlier version of the same record was linked to; anything
 * else becomes a new person. A name alone never links. Returns one resolution per mention, in
 * order; mentions of the same new identity number share one new id. Reads only; writes nothing.
 * This is the seam the resolution issue replaces with scored matching.
 */
export async function resolvePersonMentions(em: EntityManager, mentions: PersonMentionToResolve[]): Promise<PersonResolution[]> {
  const numbers = [...new Set(mentions.flatMap((m) => (m.mention.identityNumber?.valid ? [m.mention.identityNumber.value] : [])))];
  const known = numbers.length
    ? await sql<{ id: string; identity_number_bidx: string }>(
        em,
        `select p.id, p.identity_number_bidx from person p
          where p.identity_number_bidx in (select value from jsonb_array_elements_text(?::jsonb))
            and p.identity_number_valid and p.merged_into_id is null`,
        [JSON.stringify(numbers.map(identityNumberIndex))],
      )
    : [];
  const indexOf = new Map(numbers.map((n) => [identityNumberIndex(n), n]));
  const byNumber = new Map(known.map((r) => [indexOf.get(r.identity_number_bidx)!, { id: r.id, created: false }]));
  const unkeyed = mentions.filter((m) => !m.mention.identityNumber?.valid).map((m) => ({ topic: m.topic, key: m.key, path: m.mention.path }));
  const previous = await previousMentionTargets(em, 'PERSON', unkeyed);

  return mentions.map((m) => {
    const number = m.mention.identityNumber;
    if (number?.valid) {
      let hit = byNumber.get(number.value);
      if (!hit) byNumber.set(number.value, (hit = { id: uuidv7(), created: true }));
      return { personId: hit.id, rule: 'IDENTITY_NUMBER', evidence: { key: 'identityNumber' }, created: hit.created };
    }
    const earlier = previous.get(recordPathKey({ topic: m.topic, key: m.key, path: m.mention.path }));
    if (earlier) return { personId: earlier, rule: 'SAME_RECORD_PATH', evidence: { key: 'topic+key+path' }, created: false };
    return { personId: uuidv7(), rule: 'NEW_PERSON', evidence: { reason: number ? 'invalid identity number' : 'no identity number' }, created: true };
  });
}
