import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECTORS } from '../../../connectors';
import { execute } from '../../../src/db/sql';
import { generateDemoCounty } from '../../../src/demo/county';
import { loadRegistry } from '../../../src/domain/grids/registry.service';
import { RegionLevel } from '../../../src/domain/shared/enums';
import { resetDatabase, startTestHub, TestHub } from '../../helpers/test-hub';
import { graphSnapshot } from './graph-snapshot';
import { revealPayload } from '../../../src/access/protect';

const FIXTURES = join(__dirname, '../../fixtures/feeds');
const lines = (topic: string): string => readFileSync(join(FIXTURES, `${topic}.jsonl`), 'utf8');
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ KAFKA_BROKERS: '' });
  await resetDatabase(t.orm);
  const { registry } = generateDemoCounty({ people: 50, seed: 1 });
  await loadRegistry(t.orm.em.fork(), {
    regions: registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
    grids: registry.grids,
  });
});
afterAll(() => t.stop());

const post = async (topic: string) => {
  const res = await fetch(`${t.url}/ingest/${topic}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.adminToken}` },
    body: lines(topic),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { received: number; applied: number; stale: number; deadLetters: unknown[] };
};

describe('the department samples through the real connectors', () => {
  it('applies every sample and a second delivery of all of them changes nothing', async () => {
    for (const c of CONNECTORS) {
      const result = await post(c.topic);
      expect(result.deadLetters).toEqual([]);
      expect(result.applied + result.stale).toBe(result.received);
    }
    const before = await graphSnapshot(t.orm);
    for (const c of CONNECTORS) expect((await post(c.topic)).applied).toBe(0);
    expect(await graphSnapshot(t.orm)).toEqual(before);
  });

  it('links every person mention at the path the contract writes', async () => {
    const { mentions } = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as {
      mentions: { topic: string; key: string; path: string }[];
    };
    const truth = new Set(mentions.map((m) => `${m.topic}|${m.key}|${m.path}`));
    const held = await execute<{ topic: string; key: string; path: string }[]>(
      t.orm.em.fork(),
      `select s.topic, s.key, m.path from ingest_state i join source_record s on s.id = i.source_record_id
         join mention m on m.source_record_id = s.id where m.entity_type = 'PERSON' and m.person_id is not null`,
    );
    expect(held.length).toBeGreaterThan(300);
    const unknown = held.map((m) => `${m.topic}|${m.key}|${m.path}`).filter((k) => !truth.has(k));
    expect(unknown).toEqual([]);
  });

  it('removes a deleted mediation case from the graph and keeps its history', async () => {
    const key = 'TJ2024-371326-00053';
    const topic = 'dept.justice.mediations';
    const [events] = await execute<{ n: string }[]>(
      t.orm.em.fork(),
      'select count(*) as n from hub_event where source_topic = ? and source_key = ?',
      [topic, key],
    );
    expect(Number(events.n)).toBe(0);
    const res = await t.graphql(`{ sourceRecord(topic: "${topic}", key: "${key}") { operation } }`);
    expect(res.data!.sourceRecord.operation).toBe('DELETE');
    const [history] = await execute<{ n: string }[]>(
      t.orm.em.fork(),
      'select count(*) as n from source_record where topic = ? and key = ?',
      [topic, key],
    );
    expect(Number(history.n)).toBeGreaterThan(1);
  });

  it('ends the residence of a cancelled registration', async () => {
    // The registrations whose newest message, the one the hub applied, is a cancellation: the
    // registered person's residence ends (the landlord's ownership does not).
    // Payloads are sealed at rest: open them to find the cancellations.
    const applied = await execute<{ source_key: string; valid_to: string | null; payload: { sealed: string } }[]>(
      t.orm.em.fork(),
      `select r.source_key, r.valid_to::text, s.payload from ingest_state i join source_record s on s.id = i.source_record_id
         join residence r on r.source_topic = s.topic and r.source_key = s.key
        where s.topic = 'dept.police.residents' and r.kind <> 'LANDLORD'`,
    );
    const rows = applied.filter((r) => (revealPayload(r.payload) as { status: string }).status === 'CANCELLED');
    expect(rows.length).toBeGreaterThan(0);
    expect(applied.length).toBeGreaterThan(rows.length);
    for (const r of rows) expect(r.valid_to).not.toBeNull();
  });
});
