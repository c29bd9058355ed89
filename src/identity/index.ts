/** Pure identity utilities: identity numbers, credit codes, phones, names, addresses, regions. */
export {
  generateIdentityNumber,
  identityCheckCharacter,
  isValidIdentityNumber,
  maskIdentityNumber,
  normalizeIdentityNumber,
  parseIdentityNumber,
} from './identity-number';
export type { NormalizedIdentityNumber } from './identity-number';
export { creditCodeCheckCharacter, generateCreditCode, normalizeCreditCode } from './credit-code';
export { maskPhone, normalizePhone } from './phone';
export type { NormalizedPhone } from './phone';
export { normalizePersonName } from './person-name';
export type { NormalizedPersonName } from './person-name';
export { normalizeAddress } from './address';
export { divisionCodePrefix, InvalidDivisionCodeError, isDivisionCodePrefix, parseDivisionCode } from './division-code';
export type { ParsedDivisionCode, RegionLevel } from './division-code';
