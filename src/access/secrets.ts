import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../config/env';
import { configureFieldCrypto, FieldKeyring, parseKeyring } from './field-crypto';

export interface AccessSecrets {
  tokenSecret: string;
  keyring: FieldKeyring;
  /** True when some secret came from the generated development file. */
  generated: boolean;
}

interface DevSecretsFile {
  tokenSecret: string;
  fieldKeys: string;
  blindIndexKey: string;
}

/**
 * Outside production, secrets the environment does not give are generated once and kept in
 * `<dataDir>/dev-secrets.json` (mode 0600), so an embedded hub keeps reading what it encrypted.
 * Production never gets here without them: parseEnv refuses to start.
 */
function devSecrets(dataDir: string): DevSecretsFile {
  const file = join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecretsFile;
  const secrets: DevSecretsFile = {
    tokenSecret: randomBytes(32).toString('base64url'),
    fieldKeys: `dev1:${randomBytes(32).toString('base64')}`,
    blindIndexKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Resolves the token secret and the field keyring, and loads the keyring into the process. */
export function loadAccessSecrets(config: Pick<HubConfig, 'env' | 'access' | 'database'>): AccessSecrets {
  const a = config.access;
  const complete = a.tokenSecret && a.fieldKeys && a.blindIndexKey;
  if (!complete && config.env === 'production') throw new Error('production requires every access secret');
  const dev = complete ? null : devSecrets(config.database.dataDir);
  const keyring = parseKeyring(a.fieldKeys ?? dev!.fieldKeys, a.blindIndexKey ?? dev!.blindIndexKey);
  configureFieldCrypto(keyring);
  return { tokenSecret: a.tokenSecret ?? dev!.tokenSecret, keyring, generated: !complete };
}
