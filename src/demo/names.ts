import { GIVEN_CHARS, GIVEN_NAMES, MINORITY_NAMES, SURNAMES } from './names.data';
import { Random, WeightedPicker, createWeightedPicker, rankedPicker } from './random';

/** Makes realistic generated names: a surname passed down a household, a given name of the era. */
export interface NameMaker {
  surname(random: Random): string;
  /** A Han given name for someone of this gender born in this year. */
  given(random: Random, gender: 'MALE' | 'FEMALE', birthYear: number): string;
  /** A minority name joined by a middle dot, e.g. `买买提·艾力`. */
  minority(random: Random, gender: 'MALE' | 'FEMALE'): string;
}

type Gender = 'MALE' | 'FEMALE';

function eraOf(birthYear: number): number {
  if (birthYear <= 1965) return 0;
  if (birthYear <= 1985) return 1;
  if (birthYear <= 2000) return 2;
  return 3;
}

const words = (text: string): string[] => text.split(' ');

/** Builds the pickers once; they are reused for every person of a county. */
export function createNameMaker(): NameMaker {
  const pairs = SURNAMES.split(' ').map((entry) => /^(\D+)([\d.]+)$/.exec(entry) as RegExpExecArray);
  const surname = createWeightedPicker(
    pairs.map((match) => match[1]),
    pairs.map((match) => Number(match[2])),
  );
  const eras: Record<Gender, WeightedPicker<string>[]> = {
    MALE: GIVEN_NAMES.MALE.map((list) => rankedPicker(words(list))),
    FEMALE: GIVEN_NAMES.FEMALE.map((list) => rankedPicker(words(list))),
  };
  const chars: Record<Gender, string[][]> = {
    MALE: GIVEN_CHARS.MALE.map((list) => [...list]),
    FEMALE: GIVEN_CHARS.FEMALE.map((list) => [...list]),
  };
  const minority: Record<Gender | 'FATHER', string[]> = {
    MALE: words(MINORITY_NAMES.MALE),
    FEMALE: words(MINORITY_NAMES.FEMALE),
    FATHER: words(MINORITY_NAMES.FATHER),
  };
  return {
    surname,
    given(random, gender, birthYear) {
      // Two in three take a popular name of their era (namesakes); the rest a rarer composition.
      if (random.chance(0.66)) return eras[gender][eraOf(birthYear)](random);
      const [first, second] = chars[gender];
      return random.chance(0.2) ? random.pick(second) : random.pick(first) + random.pick(second);
    },
    minority(random, gender) {
      return `${random.pick(minority[gender])}·${random.pick(minority.FATHER)}`;
    },
  };
}
