import { createHash } from 'node:crypto';
import { createOrm } from '../../src/db/orm';
import { AccessRole, Department } from '../../src/access/access.enums';
import { IssueClientInput } from '../../src/access/clients.inputs';
import { issueClient } from '../../src/access/clients.service';
import { configureFieldCrypto, parseKeyring } from '../../src/access/field-crypto';

const derive = (label: string) => createHash('sha256').update(`govgraph bench only: ${label}`).digest();

/**
 * Fixed secrets for the benchmark database only (it holds generated people and is kept between
 * runs, so its keys must be stable). Never use them for anything else.
 */
export const BENCH_SECRETS = {
  GOVGRAPH_TOKEN_SECRET: derive('token').toString('base64url'),
  GOVGRAPH_FIELD_KEYS: `bench1:${derive('field').toString('base64')}`,
  GOVGRAPH_BLIND_INDEX_KEY: derive('index').toString('base64'),
};

/** Loads the bench keyring into this process (seeding seals identity numbers and phones with it). */
export function useBenchKeyring(): void {
  configureFieldCrypto(parseKeyring(BENCH_SECRETS.GOVGRAPH_FIELD_KEYS, BENCH_SECRETS.GOVGRAPH_BLIND_INDEX_KEY));
}

/** Registers a bench client on the database and returns the headers that present its token. */
export async function benchClientHeaders(
  databaseUrl: string,
  input: Partial<IssueClientInput>,
): Promise<Record<string, string>> {
  const orm = await createOrm({ url: databaseUrl, poolMax: 1 });
  try {
    const issued = await issueClient(
      orm.em.fork(),
      Object.assign(new IssueClientInput(), {
        name: 'bench',
        department: Department.HUB,
        roles: [AccessRole.ADMIN],
        rateLimitPerMinute: 10_000_000,
        ...input,
      }),
      { secret: BENCH_SECRETS.GOVGRAPH_TOKEN_SECRET, ttlSeconds: 24 * 3600 },
    );
    return { authorization: `Bearer ${issued.token}` };
  } finally {
    await orm.close();
  }
}
