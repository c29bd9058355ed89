import {
  normalizeAddress,
  normalizeIdentityNumber,
  normalizePersonName,
  normalizePhone,
  parseDivisionCode,
} from '../../../src/identity';
import type { NormalizedIdentityNumber } from '../../../src/identity';
import type { HouseUse } from '../../../src/domain/shared/enums';
import type { HouseMention, PersonMention } from '../canonical-record';
import { ConnectorRejection } from '../define-connector';

/** A person as a department typed them; every field may be missing or messy. */
export interface TypedPerson {
  name?: string | null;
  identityNumber?: string | null;
  phones?: (string | null | undefined)[];
  gender?: 'MALE' | 'FEMALE' | null;
  birthDate?: string | null;
  address?: string | null;
  regionCode?: string | null;
}

/**
 * A person mention at `path`, normalised through src/identity: the display name, the identity
 * number (15→18, full-width, spaces, lower-case x; a wrong check character or a 15-digit
 * number whose century is in doubt stays with valid=false so the writer never keys on it), the valid phones only (a phone that cannot be a
 * number is not a contact), the address as recorded and the region code.
 */
export function personMention(path: string, typed: TypedPerson): PersonMention {
  const phones = (typed.phones ?? [])
    .map((raw) => normalizePhone(raw))
    .filter((phone) => phone?.valid)
    .map((phone) => phone!.value);
  return {
    path,
    name: normalizePersonName(typed.name)?.display ?? null,
    identityNumber: unambiguous(normalizeIdentityNumber(typed.identityNumber)),
    phones: [...new Set(phones)],
    gender: typed.gender ?? null,
    birthDate: typed.birthDate ?? null,
    address: recordedAddress(typed.address),
    regionCode: region(typed.regionCode, path),
  };
}

// The 15-digit form has no century; GB 11643 says 19. A conversion landing before 1910 means a
// holder aged 114+ — far likelier a clerk who dropped the `20` of someone born in the 2000s (the
// samples hold several). Either century could be meant, so the number is kept but never a key.
const OLDEST_PLAUSIBLE_LEGACY_BIRTH = '1910';

/** A legacy conversion whose century is in doubt is flagged invalid (problem BIRTH_DATE), kept as converted. */
export function unambiguous(id: NormalizedIdentityNumber | null): NormalizedIdentityNumber | null {
  if (!id?.valid || !id.legacy || id.value.slice(6, 10) >= OLDEST_PLAUSIBLE_LEGACY_BIRTH) return id;
  return { ...id, valid: false, problem: 'BIRTH_DATE' };
}

/**
 * A house mention at `path`, or null when the address is blank: a house is identified by
 * region + normalised address (the writer computes the key with normalizeAddress from the
 * address as recorded here).
 */
export function houseMention(
  path: string,
  place: {
    address?: string | null;
    regionCode?: string | null;
    use?: HouseUse | null;
    lat?: number | null;
    lng?: number | null;
  },
): HouseMention | null {
  const address = recordedAddress(place.address);
  if (address === null) return null;
  return {
    path,
    address,
    regionCode: region(place.regionCode, path),
    use: place.use ?? null,
    lat: place.lat ?? null,
    lng: place.lng ?? null,
  };
}

/**
 * True when an address goes down to a door (it has a number: `小河村39号`, `4号楼1单元502`).
 * A feed that may name only a place (`平邑县铜石镇小河村`) must not make a house of it.
 */
export function namesADoor(address: string | null | undefined): boolean {
  return /\d/.test(normalizeAddress(address) ?? '');
}

/** The address as recorded (NFKC, spaces collapsed) for display; null when normalizeAddress finds nothing in it. */
export function recordedAddress(raw: string | null | undefined): string | null {
  if (normalizeAddress(raw) === null) return null;
  return raw!.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/**
 * A division code checked by parseDivisionCode; null when missing. Throws ConnectorRejection
 * naming `path` for a code that is not a county, town or village (schemas check it first).
 */
export function region(raw: string | null | undefined, path: string): string | null {
  const code = raw?.trim();
  if (!code) return null;
  try {
    return parseDivisionCode(code).code;
  } catch {
    throw new ConnectorRejection('not a 12-digit division code', path);
  }
}
