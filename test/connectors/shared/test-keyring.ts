import { randomBytes } from 'node:crypto';
import { configureFieldCrypto, parseKeyring } from '../../../src/access/field-crypto';

/** Tests that write people without starting a hub load a throw-away keyring, as the hub does at start. */
export function useTestKeyring(): void {
  configureFieldCrypto(parseKeyring(`test:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64')));
}
