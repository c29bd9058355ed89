import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Hub-signed bearer tokens: compact JWTs (HS256, RFC 7519) made with node:crypto. A token names
 * the client and carries what the policy needs (department, roles, region scope, grid, acting
 * member); the client row is still checked on use, so revoking a client revokes its tokens.
 */
export interface TokenClaims {
  /** The client id. */
  sub: string;
  dept: string;
  roles: string[];
  /** 12-digit division code of the region subtree; absent for the whole hub. */
  region?: string;
  /** The grid a grid worker's token is limited to. */
  grid?: string;
  /** For apps: the member acting through the app. */
  member?: string;
  iat: number;
  exp: number;
}

export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function signature(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** Signs claims; `iat`/`exp` are filled from `ttlSeconds` when absent. */
export function signToken(
  secret: string,
  claims: Omit<TokenClaims, 'iat' | 'exp'>,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString('base64url');
  const body = `${HEADER}.${payload}`;
  return `${body}.${signature(secret, body).toString('base64url')}`;
}

/** Verifies signature, algorithm and expiry; rejects anything else with TokenError. */
export function verifyToken(secret: string, token: string, now = Date.now()): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenError('malformed token');
  const [header, payload, sig] = parts;
  const expected = signature(secret, `${header}.${payload}`);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new TokenError('bad token signature');
  let head: { alg?: string };
  let claims: TokenClaims;
  try {
    head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('malformed token');
  }
  if (head.alg !== 'HS256') throw new TokenError('unsupported token algorithm');
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) throw new TokenError('token lacks its claims');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) throw new TokenError('token expired');
  return claims;
}
