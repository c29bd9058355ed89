import type { MikroORM } from '@mikro-orm/postgresql';
import { sqlStatementCounter } from '../../src/config/mikro-orm.config';
import { createOrm } from '../../src/db/orm';
import { DeferredValue, execute, positional, readRows } from '../../src/db/sql';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 3 });
  await execute(
    orm.em.fork(),
    'create table if not exists read_rows_probe (id int primary key, tags text[], at timestamptz)',
  );
  await execute(orm.em.fork(), 'truncate read_rows_probe');
});
afterAll(async () => {
  await execute(orm.em.fork(), 'drop table if exists read_rows_probe');
  await orm.close();
});

describe('readRows, the read path’s direct statements', () => {
  it('numbers `?` placeholders for PostgreSQL and refuses the forms knex would read differently', () => {
    expect(positional('select * from t where a = ? and b = any(?::uuid[]) limit ?')).toBe(
      'select * from t where a = $1 and b = any($2::uuid[]) limit $3',
    );
    expect(() => positional('select ?? from t')).toThrow(/plain `\?` placeholders/);
  });

  it('answers the rows execute answers, arrays and JSON left to parse on use, and counts each statement', async () => {
    const em = orm.em.fork();
    await execute(em, `insert into read_rows_probe values (1, '{a,"b,c"}', '2026-01-02T03:04:05Z'), (2, null, null)`);
    const sql = `select *, jsonb_build_object('k', id) as doc from read_rows_probe where id = any(?) order by id`;
    const before = sqlStatementCounter.count;
    const direct = await readRows<Record<string, unknown>>(em, sql, [[1, 2]]);
    expect(sqlStatementCounter.count - before).toBe(1);
    // Arrays and JSON come as the database's text with the driver's own parser (read-rows.ts parses on first read).
    expect(direct[0].tags).toBeInstanceOf(DeferredValue);
    expect(direct[0].doc).toBeInstanceOf(DeferredValue);
    const parsed = direct.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof DeferredValue ? v.value() : v])),
    );
    expect(parsed).toEqual(await execute(em, sql, [[1, 2]]));
    // The ORM's connection keeps timestamps as PostgreSQL's text; read-rows.ts converts them.
    expect(parsed[0]).toEqual({ id: 1, tags: ['a', 'b,c'], at: '2026-01-02 03:04:05+00', doc: { k: 1 } });
    expect(direct[1].tags).toBeNull();
    // undefined binds as null, as in execute.
    expect(await readRows(em, 'select ?::int is null as missing', [undefined])).toEqual([{ missing: true }]);
  });

  it('reads inside the EntityManager’s transaction when it has one, so it sees what the transaction wrote', async () => {
    await orm.em.fork().transactional(async (tx) => {
      await execute(tx, 'insert into read_rows_probe values (3, null, null)');
      expect(await readRows(tx, 'select id from read_rows_probe where id = ?', [3])).toEqual([{ id: 3 }]);
      // Another connection does not see it yet: the read above went through the transaction.
      expect(await readRows(orm.em.fork(), 'select id from read_rows_probe where id = ?', [3])).toEqual([]);
    });
  });

  it('rejects with the database’s error and gives the connection back to the pool', async () => {
    const em = orm.em.fork();
    for (let i = 0; i < 5; i++)
      await expect(readRows(em, 'select * from no_such_table')).rejects.toThrow(/no_such_table/);
    expect(await readRows(em, 'select 1 as one')).toEqual([{ one: 1 }]);
  });
});
