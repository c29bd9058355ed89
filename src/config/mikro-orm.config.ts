import { join } from 'node:path';
import { DefaultLogger, LoggerOptions, LogContext } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, Options } from '@mikro-orm/postgresql';
import { ENTITIES } from '../domain/entities';

const ROOT = join(__dirname, '..', '..');

/**
 * Counts every SQL statement the ORM sends, the access ledger's apart (its forks carry the logger
 * label `ledger`), so the read path's statements per request can be seen on their own.
 * /metrics and bench:query read it.
 */
export const sqlStatementCounter = { count: 0, ledger: 0 };

export const LEDGER_LOGGER_LABEL = 'ledger';

class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.label === LEDGER_LOGGER_LABEL) sqlStatementCounter.ledger += 1;
    else sqlStatementCounter.count += 1;
    super.logQuery(context);
  }
}

export interface OrmDatabaseOptions {
  url: string;
  poolMax: number;
  /** Log every statement (development aid). */
  debug?: boolean;
  /**
   * Read and write the committed schema snapshot: only for creating and checking migrations.
   * Applying migrations with it on would rewrite the snapshot from the live database.
   */
  snapshot?: boolean;
}

/** The ORM options for a database: entities, migrations from `migrations/`, UTC everywhere. */
export function createOrmOptions(db: OrmDatabaseOptions): Options {
  return defineConfig({
    clientUrl: db.url,
    entities: ENTITIES,
    forceUtcTimezone: true,
    pool: { min: 0, max: db.poolMax },
    debug: db.debug ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new CountingLogger(options),
    allowGlobalContext: false,
    extensions: [Migrator],
    // Run from TypeScript sources (swc) in development and tests, from dist/ when compiled.
    preferTs: __filename.endsWith('.ts'),
    migrations: {
      path: join(ROOT, 'dist', 'migrations'),
      pathTs: join(ROOT, 'migrations'),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: db.snapshot ?? false,
      snapshotName: '.snapshot-govgraph',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  });
}
