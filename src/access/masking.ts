import { maskIdentityNumber, maskPhone } from '../identity';

/**
 * How a masked field reads: identity numbers `371326********451X`, phones `138****1234`, birth
 * dates keep the year, names keep the family name. A field without a masker cannot be masked;
 * the policy then denies it instead.
 */
type Masker = (value: unknown) => unknown;

function maskBirthDate(value: string): string {
  return `${value.slice(0, 4)}-**-**`;
}

function maskName(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

function lift(mask: (value: string) => string): Masker {
  return (value) => (typeof value === 'string' ? mask(value) : value);
}

export const MASKERS: Readonly<Record<string, Masker>> = {
  'Person.identityNumber': lift(maskIdentityNumber),
  'Person.phones': (value) => (Array.isArray(value) ? value.map((v: string) => maskPhone(v)) : value),
  'Person.birthDate': lift(maskBirthDate),
  'Person.name': lift(maskName),
};

/** Fields whose clear text only CLEAR grants (READ on them means masked). */
export const CLEAR_TEXT_FIELDS: ReadonlySet<string> = new Set(['Person.identityNumber', 'Person.phones']);
