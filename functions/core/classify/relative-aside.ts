// "Azerbaijan, which took back the districts in 2020, said three soldiers were killed": a
// relative clause set off by commas dates or describes something other than the news the
// sentence tells, so a year or month inside it says nothing of when the news happened; it dates
// only what it tells itself ("the soldier, who was killed in 2018 during a ceasefire violation,").
import { MONTH_NAMES } from './extract-date.js';

const RELATIVE_ASIDE = /,\s*(?:which|who|whose|where)\b[^,]*,/gi;

/** The sentence with its relative asides cut down to the comma that opened them. */
export function withoutRelativeAsides(sentence: string): string {
  return sentence.replace(RELATIVE_ASIDE, ',');
}

const YEAR = /\b(?:19|20)\d\d\b/;
/**
 * "the Mamasapano clash of January 2015, which killed 44 … and was condemned as a ceasefire
 * breach,": the year of what the aside describes, named right before it.
 */
const DATED_ANTECEDENT = new RegExp(
  `\\b(?:of|in)\\s+(?:(?:${MONTH_NAMES.join('|')})\\s+)?((?:19|20)\\d\\d)\\s*$`,
  'i',
);
/** What every relative aside opens on: most sentences have none, and need no closer look. */
const ASIDE_OPENING = /,\s*wh/i;

/** The relative aside around [start, end), or null when it stands in none. */
function asideAround(sentence: string, start: number, end: number): RegExpExecArray | null {
  RELATIVE_ASIDE.lastIndex = 0;
  for (let aside = RELATIVE_ASIDE.exec(sentence); aside; aside = RELATIVE_ASIDE.exec(sentence)) {
    if (aside.index > start) break;
    if (aside.index + aside[0].length >= end) return aside;
  }
  return null;
}

/**
 * The year a relative aside around [start, end) gives itself, when it gives one: "Sepoy Lone,
 * who attained martyrdom in 2018 during a ceasefire violation, …" recalls that violation.
 */
export function yearOfAsideAround(sentence: string, start: number, end: number): number | null {
  if (!mayHoldDatedAside(sentence)) return null;
  const aside = asideAround(sentence, start, end);
  if (aside === null) return null;
  const year =
    YEAR.exec(aside[0]) ??
    DATED_ANTECEDENT.exec(sentence.slice(Math.max(0, aside.index - 40), aside.index));
  return year ? Number(year[1] ?? year[0]) : null;
}

/**
 * "in May", "during late March": a month with no day or year after it, captured as the one group
 * (a source, which earlier-time.ts also reads for the months of events).
 */
export const MONTH_ALONE_SOURCE = `\\b(?:in|during)\\s+(?:(?:early|late|mid)[\\s-]+)?(${MONTH_NAMES.join('|')})\\b(?![\\s,]+\\d)`;
const MONTH_ALONE = new RegExp(MONTH_ALONE_SOURCE, 'i');

/**
 * The month a relative aside around [start, end) tells its event in, or the month of what it
 * describes, in lower case: "Poonch, where civilians were killed in Pakistani shelling in May, …"
 * recalls May's shelling.
 */
export function monthOfAsideAround(sentence: string, start: number, end: number): string | null {
  if (!ASIDE_OPENING.test(sentence)) return null;
  const aside = asideAround(sentence, start, end);
  if (aside === null) return null;
  const month =
    MONTH_ALONE.exec(aside[0]) ??
    MONTH_ANTECEDENT.exec(sentence.slice(Math.max(0, aside.index - 40), aside.index));
  return month?.[1]?.toLowerCase() ?? null;
}

/** "an exchange of fire near Hsenwi in July, which each side blamed …": the month it describes. */
const MONTH_ANTECEDENT = new RegExp(
  `\\bin\\s+(?:(?:early|late|mid)[\\s-]+)?(${MONTH_NAMES.join('|')})\\s*$`,
  'i',
);

/** Whether the sentence may hold a relative aside that gives a year: most hold none. */
export function mayHoldDatedAside(sentence: string): boolean {
  return ASIDE_OPENING.test(sentence) && YEAR.test(sentence);
}

/** Whether the sentence may hold a relative aside at all. */
export function mayHoldAside(sentence: string): boolean {
  return ASIDE_OPENING.test(sentence);
}
