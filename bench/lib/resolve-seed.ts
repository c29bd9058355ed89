import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { identityNumberIndex, protectIdentityNumber, protectPhones } from '../../src/access/protect';
import { createOrm, migrate } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import type { DemoPerson } from '../../src/demo';
import { blockingKeys } from '../../src/resolution/blocking';
import { mentionFeatures } from '../../src/resolution/features';
import { uuidv7 } from '../../src/shared/ids';
import type { PersonMention } from '../../connectors/shared/canonical-record';

const SEEDED = '2024-01-01T00:00:00Z';
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** How a demo person is written in a record: as the resolver will see them. */
export function mentionOf(p: DemoPerson, withId: boolean): PersonMention {
  return {
    path: '$',
    name: p.name,
    identityNumber: withId ? { value: p.identityNumber, valid: true, legacy: false } : null,
    phones: p.phones,
    gender: p.gender,
    birthDate: withId ? p.birthDate : null,
    address: null,
    regionCode: p.villageCode,
  };
}

const urlOf = (database: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * A migrated database holding `people` already-resolved people: the golden rows, their match
 * profiles and blocking keys. They are seeded once (set-based, 20,000 at a time) into
 * `<name>_seed`, which no run ever writes to; every run gets a fresh copy of it (`create database
 * … template`), so one run's links, merges and new people cannot leak into the next. Seeded
 * people are touched by a run (observed_at, profiles), so cleaning up after a run in place could
 * not tell them apart from new ones.
 */
export async function prepareResolvedPeople(people: DemoPerson[]): Promise<string> {
  const name = `govgraph_resolve_bench_${people.length}`;
  const seed = `${name}_seed`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const exists = async (db: string) =>
      Boolean((await admin.query('select 1 from pg_database where datname = $1', [db])).rowCount);
    if (!(await exists(seed))) {
      // A database from before the template scheme holds most of the seed already: complete it.
      if (await exists(name)) await admin.query(`alter database ${name} rename to ${seed}`);
      else await admin.query(`create database ${seed}`);
    }
    await completeSeed(urlOf(seed), people);
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name} template ${seed}`);
  } finally {
    await admin.end();
  }
  return urlOf(name);
}

/** Migrates the seed database and writes the people it lacks (found by their number's blind index). */
async function completeSeed(url: string, people: DemoPerson[]): Promise<void> {
  const orm = await createOrm({ url, poolMax: 2 });
  try {
    await migrate(orm);
    const em = orm.em.fork();
    // Only a database from before the template scheme holds anything a run wrote: drop it.
    const [{ stale }] = await execute<{ stale: number }[]>(
      em,
      `select count(*)::int as stale from person where observed_at <> '${SEEDED}'`,
    );
    if (stale) {
      await execute(em, `delete from possible_match`);
      await execute(em, `update person set merged_into_id = null where merged_into_id is not null`);
      const fresh = `select id from person where observed_at <> '${SEEDED}'`;
      await execute(em, `delete from person_match_key where person_id in (${fresh})`);
      await execute(em, `delete from person_profile where person_id in (${fresh})`);
      await execute(em, `delete from person where observed_at <> '${SEEDED}'`);
    }
    const held = new Set(
      (await execute<{ bidx: string }[]>(em, 'select identity_number_bidx as bidx from person')).map((r) => r.bidx),
    );
    // Only people of this very county may be completed: another BENCH_MENTIONS generates another
    // county, whose people must not be mixed in.
    const expected = new Map(people.map((p) => [identityNumberIndex(p.identityNumber), p]));
    if ([...held].some((index) => !expected.has(index)))
      throw new Error(`${url} was seeded from another county (another BENCH_MENTIONS?): drop it and run again`);
    const missing = [...expected].filter(([index]) => !held.has(index)).map(([, p]) => p);
    if (!missing.length && !stale) return;
    const started = Date.now();
    for (let start = 0; start < missing.length; start += 20_000)
      await seedChunk(orm.em.fork(), missing.slice(start, start + 20_000));
    await execute(orm.em.fork(), 'vacuum analyze');
    console.error(`seeded ${missing.length} resolved people in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
}

async function seedChunk(em: EntityManager, chunk: DemoPerson[]): Promise<void> {
  const rows = chunk.map((p) => ({ id: uuidv7(), p, f: mentionFeatures(mentionOf(p, true)) }));
  await execute(
    em,
    `insert into person (id, name, name_key, gender, birth_date, identity_number_enc, identity_number_bidx, identity_number_valid, phones_enc, phone_bidx, observed_at)
     select x.id, x.name, x.name, x.gender, x.birth_date, x.enc, x.bidx, true, x.phones_enc, x.phone_bidx, '${SEEDED}'
       from jsonb_to_recordset(?::jsonb) as x(id uuid, name text, gender text, birth_date date, enc text, bidx text, phones_enc text[], phone_bidx text[])`,
    [
      JSON.stringify(
        rows.map(({ id, p }) => {
          const number = protectIdentityNumber(p.identityNumber);
          const phones = protectPhones(p.phones);
          return {
            id,
            name: p.name,
            gender: p.gender,
            birth_date: p.birthDate,
            enc: number.sealed,
            bidx: number.index,
            phones_enc: phones.sealed,
            phone_bidx: phones.indexes,
          };
        }),
      ),
    ],
  );
  await execute(
    em,
    `insert into person_profile select * from jsonb_to_recordset(?::jsonb) as x(person_id uuid, name_keys text[], pinyins text[], phones text[],
       birth_dates text[], genders text[], addresses text[], localities text[], valid_ids text[], invalid_ids text[])`,
    [
      JSON.stringify(
        rows.map(({ id, f }) => ({
          person_id: id,
          name_keys: f.nameKeys,
          pinyins: f.pinyins,
          phones: f.phones,
          birth_dates: f.birthDates,
          genders: f.genders,
          addresses: f.addresses,
          localities: f.localities,
          valid_ids: f.validIds.map((v) => protectIdentityNumber(v).sealed),
          invalid_ids: f.invalidIds.map((v) => protectIdentityNumber(v).sealed),
        })),
      ),
    ],
  );
  await execute(
    em,
    `insert into person_match_key (key, person_id) select x.key, x.person_id from jsonb_to_recordset(?::jsonb) as x(key text, person_id uuid) on conflict do nothing`,
    [JSON.stringify(rows.flatMap(({ id, f }) => blockingKeys(f).map((key) => ({ key, person_id: id }))))],
  );
}
