import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';

/**
 * Field encryption at rest: identity numbers and phones are sealed with AES-256-GCM under a key
 * named by its id, and indexed by a keyed HMAC-SHA256 (a blind index) so exact matching still
 * works without decrypting. The envelope `v1.<keyId>.<iv>.<ciphertext+tag>` carries the key id,
 * so a rotated keyring can still open what an older key sealed.
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export interface FieldKeyring {
  /** The first key seals; every key opens what it sealed. */
  keys: FieldKey[];
  /** The blind-index key; it is long-lived (rotating it means re-indexing every row). */
  indexKey: Buffer;
}

export class FieldCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCryptoError';
  }
}

/** What a column is for: bound into the ciphertext (AAD) and the index, so values cannot be swapped between columns. */
/** What a sealed value is, bound into its envelope (a sealed phone never opens as an identity number). */
export type SealedField = 'identity_number' | 'phone' | 'source_payload' | 'dead_letter';

const VERSION = 'v1';
let active: { ring: FieldKeyring; byId: Map<string, Buffer> } | null = null;

/** Parses `id:base64,id:base64` (first seals) and a base64 index key; rejects short or duplicate keys. */
export function parseKeyring(keys: string, indexKey: string): FieldKeyring {
  const parsed = keys.split(',').map((entry) => {
    const [id, material, extra] = entry.trim().split(':');
    if (!id || !material || extra !== undefined || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      throw new FieldCryptoError('field keys must look like "keyId:base64Key,olderId:base64Key"');
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new FieldCryptoError(`field key ${id} must be 32 bytes (base64), got ${key.length}`);
    return { id, key };
  });
  if (new Set(parsed.map((k) => k.id)).size !== parsed.length)
    throw new FieldCryptoError('field key ids must be unique');
  const index = Buffer.from(indexKey, 'base64');
  if (index.length < 32) throw new FieldCryptoError('the blind index key must be at least 32 bytes (base64)');
  return { keys: parsed, indexKey: index };
}

/** Makes a keyring the process uses from now on (startup, CLIs, tests). */
export function configureFieldCrypto(ring: FieldKeyring): void {
  active = { ring, byId: new Map(ring.keys.map((k) => [k.id, k.key])) };
}

function current() {
  if (!active) throw new FieldCryptoError('field encryption is not configured: no keyring loaded');
  return active;
}

/** The id of the key that seals new values. */
export function currentFieldKeyId(): string {
  return current().ring.keys[0].id;
}

// Nonces come from a pool the CSPRNG fills 4,096 at a time: one system call per 4,096 seals
// instead of one per seal (ingest seals every number and phone it writes). Each is used once.
const NONCE = 12;
const nonces = Buffer.alloc(NONCE * 4096);
let nextNonce = nonces.length;
function freshNonce(): Buffer {
  if (nextNonce >= nonces.length) {
    randomFillSync(nonces);
    nextNonce = 0;
  }
  const iv = Buffer.from(nonces.subarray(nextNonce, nextNonce + NONCE));
  nextNonce += NONCE;
  return iv;
}

/** Seals a value with the current key and a fresh random nonce. */
export function sealField(field: SealedField, value: string): string {
  const { id, key } = current().ring.keys[0];
  const iv = freshNonce();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** Opens an envelope; rejects an unknown key id or a ciphertext that fails authentication. */
export function openField(field: SealedField, envelope: string): string {
  const [version, id, iv, body] = envelope.split('.');
  if (version !== VERSION || !id || !iv || !body) throw new FieldCryptoError('not a sealed field value');
  const key = current().byId.get(id);
  if (!key) throw new FieldCryptoError(`no key "${id}" in the keyring to open this value`);
  const data = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(field));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

/** The key id an envelope was sealed with (what key rotation looks for). */
export function sealedKeyId(envelope: string): string {
  return envelope.split('.')[1] ?? '';
}

/** The keyed blind index of a normalised value: equal values give equal indexes, nothing else is revealed. */
export function blindIndex(field: SealedField, value: string): string {
  return createHmac('sha256', current().ring.indexKey).update(`${field}\u0000${value}`).digest('hex');
}
