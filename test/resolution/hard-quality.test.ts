import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../../src/db/orm';
import { hardFeeds } from './helpers/hard-feeds';
import { ingestFeeds, scoreAgainstTruth } from './helpers/ingest-feeds';
import { useTestKeyring } from '../connectors/shared/test-keyring';

let orm: MikroORM;
beforeAll(async () => {
  useTestKeyring();
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 2 });
});
afterAll(() => orm.close());

describe('resolution quality on a harder generated set', () => {
  it('keeps precision at 1.0 through homophones, identity typos, shared phones, changed phones and namesakes', async () => {
    const { lines, truth, registry } = hardFeeds(3000, 23);
    await ingestFeeds(orm, registry, lines, 100);
    const score = await scoreAgainstTruth(orm, truth);
    console.info(
      `harder set: precision ${score.precision.toFixed(4)} recall ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)} over ${score.mentions} mentions; ` +
        `more than a name: recall ${score.evidenced.recall.toFixed(4)} F1 ${score.evidenced.f1.toFixed(4)}`,
    );
    expect(score.precision).toBe(1);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.evidenced.recall).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
