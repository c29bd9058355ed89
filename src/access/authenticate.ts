import type { MikroORM } from '@mikro-orm/postgresql';
import { HubError, HubErrorCode } from '../graphql/errors';
import { actingMemberIdFrom, RequestHeaders } from '../graphql/acting-member';
import { AccessRole, ClientKind, Department } from './access.enums';
import { hashApiKey, looksLikeApiKey } from './api-keys';
import type { ClientLimits, Principal } from './principal';
import { TokenError, verifyToken } from './tokens';

/** What a request presents: the Authorization header, an x-api-key header, the development member header. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
  member?: string;
}

function header(headers: RequestHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/** The credentials in HTTP (or WebSocket upgrade) headers. */
export function credentialsFrom(headers: RequestHeaders | undefined): Credentials {
  return {
    authorization: header(headers, 'authorization'),
    apiKey: header(headers, 'x-api-key'),
    member: actingMemberIdFrom(headers),
  };
}

export interface AuthenticatorOptions {
  orm: MikroORM;
  tokenSecret: string;
  defaults: ClientLimits;
  /** Outside production the `x-govgraph-member` header names the acting member when the token does not. */
  allowMemberHeader: boolean;
  /** How long a client row (and a grid's micro-grids) is trusted before it is read again. */
  cacheMs?: number;
}

interface ClientRow {
  id: string;
  name: string;
  department: Department;
  kind: ClientKind;
  roles: AccessRole[];
  region_code: string | null;
  grid_id: string | null;
  member_id: string | null;
  revoked_at: Date | null;
  rate_limit_per_minute: number | null;
  max_depth: number | null;
  max_cost: number | null;
  max_page_size: number | null;
}

export function unauthenticated(message: string): HubError {
  return new HubError(HubErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

function cached<V>(ttl: number, load: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return (key) => {
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < ttl) return hit.value;
    const value = load(key);
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

const CLIENT_COLUMNS =
  'id, name, department, kind, roles, region_code, grid_id, member_id, revoked_at, rate_limit_per_minute, max_depth, max_cost, max_page_size';

/**
 * Resolves a request's credentials to a Principal: a hub-signed JWT (`Authorization: Bearer …`)
 * or an API key (`x-api-key`, or `Authorization: ApiKey …`). Rejects with UNAUTHENTICATED when
 * there are none, they do not verify, or the client is unknown or revoked. Client rows are cached
 * for `cacheMs` (default 5 s): a revocation takes effect on every process within that time.
 */
export function createAuthenticator(options: AuthenticatorOptions) {
  const ttl = options.cacheMs ?? 5000;
  const conn = () => options.orm.em.getConnection();
  const clientById = cached(
    ttl,
    async (id) =>
      (await conn().execute<ClientRow[]>(`select ${CLIENT_COLUMNS} from access_client where id = ?`, [id]))[0] ?? null,
  );
  const clientByKey = cached(
    ttl,
    async (hash) =>
      (
        await conn().execute<ClientRow[]>(`select ${CLIENT_COLUMNS} from access_client where api_key_hash = ?`, [hash])
      )[0] ?? null,
  );
  const gridFamily = cached(ttl, async (grid) => {
    const rows = await conn().execute<{ id: string }[]>('select id from grid where id = ? or parent_id = ?', [
      grid,
      grid,
    ]);
    return rows.map((r) => r.id);
  });

  function limits(row: ClientRow): ClientLimits {
    const d = options.defaults;
    return {
      rateLimitPerMinute: row.rate_limit_per_minute ?? d.rateLimitPerMinute,
      maxDepth: Math.min(row.max_depth ?? d.maxDepth, d.maxDepth),
      maxCost: Math.min(row.max_cost ?? d.maxCost, d.maxCost),
      maxPageSize: Math.min(row.max_page_size ?? d.maxPageSize, d.maxPageSize),
    };
  }

  async function principalOf(
    row: ClientRow | null,
    grant: { roles: AccessRole[]; region?: string; grid?: string; member?: string },
    header?: string,
  ): Promise<Principal> {
    if (!row) throw unauthenticated('unknown client');
    if (row.revoked_at) throw unauthenticated('this client has been revoked');
    const grid = grant.grid ?? row.grid_id ?? undefined;
    return {
      clientId: row.id,
      clientName: row.name,
      kind: row.kind,
      department: row.department,
      // A token never grants more than its client row holds now.
      roles: grant.roles.filter((r) => row.roles.includes(r)),
      regionCode: grant.region ?? row.region_code ?? undefined,
      gridIds: grid ? await gridFamily(grid) : undefined,
      memberId: grant.member ?? row.member_id ?? (options.allowMemberHeader ? header : undefined),
      limits: limits(row),
    };
  }

  return async function authenticate(credentials: Credentials): Promise<Principal> {
    const auth = credentials.authorization?.trim();
    const apiKey = credentials.apiKey?.trim() ?? (auth?.startsWith('ApiKey ') ? auth.slice(7).trim() : undefined);
    if (apiKey) {
      if (!looksLikeApiKey(apiKey)) throw unauthenticated('malformed API key');
      const row = await clientByKey(hashApiKey(apiKey));
      return principalOf(row, { roles: row?.roles ?? [] }, credentials.member);
    }
    if (!auth) throw unauthenticated('a bearer token or an API key is required');
    if (!auth.startsWith('Bearer ')) throw unauthenticated('use "Authorization: Bearer <token>"');
    let claims;
    try {
      claims = verifyToken(options.tokenSecret, auth.slice(7).trim());
    } catch (error) {
      throw unauthenticated(error instanceof TokenError ? error.message : 'invalid token');
    }
    const row = await clientById(claims.sub);
    if (row && row.department !== claims.dept) throw unauthenticated('the token does not match its client');
    return principalOf(
      row,
      { roles: claims.roles as AccessRole[], region: claims.region, grid: claims.grid, member: claims.member },
      credentials.member,
    );
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
