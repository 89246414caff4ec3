// A ceasefire is often named by the day it began ("the November 2020 deal", "the October 10
// ceasefire"): such a name makes the regime as explicit as its own title does, so every regime
// of the registry is also known by its start date without each one listing it.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What the date is put before: words that name an agreement or the truce it made. */
const AGREEMENT_NOUNS = [
  'deal',
  'agreement',
  'accord',
  'arrangement',
  'understanding',
  'ceasefire',
  'cease-fire',
  'truce',
] as const;

/**
 * "November 2024 deal", "November 27 ceasefire", "the truce of November 2024", …: names of a
 * regime in force from `from`.
 */
export function datedAgreementNames(from: string): string[] {
  const [year, month, day] = from.split('-');
  const monthName = MONTHS[Number(month) - 1];
  if (!year || !monthName || !day) return [];
  const monthAndYear = `${monthName} ${year}`;
  const dates = [monthAndYear, `${monthName} ${Number(day)}`];
  // "the truce of November 2024"; "the truce of November 27" is seldom written.
  return [
    ...dates.flatMap((date) => AGREEMENT_NOUNS.map((noun) => `${date} ${noun}`)),
    ...AGREEMENT_NOUNS.map((noun) => `${noun} of ${monthAndYear}`),
  ];
}
