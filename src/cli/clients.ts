import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { parseEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { createOrm } from '../db/orm';
import { AccessRole, ClientKind, Department } from '../access/access.enums';
import { IssueClientInput } from '../access/clients.inputs';
import { issueClient, listClients, revokeClient } from '../access/clients.service';
import { loadAccessSecrets } from '../access/secrets';

const USAGE = `usage:
  npm run clients -- issue --name NAME --department DEPT --role ROLE [--role ROLE…] [--region CODE] [--grid ID]
                           [--member ID] [--kind SYSTEM|APP] [--api-key] [--rate-limit N] [--max-page-size N]
  npm run clients -- list [--all]
  npm run clients -- revoke ID`;

function oneOf<T extends string>(values: Record<string, T>, value: string | undefined, what: string): T {
  if (value && Object.values(values).includes(value as T)) return value as T;
  throw new Error(`--${what} must be one of ${Object.values(values).join(', ')}`);
}

const optionalInt = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/**
 * `npm run clients -- issue|list|revoke`: the administrator's command line for department
 * clients, on the configured database. `issue` prints the token (and API key) once.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      department: { type: 'string' },
      role: { type: 'string', multiple: true },
      region: { type: 'string' },
      grid: { type: 'string' },
      member: { type: 'string' },
      kind: { type: 'string' },
      'api-key': { type: 'boolean' },
      'rate-limit': { type: 'string' },
      'max-page-size': { type: 'string' },
      all: { type: 'boolean' },
    },
  });
  const [command, id] = positionals;
  if (!['issue', 'list', 'revoke'].includes(command)) throw new Error(USAGE);
  const config = parseEnv();
  const secrets = loadAccessSecrets(config);
  const database = await openDatabase(config.database);
  const orm = await createOrm({ url: database.url, poolMax: 1 });
  try {
    const em = orm.em.fork();
    if (command === 'issue') {
      const input = Object.assign(new IssueClientInput(), {
        name: values.name ?? '',
        department: oneOf(Department, values.department, 'department'),
        roles: (values.role ?? []).map((r) => oneOf(AccessRole, r, 'role')),
        kind: values.kind ? oneOf(ClientKind, values.kind, 'kind') : undefined,
        regionCode: values.region,
        gridId: values.grid,
        memberId: values.member,
        apiKey: values['api-key'],
        rateLimitPerMinute: optionalInt(values['rate-limit']),
        maxPageSize: optionalInt(values['max-page-size']),
      });
      const issued = await issueClient(em, input, {
        secret: secrets.tokenSecret,
        ttlSeconds: config.access.tokenTtlSeconds,
      });
      console.log(`client ${issued.client.id} (${issued.client.name}) issued; shown once:`);
      console.log(`  Authorization: Bearer ${issued.token}`);
      if (issued.apiKey) console.log(`  x-api-key: ${issued.apiKey}`);
    } else if (command === 'list') {
      for (const c of await listClients(em, !!values.all)) {
        console.log(
          [
            c.id,
            c.department,
            c.roles.join('+'),
            c.regionCode ?? '-',
            c.revokedAt ? `revoked ${c.revokedAt.toISOString()}` : 'active',
            c.name,
          ].join('\t'),
        );
      }
    } else {
      if (!id) throw new Error(USAGE);
      const client = await revokeClient(em, id);
      console.log(`client ${client.id} (${client.name}) revoked at ${client.revokedAt!.toISOString()}`);
    }
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
