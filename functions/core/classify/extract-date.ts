// The date of the incident an item reports, from the sentences that report it (most decisive
// first): an explicit date ("on March 5", "5 March 2023"), taking its year from the published
// date when it has none; a weekday ("on Sunday", "on Tuesday night", "Sunday's shooting"), the
// latest such day on or before publication; "yesterday", "last night", "the previous day",
// "today". Without a published date only a full date counts.
import { WEEKDAY } from './recent-day.js';

/** The months' names, in order. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, index) => [name, index + 1])),
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The number (1–12) of a month named in full or short, in any case; undefined for no month. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Month and day names are matched capitalised, as news writes them: the verb "may" is no month.
const MONTH =
  '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20)\\d\\d)';
/** A date that names a place is no date: "the 7 July district", "26 July Street". */
const NAMES_A_PLACE = `(?!\\s+(?:${[
  'district',
  'street',
  'square',
  'neighbou?rhood',
  'quarter',
  'bridge',
  'avenue',
  'road',
  'camp',
  'stadium',
  'hospital',
  'brigade',
  'movement',
]
  .map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`)
  .join('|')})\\b)`;
const DATE_EXPRESSION = new RegExp(
  [
    `\\b(?<iso>${YEAR.replace('year', 'isoYear')}-(?<isoMonth>[01]\\d)-(?<isoDay>[0-3]\\d))\\b`,
    `\\b${MONTH}\\.?\\s*${DAY}\\b(?:,?\\s+${YEAR}\\b)?${NAMES_A_PLACE}`,
    `\\b${DAY.replace('day', 'dayFirst')}\\s+(?:of\\s+)?${MONTH.replace('month', 'monthAfter')}\\b\\.?(?:,?\\s+${YEAR.replace('year', 'yearAfter')}\\b)?${NAMES_A_PLACE}`,
    `\\b(?<weekday>${WEEKDAY})\\b`,
    `\\b(?<relative>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]his morning|[Ll]ast night|the previous day|the day before|a day earlier)\\b`,
  ].join('|'),
  'g',
);

const SINCE_BEFORE = /\bsince\s+(?:last\s+|the\s+)?$/i;
/** Words for an agreement, whose date is when it was made, not when anything happened under it. */
const AGREEMENT =
  '(?:cease-?fire|truce|armistice|agreement|accord|deal|statement|declaration|memorandum|protocol|understanding|arrangement)s?';
/**
 * "the trilateral statement of 9 November 2020", "the truce agreed on 2 April", "since the
 * ceasefire took effect on 10 October", "the truce lapsed on 2 October 2022": the agreement's day
 * ("violated the ceasefire on 12 March" dates the violation).
 */
const AGREEMENT_BEFORE = new RegExp(
  `\\b${AGREEMENT}\\s+(?:of|(?:(?:was\\s+)?(?:signed|agreed|reached|brokered|concluded)(?:\\s+by(?:\\s+[\\p{L}'’,-]+){1,8}?)?|took effect|came into (?:force|effect)|went into (?:force|effect)|entered into force|began|started|expired|lapsed|ran out)\\s+on)\\s+$`,
  'iu',
);
/** Characters before a date read for the agreement it names: "signed by the leaders of … on". */
const AGREEMENT_REACH = 100;
/** "the October 19 arrangement", "the 9 November 2020 statement", "the 2020 trilateral statement". */
const AGREEMENT_AFTER = new RegExp(
  `^\\s*(?:[\\p{Lu}][\\p{L}-]*\\s+|(?:trilateral|tripartite|bilateral|joint)\\s+)?${AGREEMENT}\\b`,
  'u',
);
/**
 * A cheap test that lets most sentences skip the full date expression: every date it reads holds
 * a digit or one of these words. Two expressions, as one that tries a digit or a word at each
 * character takes longer than both.
 */
const DIGIT = /\d/;
const DATE_WORD = /day|night|morning|earlier/;
/** Said on the publication day of the day before it. */
const DAY_BEFORE = new Set(['the previous day', 'the day before', 'a day earlier']);

/**
 * The incident date (YYYY-MM-DD) the first dated sentence gives, or null. `published` is an
 * ISO 8601 date or date-time; an unparseable one counts as absent.
 */
export function extractIncidentDate(
  sentences: readonly string[],
  published?: string,
): string | null {
  const dateOf = createDateReader(published);
  for (const sentence of sentences) {
    const date = dateOf(sentence);
    if (date) return date;
  }
  return null;
}

/**
 * Reads the incident date of one sentence at a time against a published date parsed once: for
 * a reader that asks about many sentences of one item.
 */
export function createDateReader(published?: string): (sentence: string) => string | null {
  const reference = parsePublished(published);
  return (sentence) => {
    if (!DIGIT.test(sentence) && !DATE_WORD.test(sentence)) return null;
    DATE_EXPRESSION.lastIndex = 0;
    for (
      let match = DATE_EXPRESSION.exec(sentence);
      match;
      match = DATE_EXPRESSION.exec(sentence)
    ) {
      // "killed since Sunday": the start of a period, not the day of an incident.
      if (SINCE_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (namesAgreement(sentence, match)) continue;
      const date = resolve(match.groups ?? {}, reference);
      if (date) return date;
    }
    return null;
  };
}

/** Whether a calendar date is an agreement's: "the statement of 9 November", "the May 10 truce". */
function namesAgreement(sentence: string, match: RegExpExecArray): boolean {
  const groups = match.groups ?? {};
  if (groups.weekday !== undefined || groups.relative !== undefined) return false;
  const end = match.index + match[0].length;
  return (
    AGREEMENT_BEFORE.test(
      sentence.slice(Math.max(0, match.index - AGREEMENT_REACH), match.index),
    ) || AGREEMENT_AFTER.test(sentence.slice(end, end + 40))
  );
}

function resolve(
  groups: Record<string, string | undefined>,
  reference: Date | null,
): string | null {
  if (groups.iso) {
    return validDate(Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay));
  }
  const monthName = (groups.month ?? groups.monthAfter)?.toLowerCase();
  if (monthName !== undefined) {
    const month = MONTHS[monthName];
    const day = Number(groups.day ?? groups.dayFirst);
    const year = groups.year ?? groups.yearAfter;
    if (month === undefined || day < 1 || day > 31) return null;
    if (year !== undefined) return validDate(Number(year), month, day);
    if (!reference) return null;
    // A day-month without a year is the latest such date not after publication.
    const sameYear = validDate(reference.getUTCFullYear(), month, day);
    if (sameYear && sameYear <= isoDay(reference)) return sameYear;
    return validDate(reference.getUTCFullYear() - 1, month, day);
  }
  if (!reference) return null;
  if (groups.weekday) {
    const target = WEEKDAYS.indexOf(groups.weekday.toLowerCase());
    const back = (reference.getUTCDay() - target + 7) % 7;
    return isoDay(addDays(reference, -back));
  }
  const relative = groups.relative?.toLowerCase();
  if (relative === 'yesterday' || relative === 'last night' || DAY_BEFORE.has(relative ?? '')) {
    return isoDay(addDays(reference, -1));
  }
  if (relative) return isoDay(reference);
  return null;
}

function parsePublished(published: string | undefined): Date | null {
  if (!published) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (day) return validUtcDay(Number(day[1]), Number(day[2]), Number(day[3]));
  const parsed = new Date(published);
  return Number.isNaN(parsed.getTime())
    ? null
    : new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate()));
}

function validDate(year: number, month: number, day: number): string | null {
  const date = validUtcDay(year, month, day);
  return date ? isoDay(date) : null;
}

/** Midnight UTC of the day, or null when there is no such day (or the year is below 100). */
function validUtcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Days before publication beyond which a sentence's own date is another, earlier event ("in
 * response to the killing of 26 people on April 22"): a weekday ("on Tuesday") is never that far.
 */
const EARLIER_EVENT_DAYS = 6;
const DAY_MS = 86_400_000;

/**
 * Whether a sentence's own date lies more than EARLIER_EVENT_DAYS before the publication day.
 * The date is read only when there is a publication day to compare it with.
 */
export function datesEarlierEvent(
  sentence: { readonly date: string | null },
  publishedOn: string | null,
): boolean {
  if (publishedOn === null) return false;
  const date = sentence.date;
  return date !== null && daysFrom(date, publishedOn) > EARLIER_EVENT_DAYS;
}

/** Days from one YYYY-MM-DD date to a later one. */
export function daysFrom(earlier: string, later: string): number {
  return (Date.parse(later) - Date.parse(earlier)) / DAY_MS;
}

/** The published date as YYYY-MM-DD, or null when absent or unreadable. */
export function publishedDay(published?: string): string | null {
  const reference = parsePublished(published);
  return reference ? isoDay(reference) : null;
}
