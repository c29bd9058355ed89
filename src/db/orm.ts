import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions, OrmDatabaseOptions } from '../config/mikro-orm.config';

/** Connects the ORM; rejects when the database cannot be reached. */
export async function createOrm(db: OrmDatabaseOptions): Promise<MikroORM> {
  return MikroORM.init(createOrmOptions(db));
}

/** Applies every pending committed migration in one transaction; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Names of committed migrations not yet applied to this database. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((m) => m.name);
}
