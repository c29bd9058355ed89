import { execute } from '../../../src/db/sql';
import { generateIdentityNumber, maskIdentityNumber } from '../../../src/identity';
import { randomTopicName } from '../../helpers/kafka-broker';
import { resetDatabase, startTestHub, TestHub } from '../../helpers/test-hub';
import { graphSnapshot } from './graph-snapshot';
import { line, testConnector, loadTestRegistry } from './test-connector';
import { AccessRole, Department } from '../../../src/access/access.enums';

const connector = testConnector(randomTopicName('test.http'), { versioned: true });
const topic = connector.topic;
let t: TestHub;

beforeAll(async () => {
  // No KAFKA_BROKERS: the embedded default, where HTTP ingest is the way in.
  t = await startTestHub({ KAFKA_BROKERS: '' }, { connectors: [connector] });
  await resetDatabase(t.orm);
  await loadTestRegistry(t.orm);
});
afterAll(() => t.stop());

const post = (path: string, body: string, token = t.adminToken) =>
  fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
const number = generateIdentityNumber({ divisionCode: '371326', birthDate: '1975-05-05', sequence: 42 });
const FILE = [
  line('R1', { id: 'R1', v: 2, name: '张 伟', idNumber: number, status: 'CLOSED', address: '东关街3号' }),
  line('R2', { id: 'R2', v: 1, name: '李娜', idNumber: number.toLowerCase(), status: 'OPEN' }),
  line('R1', { id: 'R1', v: 1, name: '张伟', idNumber: number, status: 'OPEN', address: '东关街3号' }),
  line('R3', { id: 'R3', v: 1, name: '王芳', status: 'LOST' }),
  '{"key": "R4", "value": ',
].join('\n');

describe('POST /ingest/:topic', () => {
  it('takes feeds only from administrators and the department that owns the feed', async () => {
    const anonymous = await post(`/ingest/${topic}`, FILE, '');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const petitions = await t.issueToken({
      name: '信访 desk',
      department: Department.PETITIONS,
      roles: [AccessRole.OFFICER],
    });
    const foreign = await post('/ingest/dept.police.incidents', FILE, petitions);
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const police = await t.issueToken({
      name: '公安 desk',
      department: Department.POLICE,
      roles: [AccessRole.OFFICER],
    });
    const own = await post('/ingest/dept.police.incidents', '{"key": "X", "value": {}}', police);
    // Past the guard: this hub runs only the test connector, so the police feed is not found here.
    expect(own.status).toBe(404);
    expect(((await own.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('writes the lines through the pipeline and returns what it applied and set apart', async () => {
    const res = await post(`/ingest/${topic}`, FILE);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ topic, received: 5, applied: 2, stale: 1 });
    expect(body.deadLetters.map((d: { line: number; reason: string }) => [d.line, d.reason.split(':')[0]])).toEqual([
      [4, 'SCHEMA'],
      [5, 'BAD_JSON'],
    ]);
    const [event] = await execute<{ status: string }[]>(
      t.orm.em.fork(),
      'select status from hub_event where source_topic = ? and source_key = ?',
      [topic, 'R1'],
    );
    expect(event.status).toBe('CLOSED');
  });

  it('changes nothing when the same file is sent again', async () => {
    const before = await graphSnapshot(t.orm);
    const res = await post(`/ingest/${topic}`, FILE);
    expect(((await res.json()) as any).applied).toBe(0);
    expect(await graphSnapshot(t.orm)).toEqual(before);
  });

  it('answers 404 for a topic without a connector and 400 for an empty body', async () => {
    const unknown = await post('/ingest/dept.unknown', FILE);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).error.code).toBe('NOT_FOUND');
    const empty = await post(`/ingest/${topic}`, '  \n');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).error.code).toBe('BAD_USER_INPUT');
  });

  it('serves the source record with its mentions and the sources of what it asserted', async () => {
    const res = await t.graphql(
      `query($topic: String!, $key: String!) {
        sourceRecord(topic: $topic, key: $key) {
          topic key version operation contentHash
          mentions { path entityType rule person { id name identityNumber sources { key version } events(first: 5) { edges { node { id sources { key version } } } } } house { id sources { key } } }
        }
        missing: sourceRecord(topic: $topic, key: "nope") { key }
      }`,
      { topic, key: 'R1' },
    );
    expect(res.errors).toBeUndefined();
    const record = res.data!.sourceRecord;
    expect(record).toMatchObject({ topic, key: 'R1', version: '2', operation: 'UPSERT' });
    expect(res.data!.missing).toBeNull();
    const person = record.mentions.find((m: { path: string }) => m.path === 'person');
    expect(person).toMatchObject({
      entityType: 'PERSON',
      rule: 'IDENTITY_NUMBER',
      person: { name: '张伟', identityNumber: maskIdentityNumber(number) },
    });
    // R2 typed the same number with a lower-case x: one golden person, asserted by R1 and R2. The
    // late older version R1@1 is kept as a source record only, so it asserts nothing.
    expect(person.person.sources.map((s: { key: string; version: string }) => `${s.key}@${s.version}`).sort()).toEqual([
      'R1@2',
      'R2@1',
    ]);
    const house = record.mentions.find((m: { path: string }) => m.path === 'house');
    expect(house.house.sources.map((s: { key: string }) => s.key)).toEqual(['R1']);
    const events = person.person.events.edges
      .map((e: { node: { sources: { key: string }[] } }) => e.node.sources.map((s) => s.key)[0])
      .sort();
    expect(events).toEqual(['R1', 'R2']);
  });

  it('rejects an empty topic or key argument with a coded error', async () => {
    const res = await t.graphql(`{ sourceRecord(topic: "", key: "x") { key } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
