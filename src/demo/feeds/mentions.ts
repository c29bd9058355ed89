import { DemoPerson } from '../demo.types';
import { Random } from '../random';

/** A person as one clerk typed them into one record; an absent id or phone is left out. */
export interface TypedPerson {
  name: string;
  id?: string;
  phone?: string;
}

type Quirk = 'LEGACY_15' | 'LOWER_X' | 'FULL_WIDTH' | 'SPACES' | 'MISSING_ID' | 'PHONE_86' | 'PHONE_DASHES' | 'NAME';

const SEPARATORS = ['•', '・', '.', ' ', ''];

/** Full-width digits (U+FF10…) as an input method types them; the X stays as it was. */
function fullWidth(id: string): string {
  return id.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
}

/** The quirks that can show on this person: a 15-digit form exists only for those born in the 1900s. */
function quirksFor(person: DemoPerson, withPhone: boolean, idOftenMissing: boolean): Quirk[] {
  const quirks: Quirk[] = ['FULL_WIDTH', 'SPACES', 'MISSING_ID', 'NAME'];
  // Where the contract says the id is often missing, that quirk is drawn four times as often.
  if (idOftenMissing) quirks.push('MISSING_ID', 'MISSING_ID', 'MISSING_ID');
  if (person.identityNumber.slice(6, 8) === '19') quirks.push('LEGACY_15');
  if (person.identityNumber.endsWith('X')) quirks.push('LOWER_X');
  if (withPhone) quirks.push('PHONE_86', 'PHONE_DASHES');
  return quirks;
}

function applyQuirk(typed: TypedPerson, person: DemoPerson, quirk: Quirk, random: Random): void {
  const id = person.identityNumber;
  const phone = typed.phone ?? '';
  switch (quirk) {
    case 'LEGACY_15':
      typed.id = id.slice(0, 6) + id.slice(8, 17);
      return;
    case 'LOWER_X':
      typed.id = id.slice(0, 17) + 'x';
      return;
    case 'FULL_WIDTH':
      typed.id = fullWidth(id);
      return;
    case 'SPACES':
      typed.id = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
      return;
    case 'MISSING_ID':
      delete typed.id;
      return;
    case 'PHONE_86':
      typed.phone = `+86 ${phone}`;
      return;
    case 'PHONE_DASHES':
      typed.phone = `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
      return;
    case 'NAME':
      typed.name = person.name.includes('·') ? person.name.replace('·', random.pick(SEPARATORS)) : ` ${person.name} `;
      return;
  }
}

/**
 * How a record shows a person: clean, or with probability `noise` with one quirk of the contract
 * that applies to them. `withPhone` says whether the record has a phone field at all;
 * `idOftenMissing` makes a missing id the likeliest quirk, as in petitions and police calls.
 */
export function typePerson(
  random: Random,
  noise: number,
  person: DemoPerson,
  withPhone: boolean,
  idOftenMissing = false,
): TypedPerson {
  const typed: TypedPerson = { name: person.name, id: person.identityNumber };
  // Some people give the phone they use less; the first is the one on their own records.
  if (withPhone) typed.phone = person.phones.length > 1 && random.chance(0.2) ? person.phones[1] : person.phones[0];
  if (noise > 0 && random.chance(noise))
    applyQuirk(typed, person, random.pick(quirksFor(person, withPhone, idOftenMissing)), random);
  return typed;
}
