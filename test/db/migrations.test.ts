import { Client } from 'pg';
import { createOrm, migrate, pendingMigrations } from '../../src/db/orm';

const adminUrl = process.env.GOVGRAPH_TEST_ADMIN_URL!;
const name = `govgraph_migrations_${Date.now().toString(36)}`;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(() => admin(`create database ${name}`));
afterAll(() => admin(`drop database if exists ${name} with (force)`));

describe('migrations', () => {
  it('bring an empty database up to the entities with nothing left pending or undeclared', async () => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const orm = await createOrm({ url: url.toString(), poolMax: 2 });
    try {
      expect(await pendingMigrations(orm)).not.toHaveLength(0);
      const applied = await migrate(orm);
      expect(applied.length).toBeGreaterThan(0);
      expect(await pendingMigrations(orm)).toEqual([]);
      expect(await migrate(orm)).toEqual([]);
      // An entity changed without its migration would show up here.
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
    }
  });
});
