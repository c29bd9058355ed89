import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDivisionCode } from '../identity';
import { execute } from '../db/sql';
import { badInput, notFound } from '../graphql/errors';
import { checkedId } from '../domain/shared/id-argument';
import { ClientKind } from './access.enums';
import { AccessClient } from './access-client.entity';
import { generateApiKey, hashApiKey } from './api-keys';
import { IssueClientInput, IssuedClient } from './clients.inputs';
import { policyKey } from './policies';
import { signToken } from './tokens';

export interface TokenSigner {
  secret: string;
  ttlSeconds: number;
}

function positive(value: number | undefined, argument: string): number | undefined {
  if (value != null && (!Number.isInteger(value) || value < 1))
    throw badInput(argument, 'must be a positive whole number');
  return value ?? undefined;
}

async function validate(em: EntityManager, input: IssueClientInput): Promise<void> {
  if (!input.name.trim()) throw badInput('input.name', 'must not be blank');
  if (!input.roles.length) throw badInput('input.roles', 'must name at least one role');
  for (const role of input.roles) {
    if (!policyKey(input.department, role))
      throw badInput('input.roles', `no policy for role ${role} in department ${input.department}`);
  }
  if (input.regionCode) {
    try {
      parseDivisionCode(input.regionCode);
    } catch {
      throw badInput('input.regionCode', `"${input.regionCode}" is not a 12-digit division code`);
    }
  }
  if (input.gridId) {
    const [grid] = await execute(em, 'select id from grid where id = ?', [checkedId(input.gridId, 'input.gridId')]);
    if (!grid) throw badInput('input.gridId', `grid ${input.gridId} does not exist`);
  }
  for (const limit of ['rateLimitPerMinute', 'maxDepth', 'maxCost', 'maxPageSize'] as const)
    positive(input[limit], `input.${limit}`);
}

/** The bearer token of a client, carrying what its row grants. */
export function tokenFor(client: AccessClient, signer: TokenSigner, ttlSeconds = signer.ttlSeconds): string {
  return signToken(
    signer.secret,
    {
      sub: client.id,
      dept: client.department,
      roles: client.roles,
      region: client.regionCode,
      grid: client.gridId,
      member: client.memberId,
    },
    ttlSeconds,
  );
}

/**
 * Registers a client and returns its bearer token (and API key when asked for), which are shown
 * only now: the hub keeps the key's hash and nothing from which the token could be re-read.
 * Rejects unknown department/role combinations, malformed regions and unknown grids by argument.
 */
export async function issueClient(
  em: EntityManager,
  input: IssueClientInput,
  signer: TokenSigner,
): Promise<IssuedClient> {
  await validate(em, input);
  const apiKey = input.apiKey ? generateApiKey() : undefined;
  const client = Object.assign(new AccessClient(), {
    name: input.name.trim(),
    department: input.department,
    kind: input.kind ?? ClientKind.SYSTEM,
    roles: [...new Set(input.roles)],
    regionCode: input.regionCode ?? undefined,
    gridId: input.gridId?.toLowerCase() ?? undefined,
    memberId: input.memberId ?? undefined,
    apiKeyHash: apiKey ? hashApiKey(apiKey) : undefined,
    rateLimitPerMinute: input.rateLimitPerMinute ?? undefined,
    maxDepth: input.maxDepth ?? undefined,
    maxCost: input.maxCost ?? undefined,
    maxPageSize: input.maxPageSize ?? undefined,
  });
  await em.persistAndFlush(client);
  return Object.assign(new IssuedClient(), { client, token: tokenFor(client, signer), apiKey });
}

export function listClients(em: EntityManager, includeRevoked: boolean): Promise<AccessClient[]> {
  return em.find(AccessClient, includeRevoked ? {} : { revokedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Revokes a client: its tokens and API key stop working (within the authenticator's cache time). */
export async function revokeClient(em: EntityManager, id: string): Promise<AccessClient> {
  const client = await em.findOne(AccessClient, { id: checkedId(id) });
  if (!client) throw notFound('Client', id);
  client.revokedAt ??= new Date();
  await em.flush();
  return client;
}
