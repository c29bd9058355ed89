import { normalizeAddress } from '../identity';

const TOWN = /镇|乡|街道/u;
const ABOVE_TOWN = /[省市县区旗州盟]/gu;
// The town first: a town named 仲村镇 must not end the search at its own 村.
const VILLAGE = /^((?:.*?(?:镇|乡|街道))?.*?(?:村|社区|居委会|嘎查))/u;

/**
 * The town-and-village part of an address (`铜石镇小河村`), the place a name is compared within:
 * two people with the same name in the same village are worth a reviewer's look, in different
 * villages they are not. Province, prefecture and county are dropped (clerks write them or not).
 * Null when the address names no village or community.
 */
export function localityOf(address: string | null): string | null {
  const key = normalizeAddress(address);
  if (!key) return null;
  const town = TOWN.exec(key);
  let start = 0;
  if (town) for (const above of key.slice(0, town.index).matchAll(ABOVE_TOWN)) start = (above.index ?? 0) + 1;
  const village = VILLAGE.exec(key.slice(start));
  return village ? village[1] : null;
}
