/**
 * 一数一源 survivorship rules, as data: for each golden field, the departments whose word wins,
 * most authoritative first. A department not listed ranks after the listed ones; ties go to the
 * most recent observation. The police keep the resident register (户籍, 流动人口), so they are
 * authoritative for who a resident is and where they live; civil affairs for assistance
 * households; justice for people under supervision; petitions never outrank a register.
 */
export const PERSON_SURVIVORSHIP: Record<string, readonly string[]> = {
  identityNumber: ['police', 'justice', 'civil-affairs', 'petitions'],
  name: ['police', 'justice', 'civil-affairs', 'petitions'],
  gender: ['police', 'justice', 'civil-affairs'],
  birthDate: ['police', 'justice', 'civil-affairs'],
  address: ['police', 'civil-affairs', 'justice'],
  regionCode: ['police', 'civil-affairs', 'justice'],
  // Phones change often and every department takes them fresh: the newest wins.
  phones: [],
};

/** The person fields provenance can be asked about. */
export const PERSON_FIELDS = Object.keys(PERSON_SURVIVORSHIP);

export interface RankableAssertion {
  id: string;
  field: string;
  value: unknown;
  department: string;
  observedAt: Date;
}

function rankOf(a: RankableAssertion): number[] {
  const order = PERSON_SURVIVORSHIP[a.field] ?? [];
  const department = order.indexOf(a.department);
  // A valid identity number always beats a typo, whoever typed it.
  const invalid = a.field === 'identityNumber' && !(a.value as { valid?: boolean } | null)?.valid ? 1 : 0;
  return [invalid, department < 0 ? order.length : department, -a.observedAt.getTime()];
}

function compare(a: RankableAssertion, b: RankableAssertion): number {
  const ra = rankOf(a);
  const rb = rankOf(b);
  for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The assertion the rules choose among one field's assertions (null for none). */
export function chooseAssertion<T extends RankableAssertion>(assertions: T[]): T | null {
  return assertions.reduce<T | null>((best, a) => (!best || compare(a, best) < 0 ? a : best), null);
}
