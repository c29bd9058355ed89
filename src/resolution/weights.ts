/**
 * Scoring configuration: Fellegi–Sunter weights, log2(m/u) for agreement and log2((1-m)/(1-u))
 * for disagreement, where m is how often a field agrees on two mentions of the SAME person and u
 * how often it agrees on two DIFFERENT people who reached the same block (a blocking key already
 * made them look alike). Rounded to whole numbers so an evidence trail reads easily.
 *
 * How they were chosen (from the contract and the demo county's noise, not from sample records):
 * - name: clerks copy names well (m≈0.95); among people sharing a block a given name recurs about
 *   1 in 500 (u≈0.002): +9. A homophone spelling (same toneless pinyin, other characters) is a
 *   typo in ≈3% of matches and the chance sound-alike of ≈1 in 2,000 strangers: +6. Different
 *   names: m≈0.02 → −6.
 * - phone: shared by the person and their household, so u is a family's, not a stranger's
 *   (≈1 in 250 in a block): +8. Phones change and relatives lend theirs (m(disagree)≈0.4): −1.
 * - birth date: ≈1 in 25,000 days of life: +10 capped (a twin is the residual risk). Dates are
 *   usually read off the identity card, so a disagreement is strong: −8.
 * - sex: agrees by chance half the time: +1; a disagreement is almost always another person: −6.
 * - address: the same normalised house agrees for ≈1 in 1,000 strangers in a block: +8; the same
 *   village but another house: +1; another village (people move): −2.
 * - identity number: two different VALID numbers are a hard non-match. A typo'd number one edit
 *   (a substituted, swapped, dropped or doubled digit) from the candidate's: +12. Both present
 *   and further apart: −6.
 *
 * Thresholds: a name alone scores at most 9 + 1 (sex) + 1 (village) = 11, so the link threshold
 * sits above any name-only score with a margin of one more piece of evidence: 16 is a name plus
 * any one of phone, birth date, house or identity-number near-miss, or a homophone plus two of
 * them. 10 to 15 goes to a reviewer: a namesake in the same village, a homophone with a shared
 * phone, a name with a shared phone where the sexes disagree. Checked against the samples and a
 * harder generated set (test/resolution/quality.test.ts) — precision first: a wrong merge leaks
 * one person's records into another's.
 */
export const WEIGHTS = {
  nameAgree: 9,
  nameHomophone: 6,
  nameDisagree: -6,
  phoneAgree: 8,
  phoneDisagree: -1,
  birthDateAgree: 10,
  birthDateDisagree: -8,
  genderAgree: 1,
  genderDisagree: -6,
  addressAgree: 8,
  localityAgree: 1,
  localityDisagree: -2,
  identitySame: 20,
  identityNearMiss: 12,
  identityDisagree: -6,
} as const;

export const THRESHOLDS = {
  /** At or above: the mention is linked (and other candidates this high are merged). */
  link: 16,
  /** At or above (and below link): the pair goes to the review queue. */
  review: 10,
} as const;

/** At most this many people per blocking key: a key shared by more (a switchboard phone) says little. */
export const MAX_CANDIDATES_PER_KEY = 32;
