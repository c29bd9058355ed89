import { readFileSync } from 'fs';
import { join } from 'path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../../src/db/orm';
import { generateDemoCounty } from '../../src/demo';
import { useTestKeyring } from '../connectors/shared/test-keyring';
import {
  canonicalGroups,
  FeedLine,
  ingestFeeds,
  mentionPartition,
  scoreAgainstTruth,
  shuffled,
} from './helpers/ingest-feeds';

const FIXTURES = join(__dirname, '..', 'fixtures', 'feeds');
const TOPICS = [
  'dept.petitions.cases',
  'dept.police.incidents',
  'dept.police.residents',
  'dept.justice.mediations',
  'dept.justice.supervisees',
  'dept.civil.assistance',
  'dept.civil.orgs',
];
const registry = generateDemoCounty({ people: 10, seed: 1 }).registry;
const lines: FeedLine[] = TOPICS.flatMap((topic) =>
  readFileSync(join(FIXTURES, `${topic}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => ({ topic, line })),
);
const truthFile = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as {
  mentions: { topic: string; key: string; path: string; person: string }[];
};
const truth = new Map(truthFile.mentions.map((m) => [`${m.topic}|${m.key}|${m.path}`, m.person]));

let orm: MikroORM;
beforeAll(async () => {
  useTestKeyring();
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 2 });
});
afterAll(() => orm.close());

describe('resolution quality on the department samples', () => {
  it('links person mentions with pairwise precision 1.0, recall at least 0.99 over mentions with more than a name', async () => {
    await ingestFeeds(orm, registry, lines);
    const score = await scoreAgainstTruth(orm, truth);
    console.info(
      `samples: precision ${score.precision.toFixed(4)} recall ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)} over ${score.mentions} mentions, ${score.correctPairs}/${score.truePairs} true pairs`,
    );
    expect(score.missingRefs).toEqual([]);
    expect(score.precision).toBe(1);
    // A mention that carries nothing but a name can never be linked (the contract forbids it), so
    // recall is also measured over the mentions that carry anything more.
    console.info(
      `samples, mentions with more than a name: recall ${score.evidenced.recall.toFixed(4)} F1 ${score.evidenced.f1.toFixed(4)}`,
    );
    expect(score.evidenced.precision).toBe(1);
    expect(score.evidenced.recall).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('gives the same golden people whatever order the records arrive in', async () => {
    await ingestFeeds(orm, registry, lines);
    const inOrder = await mentionPartition(orm);
    for (const seed of [11, 12]) {
      await ingestFeeds(orm, registry, shuffled(lines, seed), 20);
      const reordered = await mentionPartition(orm);
      // A record deleted in the batch of its first version never had mentions: compare what both orders linked.
      const both = (ref: string) => inOrder.has(ref) && reordered.has(ref);
      expect(canonicalGroups(reordered, both)).toEqual(canonicalGroups(inOrder, both));
    }
  });
});
