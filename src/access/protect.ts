import { blindIndex, openField, sealField } from './field-crypto';

/**
 * The one way every writer stores identity numbers and phones (the seed, connectors, resolution):
 * the sealed value goes into `identity_number_enc` / `phones_enc`, the blind index into
 * `identity_number_bidx` / `phone_bidx`. Values must already be normalised (18-character identity
 * number, normalised phone) so equal facts index equally.
 */
export interface ProtectedValue {
  sealed: string;
  index: string;
}

export function protectIdentityNumber(value: string): ProtectedValue {
  return { sealed: sealField('identity_number', value), index: blindIndex('identity_number', value) };
}

export function protectPhone(value: string): ProtectedValue {
  return { sealed: sealField('phone', value), index: blindIndex('phone', value) };
}

/** Seals a person's phones: the arrays written to `phones_enc` and `phone_bidx`, in the same order. */
export function protectPhones(values: readonly string[]): { sealed: string[]; indexes: string[] } {
  const protectedValues = values.map(protectPhone);
  return { sealed: protectedValues.map((p) => p.sealed), indexes: protectedValues.map((p) => p.index) };
}

/** The sealed form alone, for a copy that is never looked up (an assertion): no blind index to compute. */
export function sealIdentityNumber(value: string): string {
  return sealField('identity_number', value);
}

export function sealPhones(values: readonly string[]): string[] {
  return values.map((v) => sealField('phone', v));
}

/** The blind index to look an identity number up by (`identity_number_bidx = ?`). */
export function identityNumberIndex(value: string): string {
  return blindIndex('identity_number', value);
}

export function phoneIndex(value: string): string {
  return blindIndex('phone', value);
}

export function revealIdentityNumber(sealed: string): string {
  return openField('identity_number', sealed);
}

export function revealPhone(sealed: string): string {
  return openField('phone', sealed);
}

/**
 * A department message as received holds names, identity numbers, phones and addresses in clear:
 * the source record keeps it sealed as `{ "sealed": "<envelope>" }`, so a database dump reveals
 * nothing; `revealPayload` opens it for re-processing and audits.
 */
export function protectPayload(payload: unknown): { sealed: string } {
  return { sealed: sealField('source_payload', JSON.stringify(payload)) };
}

export function revealPayload(stored: { sealed: string }): unknown {
  return JSON.parse(openField('source_payload', stored.sealed));
}

/** A dead-lettered message value (it may not even be JSON), sealed like a source payload. */
export function protectDeadLetterValue(value: string): string {
  return sealField('dead_letter', value);
}

export function revealDeadLetterValue(sealed: string): string {
  return openField('dead_letter', sealed);
}
