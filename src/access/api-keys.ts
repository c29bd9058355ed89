import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys for department systems that cannot hold a JWT: `ggk_` plus 32 random bytes. Only the
 * SHA-256 of a key is stored; a key of 256 random bits needs no slow hash, since there is nothing
 * to guess. The key is shown once, when issued.
 */
export const API_KEY_PREFIX = 'ggk_';

export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX) && value.length > API_KEY_PREFIX.length + 20;
}
