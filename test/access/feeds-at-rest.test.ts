import { execute } from '../../src/db/sql';
import { generateDemoCounty } from '../../src/demo/county';
import { FEED_TOPICS, renderFeeds } from '../../src/demo/feeds';
import { revealPayload } from '../../src/access/protect';
import { resetDatabase, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  await resetDatabase(t.orm);
});
afterAll(() => t?.stop());

const SENSITIVE_KEYS = /^(GMSFHM|idNumber|sfzh|身份证号|户主身份证号|LXDH|phone|lxdh|联系电话)$/;

/** Every identity number and phone a message carries, in the shape the department typed it. */
function sensitiveValues(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) sensitiveValues(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SENSITIVE_KEYS.test(k) && typeof v === 'string' && v.replace(/\D/g, '').length >= 11) out.add(v);
      else sensitiveValues(v, out);
    }
  }
  return out;
}

describe('department feeds at rest', () => {
  it('leave no identity number or phone in clear in any table, poison messages included', async () => {
    const county = generateDemoCounty({ people: 800, seed: 11 });
    const feeds = renderFeeds(county, { noise: 0.5 });
    const clear = new Set<string>();
    for (const person of county.people) {
      clear.add(person.identityNumber);
      for (const phone of person.phones) clear.add(phone);
    }
    let applied = 0;
    for (const topic of FEED_TOPICS) {
      const lines = feeds.messages[topic].map((m) => JSON.stringify(m));
      for (const m of feeds.messages[topic]) sensitiveValues(m.value, clear);
      // A poison message (unknown enum) with an identity number in it is dead-lettered, sealed too.
      const poison = {
        ...(feeds.messages[topic][0]?.value as Record<string, unknown>),
        状态: '未知',
        status: 'UNKNOWN',
        zt: '未知',
        BLZT: '未知',
        tjjg: '未知',
      };
      lines.push(JSON.stringify({ key: feeds.messages[topic][0]?.key, value: poison }));
      const result = await t.hub.ingest.embedded.ingest(topic, lines);
      applied += result.applied;
      expect(result.deadLetters.length).toBeGreaterThan(0);
    }
    expect(clear.size).toBeGreaterThan(800);
    expect(applied).toBeGreaterThan(100);

    const tables = await execute<{ tablename: string }[]>(
      t.orm.em.fork(),
      `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`,
    );
    let rows = 0;
    for (const { tablename } of tables) {
      const dump = await execute<{ row: string }[]>(t.orm.em.fork(), `select x::text as row from "${tablename}" x`);
      rows += dump.length;
      const text = dump.map((r) => r.row).join('\n');
      for (const value of clear)
        expect({ table: tablename, leaked: text.includes(value) ? value.slice(0, 4) : null }).toEqual({
          table: tablename,
          leaked: null,
        });
    }
    expect(rows).toBeGreaterThan(1000);
    const [letter] = await execute<{ n: number }[]>(t.orm.em.fork(), 'select count(*)::int as n from dead_letter');
    expect(letter.n).toBeGreaterThan(0);

    // Sealed payloads still open for re-processing with the keyring.
    const [record] = await execute<{ payload: { sealed: string }; key: string }[]>(
      t.orm.em.fork(),
      `select payload, key from source_record where topic = 'dept.police.residents' limit 1`,
    );
    expect((revealPayload(record.payload) as { registrationId: string }).registrationId).toBe(record.key);
  }, 120_000);
});
