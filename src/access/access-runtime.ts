import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { HubConfig } from '../config/env';
import type { HubContext } from '../graphql/context';
import type { Logger } from '../shared/logger';
import { AccessRole, Department } from './access.enums';
import { AccessClient } from './access-client.entity';
import { createLedgerPlugin } from './access.plugin';
import { Authenticate, createAuthenticator } from './authenticate';
import { TokenSigner, tokenFor } from './clients.service';
import { createLedgerWriter, LedgerWriter } from './ledger/ledger-writer';
import type { ClientLimits } from './principal';
import { createRateLimiter, RateLimiter } from './rate-limit';
import type { AccessSecrets } from './secrets';

export interface AccessRuntime {
  authenticate?: Authenticate;
  rateLimiter?: RateLimiter;
  signer?: TokenSigner;
  ledger?: LedgerWriter;
  plugins: ApolloServerPlugin<HubContext>[];
  defaultLimits: ClientLimits;
}

/**
 * Wires access control for the hub: the authenticator, per-client rate limits, the token signer
 * for admin mutations and the access ledger writer with its response hook. With authorization
 * off (never in production) only the default limits remain.
 */
export function createAccessRuntime(
  config: HubConfig,
  orm: MikroORM,
  secrets: AccessSecrets,
  logger: Logger,
): AccessRuntime {
  const defaultLimits: ClientLimits = {
    rateLimitPerMinute: config.access.rateLimitPerMinute,
    maxDepth: config.graphql.maxDepth,
    maxCost: config.graphql.maxCost,
    maxPageSize: config.graphql.maxPageSize,
  };
  if (!config.access.enabled) {
    logger.warn('authorization is OFF (GOVGRAPH_ACCESS_CONTROL=false): every request reads everything in clear text');
    return { plugins: [], defaultLimits };
  }
  const ledger = createLedgerWriter(orm);
  return {
    authenticate: createAuthenticator({
      orm,
      tokenSecret: secrets.tokenSecret,
      defaults: defaultLimits,
      allowMemberHeader: config.env !== 'production',
    }),
    rateLimiter: createRateLimiter(),
    signer: { secret: secrets.tokenSecret, ttlSeconds: config.access.tokenTtlSeconds },
    ledger,
    plugins: [createLedgerPlugin(ledger, logger)],
    defaultLimits,
  };
}

const LOCAL_ADMIN = 'local administrator (embedded database)';

/**
 * For the embedded development database only: makes sure a local administrator client exists
 * and returns a fresh token for it, so `npm start` on a new machine can be queried at once.
 */
export async function localAdminToken(orm: MikroORM, signer: TokenSigner): Promise<string> {
  const em = orm.em.fork();
  let admin = await em.findOne(AccessClient, { name: LOCAL_ADMIN, revokedAt: null });
  if (!admin) {
    admin = Object.assign(new AccessClient(), {
      name: LOCAL_ADMIN,
      department: Department.HUB,
      roles: [AccessRole.ADMIN],
    });
    await em.persistAndFlush(admin);
  }
  return tokenFor(admin, signer);
}
