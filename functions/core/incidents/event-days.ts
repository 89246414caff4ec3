// The days a report names for its event when no year or publication date turns them into a
// date: a weekday ("on Sunday", "Sunday's shooting") or a day of a month ("On March 5"), as
// "sunday" or "03-05". Two undated reports that name the same day agree; naming days further
// apart than one speaks against them being one event.
import { type Clauses, clausesOf, isEventWord, isReportingWord } from './event-words.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Capitalised as news writes them: the verb "may" is no month, "sun" no weekday.
const WEEKDAY = /^((?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(['’]s)?$/;
const MONTHS: Record<string, number> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
const DAY_OF_MONTH = /^([0-3]?\d)(?:st|nd|rd|th)?$/;
/** A possessive weekday tells of the event when one of the next words does: "Sunday's deadly attack". */
const POSSESSIVE_REACH = 2;
/** Any leap year: day-of-month values carry no year, and 02-29 must be one. */
const LEAP_YEAR = 2000;
const DAYS_PER_LEAP_YEAR = 366;
const MS_PER_DAY = 86_400_000;

interface DayMention {
  /** "sunday" or "MM-DD". */
  day: string;
  /** Index of the mention's first and last word in its clause. */
  first: number;
  last: number;
  possessive: boolean;
}

/**
 * The days the sentence gives for the violent event it tells of. A day counts when the word
 * nearest to it in its clause tells of violence ("killed on Sunday"), not of speech or plans
 * ("said Monday", "on Wednesday accused", "ahead of Sunday's talks"); a day in an opening phrase
 * ("On March 5, an armed incident took place") goes with the clause that follows it, a day in a
 * closing phrase with the clause before it.
 */
export function eventDays(sentence: string): string[] {
  const clauses = clausesOf(sentence);
  const days = new Set<string>();
  clauses.forEach((clause, index) => {
    for (const mention of dayMentions(clause)) {
      if (isEventDay(mention, clauses, index)) days.add(mention.day);
    }
  });
  return [...days];
}

/** The weekday and day of month of an ISO date (YYYY-MM-DD), as eventDays names them. */
export function daysOfDate(isoDate: string): string[] {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return [];
  return [WEEKDAYS[date.getUTCDay()] ?? '', isoDate.slice(5, 10)].filter((day) => day !== '');
}

export type DayAgreement = 'same' | 'adjacent' | 'different' | 'unknown';

/**
 * How two sets of event days compare: one shared day is 'same'; days of one kind (weekdays, or
 * days of a month) one apart are 'adjacent' (late at night, or reported the morning after);
 * further apart 'different'; 'unknown' when one side names none, or only days of the other kind.
 */
export function compareEventDays(a: readonly string[], b: readonly string[]): DayAgreement {
  if (a.some((day) => b.includes(day))) return 'same';
  const aWeekdays = a.filter(isWeekday);
  const bWeekdays = b.filter(isWeekday);
  const aDates = a.filter((day) => !isWeekday(day));
  const bDates = b.filter((day) => !isWeekday(day));
  const weekdaysComparable = aWeekdays.length > 0 && bWeekdays.length > 0;
  const datesComparable = aDates.length > 0 && bDates.length > 0;
  if (!weekdaysComparable && !datesComparable) return 'unknown';
  const adjacent =
    aWeekdays.some((x) => bWeekdays.some((y) => weekdaysApart(x, y) === 1)) ||
    aDates.some((x) => bDates.some((y) => datesApart(x, y) === 1));
  return adjacent ? 'adjacent' : 'different';
}

export function isWeekday(day: string): boolean {
  return WEEKDAYS.includes(day);
}

function dayMentions(clause: readonly string[]): DayMention[] {
  const mentions: DayMention[] = [];
  clause.forEach((word, index) => {
    const weekday = WEEKDAY.exec(word);
    if (weekday?.[1]) {
      mentions.push({
        day: weekday[1].toLowerCase(),
        first: index,
        last: index,
        possessive: weekday[2] !== undefined,
      });
      return;
    }
    const month = MONTHS[word.replace(/['’]s$/, '')];
    if (month === undefined) return;
    // "March 5", "5 March", "5th of March"
    const after = dayOfMonth(month, clause[index + 1]);
    if (after) {
      mentions.push({ day: after, first: index, last: index + 1, possessive: false });
      return;
    }
    const ofBefore = clause[index - 1]?.toLowerCase() === 'of' ? 2 : 1;
    const before = dayOfMonth(month, clause[index - ofBefore]);
    if (before) {
      mentions.push({ day: before, first: index - ofBefore, last: index, possessive: false });
    }
  });
  return mentions;
}

function dayOfMonth(month: number, word: string | undefined): string | undefined {
  const day = Number(DAY_OF_MONTH.exec(word ?? '')?.[1]);
  if (!Number.isInteger(day) || day < 1) return undefined;
  const date = new Date(Date.UTC(LEAP_YEAR, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isEventDay(mention: DayMention, clauses: Clauses, index: number): boolean {
  const clause = clauses[index] ?? [];
  if (mention.possessive) {
    return clause.slice(mention.last + 1, mention.last + 1 + POSSESSIVE_REACH).some(isEventWord);
  }
  const nearest = nearestTellingWord(clause, mention);
  if (nearest !== undefined) return isEventWord(nearest);
  // An opening phrase ("On Sunday,") belongs to what follows, a closing one to what precedes.
  const neighbours =
    index === 0 ? clauses.slice(1) : clauses.slice(0, index).reverse().map(reversed);
  for (const neighbour of neighbours) {
    const word = neighbour.find((w) => isEventWord(w) || isReportingWord(w));
    if (word !== undefined) return isEventWord(word);
  }
  return false;
}

/** The event or reporting word closest to the mention in its clause; on a tie, the event word. */
function nearestTellingWord(clause: readonly string[], mention: DayMention): string | undefined {
  for (let distance = 1; distance < clause.length; distance += 1) {
    const candidates = [clause[mention.first - distance], clause[mention.last + distance]].filter(
      (word): word is string => word !== undefined,
    );
    const event = candidates.find(isEventWord);
    if (event !== undefined) return event;
    const reporting = candidates.find(isReportingWord);
    if (reporting !== undefined) return reporting;
  }
  return undefined;
}

function reversed(words: readonly string[]): string[] {
  return [...words].reverse();
}

function weekdaysApart(a: string, b: string): number {
  const gap = Math.abs(WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return Math.min(gap, WEEKDAYS.length - gap);
}

function datesApart(a: string, b: string): number {
  const gap = Math.abs(Math.round((leapYearTime(a) - leapYearTime(b)) / MS_PER_DAY));
  return Math.min(gap, DAYS_PER_LEAP_YEAR - gap);
}

function leapYearTime(monthDay: string): number {
  return Date.parse(`${LEAP_YEAR}-${monthDay}T00:00:00Z`);
}
