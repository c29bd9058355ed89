import type { PersonMention } from '../../connectors/shared/canonical-record';
import { protectIdentityNumber, protectPhones, type ProtectedValue } from './protect';

/** A person mention's identity number and phones as every writer stores them: sealed, with their blind indexes. */
export interface SealedMention {
  number: ProtectedValue | null;
  phones: { sealed: string[]; indexes: string[] } | null;
}

// Mentions are never changed after mapping: one sealing per mention serves the person row, its
// assertion, the profile of a person it creates and its match features (AES-GCM and HMAC were
// ~15% of an ingesting hub's samples, and each of those sealed the same values again).
const SEALED = new WeakMap<PersonMention, SealedMention>();

export function sealedMention(m: PersonMention): SealedMention {
  let sealed = SEALED.get(m);
  if (!sealed) {
    sealed = {
      number: m.identityNumber ? protectIdentityNumber(m.identityNumber.value) : null,
      phones: m.phones.length ? protectPhones(m.phones) : null,
    };
    SEALED.set(m, sealed);
  }
  return sealed;
}
