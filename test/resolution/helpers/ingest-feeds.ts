import type { MikroORM } from '@mikro-orm/postgresql';
import { CONNECTORS } from '../../../connectors';
import { createEmbeddedIngest } from '../../../connectors/shared/embedded-ingest';
import { execute } from '../../../src/db/sql';
import { loadRegistry } from '../../../src/domain/grids/registry.service';
import type { RegionLevel } from '../../../src/domain/shared/enums';
import type { RegistryDocument } from '../../../src/demo';
import { resetDatabase } from '../../helpers/test-hub';
import { pairwiseScore, PairwiseScore } from './pairwise';

export interface FeedLine {
  topic: string;
  line: string;
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Empties the database, loads the county's regions and ingests the lines, in order, through the real pipeline. */
export async function ingestFeeds(
  orm: MikroORM,
  registry: RegistryDocument,
  lines: FeedLine[],
  batchSize = 50,
): Promise<void> {
  await resetDatabase(orm);
  await loadRegistry(orm.em.fork(), {
    regions: registry.regions.map((r) => ({
      ...r,
      level: r.level as RegionLevel,
    })),
    grids: [],
  });
  const ingest = createEmbeddedIngest({
    orm,
    connectors: [...CONNECTORS],
    batchSize,
  });
  // Consecutive lines of one topic travel together, as a consumer's batch would.
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && end - start < batchSize && lines[end].topic === lines[start].topic) end += 1;
    await ingest.ingest(
      lines[start].topic,
      lines.slice(start, end).map((l) => l.line),
    );
    start = end;
  }
}

/** Which person each person mention (topic|key|path) was linked to; a path linked to two people counts twice. */
export async function mentionPartition(orm: MikroORM): Promise<Map<string, string[]>> {
  const rows = await execute<{ ref: string; person_id: string }[]>(
    orm.em.fork(),
    `select distinct sr.topic || '|' || sr.key || '|' || m.path as ref, coalesce(p.merged_into_id, m.person_id) as person_id
       from mention m join source_record sr on sr.id = m.source_record_id left join person p on p.id = m.person_id
      where m.entity_type = 'PERSON' and m.person_id is not null`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.ref, [...(out.get(r.ref) ?? []), r.person_id]);
  return out;
}

/** Scores the linked mentions against a truth map (ref → real person); mentions the truth does not list are ignored. */
export async function scoreAgainstTruth(
  orm: MikroORM,
  truth: Map<string, string>,
): Promise<
  PairwiseScore & {
    mentions: number;
    missingRefs: string[];
    evidenced: PairwiseScore;
  }
> {
  const partition = await mentionPartition(orm);
  const items = [...partition].flatMap(([ref, people]) =>
    truth.has(ref) ? people.map((predicted) => ({ predicted, truth: truth.get(ref)! })) : [],
  );
  // A record deleted in the same batch as its first version never had its mentions applied.
  const deleted = await execute<{ ref: string }[]>(
    orm.em.fork(),
    `select topic || '|' || key || '|' as ref from ingest_state where operation = 'DELETE'`,
  );
  const gone = (ref: string) => deleted.some((d) => ref.startsWith(d.ref));
  const missingRefs = [...truth.keys()].filter((ref) => !partition.has(ref) && !gone(ref));
  const nameOnly = new Set(
    (
      await execute<{ ref: string }[]>(
        orm.em.fork(),
        `select sr.topic || '|' || sr.key || '|' || a.path as ref from assertion a join source_record sr on sr.id = a.source_record_id
          where a.entity_type = 'PERSON' group by 1 having bool_and(a.fields - 'name' = '{}'::jsonb)`,
      )
    ).map((r) => r.ref),
  );
  const evidenced = [...partition].flatMap(([ref, people]) =>
    truth.has(ref) && !nameOnly.has(ref) ? people.map((predicted) => ({ predicted, truth: truth.get(ref)! })) : [],
  );
  return {
    ...pairwiseScore(items),
    mentions: items.length,
    missingRefs,
    evidenced: pairwiseScore(evidenced),
  };
}

/** The partition of mentions as a canonical set of groups (sorted refs per person), to compare orders. */
export function canonicalGroups(
  partition: Map<string, string[]>,
  keep: (ref: string) => boolean = () => true,
): string[] {
  const groups = new Map<string, string[]>();
  for (const [ref, people] of partition)
    if (keep(ref)) for (const p of people) groups.set(p, [...(groups.get(p) ?? []), ref]);
  return [...groups.values()].map((refs) => refs.sort().join(',')).sort();
}
