import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { configureFieldCrypto, openField, parseKeyring, sealField } from '../../src/access/field-crypto';
import { identityNumberIndex, protectIdentityNumber, revealIdentityNumber } from '../../src/access/protect';
import { resealWithCurrentKey } from '../../src/access/reseal';
import type { DemoCounty } from '../../src/demo/demo.types';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;
let county: DemoCounty;
const testKeys = () => parseKeyring(process.env.GOVGRAPH_FIELD_KEYS!, process.env.GOVGRAPH_BLIND_INDEX_KEY!);

beforeAll(async () => {
  t = await startTestHub();
  county = await seedSmallCounty(t.orm, 200, 5);
});
afterAll(async () => {
  configureFieldCrypto(testKeys());
  await t.stop();
});

describe('identity numbers and phones at rest', () => {
  it('leaves no clear-text identity number or phone in any row of the person table', async () => {
    const rows = await execute<{ row: string }[]>(t.orm.em.fork(), 'select p::text as row from person p');
    expect(rows).toHaveLength(county.people.length);
    const dump = rows.map((r) => r.row).join('\n');
    for (const person of county.people) {
      expect(dump).not.toContain(person.identityNumber);
      for (const phone of person.phones) expect(dump).not.toContain(phone);
    }
    expect(dump).toMatch(/v1\.test1\./);
  });

  it('still matches exactly through the blind index, and the unique index holds on it', async () => {
    const person = county.people[3];
    const res = await t.graphql(
      `query($n: String!) { people(filter: { identityNumber: $n }) { totalCount nodes { name } } }`,
      { n: person.identityNumber },
    );
    expect(res.data!.people.totalCount).toBe(1);
    const copy = protectIdentityNumber(person.identityNumber);
    await expect(
      execute(
        t.orm.em.fork(),
        `insert into person (id, name, name_key, identity_number_enc, identity_number_bidx, identity_number_valid) values (gen_random_uuid(), 'x', 'x', ?, ?, true)`,
        [copy.sealed, copy.index],
      ),
    ).rejects.toThrow(/person_identity_number_idx/);
    expect(copy.sealed).not.toBe(protectIdentityNumber(person.identityNumber).sealed); // a fresh nonce every time
  });

  it('refuses a ciphertext that was altered or moved to another column', () => {
    const sealed = sealField('identity_number', '37132619900101451X');
    const [v, id, iv, body] = sealed.split('.');
    // The second-to-last character is all ciphertext bits (the last carries padding): change it.
    const flipped = `${v}.${id}.${iv}.${body.slice(0, -2)}${body.at(-2) === 'A' ? 'B' : 'A'}${body.slice(-1)}`;
    expect(flipped).not.toBe(sealed);
    expect(() => openField('identity_number', flipped)).toThrow();
    expect(() => openField('phone', sealed)).toThrow();
    expect(openField('identity_number', sealed)).toBe('37132619900101451X');
  });

  it('rotates keys: re-seals under the new key, reads with the old key gone, and keeps the blind index', async () => {
    const old = testKeys();
    const fresh = { id: 'test2', key: randomBytes(32) };
    configureFieldCrypto({ keys: [fresh, ...old.keys], indexKey: old.indexKey });
    const em = t.orm.em.fork();
    const resealed = await em.transactional((tx) =>
      resealWithCurrentKey((sql, params) => execute(tx, sql, params), 50),
    );
    expect(resealed).toBe(county.people.length);
    expect(await resealWithCurrentKey((sql, params) => execute(t.orm.em.fork(), sql, params))).toBe(0);

    configureFieldCrypto({ keys: [fresh], indexKey: old.indexKey });
    const [row] = await execute<{ enc: string; bidx: string }[]>(
      t.orm.em.fork(),
      'select identity_number_enc as enc, identity_number_bidx as bidx from person where identity_number_bidx = ?',
      [identityNumberIndex(county.people[0].identityNumber)],
    );
    expect(row.enc.startsWith('v1.test2.')).toBe(true);
    expect(revealIdentityNumber(row.enc)).toBe(county.people[0].identityNumber);
    const res = await t.graphql(
      `query($n: String!) { people(filter: { identityNumber: $n }) { nodes { identityNumber(purpose: "rotation check") phones } } }`,
      { n: county.people[0].identityNumber },
    );
    expect(res.data!.people.nodes[0]).toEqual({
      identityNumber: county.people[0].identityNumber,
      phones: county.people[0].phones,
    });
  });
});

describe('the encryption migration', () => {
  const adminUrl = process.env.GOVGRAPH_TEST_ADMIN_URL!;
  const name = `govgraph_seal_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  afterAll(() => admin(`drop database if exists ${name} with (force)`));

  it('seals the identity numbers and phones of rows written before it', async () => {
    configureFieldCrypto(testKeys());
    await admin(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const orm = await createOrm({ url: url.toString(), poolMax: 2 });
    try {
      await orm.getMigrator().up({ to: 'Migration20261122001508_initial' });
      const [a, b] = county.people;
      await execute(
        orm.em.fork(),
        `insert into person (id, name, name_key, identity_number, identity_number_valid, phones) values (gen_random_uuid(), 'a', 'a', ?, true, ?), (gen_random_uuid(), 'b', 'b', ?, true, '{}')`,
        [a.identityNumber, `{${a.phones.join(',')}}`, b.identityNumber],
      );
      await orm.getMigrator().up();
      const rows = await execute<Record<string, any>[]>(
        orm.em.fork(),
        'select p::text as dump, identity_number_enc, identity_number_bidx, phones_enc from person p order by name',
      );
      expect(rows.map((r) => revealIdentityNumber(r.identity_number_enc))).toEqual([
        a.identityNumber,
        b.identityNumber,
      ]);
      expect(rows[0].identity_number_bidx).toBe(identityNumberIndex(a.identityNumber));
      expect(rows[0].phones_enc).toHaveLength(a.phones.length);
      expect(rows.map((r) => r.dump).join()).not.toContain(a.identityNumber);
      const columns = await execute<{ column_name: string }[]>(
        orm.em.fork(),
        `select column_name from information_schema.columns where table_name = 'person'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('identity_number');
    } finally {
      await orm.close();
    }
  });
});
