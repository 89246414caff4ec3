// Whether a sentence tells of a time before the news it is read for: an earlier year ("In 2020,
// …", "a clash in 2015"), a month two or more before publication ("an attack in March"), or
// the past of the story ("At the time, …"). Every year these patterns read is written
// (19|20)\d\d: a sentence holding neither "19" nor "20" (most do not) is not asked them.
import { parseCount } from './extract-casualties.js';
import { MONTH_NAMES, monthNumber } from './extract-date.js';
import { MONTH_ALONE_SOURCE, withoutRelativeAsides } from './relative-aside.js';

/**
 * A sentence opening on an earlier year ("In 2020, …", "Since 2014 …", "In one week in early
 * 2017, …"; "En 2020", "Nel 2020", "Im Jahr 2020", "Desde 2014", "Seit 2014", "С 2015 по 2021
 * год", "У 2019 році") tells history.
 */
const BACKGROUND_YEAR =
  /^\W*(?:in|since|during|until|from|back in|by|after|en|em|nel|dal|desde|depuis|seit|im(?:\s+jahre?)?|durante|с|со|в|во|з|із|у|до|после|після)\s+(?:(?:one|a|single|same|that)\s+(?:week|month|day|night|weekend)\s+in\s+)?(?:the\s+)?(?:(?:autumn|spring|summer|winter|fall|early|late|end|mid)[\s-]+)?(?:of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/i;

const MONTH = MONTH_NAMES.join('|');
/** "in the summer of 2024": a season of a year, read where a month of one is. */
const SEASON_OF = '(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\s+of\\s+';
/**
 * "in 2015", "during early March 2019", "between 2016 and 2020", German "im September 2022": the
 * time of an event, or of an agreement (of a span, its end).
 */
const EVENT_YEAR = new RegExp(
  `\\b(?:(?:in|during|im)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:(?<month>${MONTH})\\s+|${SEASON_OF})?|(?:between|from)\\s+(?:19|20)\\d\\d\\s+(?:and|to|until)\\s+)(?<year>(?:19|20)\\d\\d)\\b`,
  'i',
);
/**
 * "the 2013 ambush", "the 2018 Poonch shelling", "the January 2015 operation": an event the year names, whatever truce the
 * sentence names with it ("the
 * worst clashes since the 2016 offensive" compares, and tells the news). The look-behind that
 * keeps "since" out reads back from after the year, so it is tried only where a year stands.
 */
const YEAR_OF_EVENT =
  /\b((?:19|20)\d\d)(?<!\bsince\s+(?:the\s+|their\s+|its\s+)?(?:19|20)\d\d)\s+(?:[A-Za-z\u00c0-\u024f'’-]+\s+)?(?:ambush(?:es)?|attacks?|clash(?:es)?|massacres?|bombings?|offensives?|raids?|shelling|killings?|operations?|encounters?|battles?|assaults?|sieges?|firefights?|gun-?fights?|shoot-?outs?|skirmish(?:es)?|fighting|flare-ups?|escalation)\b/i;
/**
 * "the deadliest incident since September 2022, when clashes killed nearly 300", "the border
 * clashes of 2021 and 2022, when each side accused the other": what a clause after an earlier
 * year's date (of two, the later) tells happened then, whatever truce the sentence names.
 */
const YEAR_WHEN = new RegExp(
  `\\b(?:since|in|during|of)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:(?:${MONTH})\\s+)?(?:(?:19|20)\\d\\d\\s*(?:and|or|to|[–-])\\s*)?((?:19|20)\\d\\d),?\\s+when\\b`,
  'i',
);
/**
 * "the truce has held, although the city saw clashes in August 2022": fighting the words after it
 * date, with no truce between them (the year of "clashes in breach of the truce agreed in 2020"
 * is the truce's), and no comparison before it ("the worst since clashes in 2022" tells the news).
 */
const ACTION_IN_YEAR = new RegExp(
  `(?<!\\bsince\\s+(?:the\\s+)?(?:[a-z]+\\s+)?)\\b(?:clash(?:es)?|attacks?|fighting|shelling|strikes?|bombings?|raids?|offensives?|shot dead|killed)\\b(?:(?!\\b(?:truce|ceasefire|cease-fire|armistice|agreement|deal|accord|pact|since)\\b)[^.;:]){0,40}?\\b(?:in|during)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:(?:${MONTH})\\s+|${SEASON_OF})?((?:19|20)\\d\\d)\\b`,
  'i',
);
/**
 * "Fighting in northern Shan resumed in late June, ending a January truce": fighting a month
 * dates, with no truce between them, whatever truce the sentence names (its month is the
 * truce's own). Fighting a truce ended ("the ceasefire that ended border fighting in July") is
 * its backstory, which dates the truce, not the news. The month is found first ("in late June"),
 * then the fighting before it: few sentences hold the one, and reading back from it is cheap.
 */
const MONTH_AFTER_IN = new RegExp(
  `\\b(?:in|during)\\s+(?:(?:early|late|mid)[\\s-]+)?(${MONTH})\\b(?![\\s,]+\\d)`,
  'gi',
);
const ACTION_BEFORE_MONTH = new RegExp(
  `(?<!\\bsince\\s+(?:the\\s+)?(?:[a-z]+\\s+)?)(?<!\\b(?:ended|ending|ends|halted|halting|stopped|stopping)\\s+(?:[a-z-]+\\s+){0,3})\\b(?:clash(?:es)?|attacks?|fighting|shelling|strikes?|bombings?|raids?|offensives?)\\b(?:(?!\\b(?:truce|ceasefire|cease-fire|armistice|agreement|deal|accord|pact|since)\\b)[^.;:]){0,40}?$`,
  'i',
);
/** Characters before a month read back for the fighting it dates, and for what precedes that. */
const ACTION_MONTH_REACH = 140;

/** Whether the text names a month after "in" or "during" ("in late June"). */
function namesMonthAfterIn(text: string): boolean {
  MONTH_AFTER_IN.lastIndex = 0;
  return MONTH_AFTER_IN.test(text);
}

/** The month that dates fighting in the sentence, if one does. */
function actionMonth(told: string): string | undefined {
  MONTH_AFTER_IN.lastIndex = 0;
  for (let match = MONTH_AFTER_IN.exec(told); match; match = MONTH_AFTER_IN.exec(told)) {
    const before = told.slice(Math.max(0, match.index - ACTION_MONTH_REACH), match.index);
    if (ACTION_BEFORE_MONTH.test(before)) return match[1];
  }
  return undefined;
}
/**
 * "the 2020–2022 war", "the 1992-95 conflict": a war the years it lasted name, over by the later
 * one.
 */
const YEARS_OF_WAR =
  /\b(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d|\d\d)\s+(?:[A-Za-z\u00c0-\u024f'’-]+\s+)?(?:war|conflict|fighting|hostilities|offensive)\b/i;
/**
 * "only four ceasefire violations were recorded in 2012", "victims of ceasefire violations in
 * Poonch in 2018": violations the year closes, told in a year-end review or a later story; the
 * truce it names is not the year's.
 */
const VIOLATIONS_OF_YEAR =
  /\bviolations\s+(?:(?:were|had been|have been)\s+)?(?:(?:recorded|registered|logged|documented|reported|counted|committed)\s+)?(?:(?:in|along|across|on)\s+[^.;:,]{1,60}?\s+)?(?:in|during|throughout)\s+((?:19|20)\d\d)\b/i;
/**
 * "a ceasefire agreed in Kunming in January 2024 broke down within six months": a truce the
 * sentence dates by its making, and whose end it tells as coming a short time after: when that
 * end lies at least EARLIER_MONTHS before publication, the sentence tells the truce's history.
 */
const SHORT_LIVED_TRUCE = new RegExp(
  `\\b(?:truce|ceasefire|cease-fire)\\s+(?:[^.;,]{0,30}?\\s)?(?:agreed|signed|brokered|reached|declared|announced)\\s+(?:[^.;,]{0,30}?\\s)?(?:in|on)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:(${MONTH})\\s+)?(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b[^.;]{0,60}?\\b(?:collapsed|broke down|fell apart|unravell?ed|was broken|ended)\\s+(?:within|after|in)\\s+(?:(a few|several|a|an|one|two|three|four|five|six|\\d{1,2})\\s+)?(days?|weeks?|months?)\\b`,
  'i',
);
/** The patterns that read a year, each of which only a text that namesYear can match. */
export const YEAR_PATTERNS: readonly RegExp[] = [
  BACKGROUND_YEAR,
  EVENT_YEAR,
  YEAR_OF_EVENT,
  YEARS_OF_WAR,
  YEAR_WHEN,
  VIOLATIONS_OF_YEAR,
  SHORT_LIVED_TRUCE,
];
/**
 * A sentence that opens on "At the time", "Back then", "For years", "Last year", "Earlier this
 * year" or, in a monitors' report, "In the previous reporting period" tells the past of the
 * story ("the deadliest flare-up for years" compares, and tells the news; "earlier this week" may
 * open the news itself).
 */
const OPENS_ON_THE_PAST =
  /^\W*(?:at the time|at that time|back then|in those days|for (?:many )?(?:years|decades)|last year|the (?:previous|year) (?:year|before)|a year (?:ago|earlier)|earlier (?:this|that|in the) year|in (?:previous|past|earlier) years|in the (?:previous|preceding|prior) (?:reporting )?(?:period|week|fortnight|month))\b/i;
/**
 * "recorded hundreds of thousands of violations over the following eight years", "throughout
 * the past decade": what a span of years holds is the story's history, not this week's news.
 */
const SPAN_OF_YEARS =
  /\b(?:over|during|across|throughout)\s+(?:the\s+)?(?:(?:following|next|subsequent|past|last|previous|first|ensuing)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few|a dozen)\s+)?(?:years|decades)\b|\b(?:over|during|across|throughout)\s+the\s+(?:past|last|previous|following)\s+decade\b/i;
/**
 * "Three months after the fighting, …", "…, weeks after a deadly clash in Basilan prompted both
 * sides to review": fighting the sentence places weeks or more before, with no fighting of its
 * own told first.
 */
const WEEKS_AFTER_FIGHTING =
  /^(?:(?!\b(?:attack|clash|shell|strike|fight|fire|fired|killed|raid|bomb)\w*\b)[^])*?\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|some)\s+)?(?:weeks|months|years)\s+(?:after|since)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:fighting|clash(?:es)?|attacks?|ambush|shelling|strikes?|battle|war|offensive|killings?|raids?)\b/iu;
/**
 * "…, three months after a humanitarian truce between the two sides fell apart": a truce the
 * sentence says ended weeks or more before, with no fighting of its own told first (a truce that
 * "ended twelve days of war" ended the war, not itself).
 */
const WEEKS_AFTER_COLLAPSE =
  /^(?:(?!\b(?:attack|clash|shell|strike|fight|fire|fired|killed|raid|bomb)\w*\b)[^])*?\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|some)\s+)?(?:weeks|months|years)\s+(?:after|since)\s+(?:the|a|an|its|their)\s+(?:[^,.;]{0,40}?\s)?(?:truce|ceasefire|cease-fire)\s+(?:[^,.;]{0,60}?\s)?(?:collapsed|fell apart|broke down|expired|unravell?ed|ended(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|last|after|when|earlier|with)\b))\b/iu;
/**
 * What every match of WEEKS_AFTER_FIGHTING and WEEKS_AFTER_COLLAPSE holds: looked for first, as those expressions try
 * every character before it and few sentences hold it.
 */
const WEEKS_AFTER = /\b(?:weeks|months|years)\s+(?:after|since)\s/i;
/**
 * "in March", "in late July": a month with no day or year after it; "the May shelling": a month
 * naming the event.
 */
const EVENT_MONTH = new RegExp(
  `${MONTH_ALONE_SOURCE}|\\bthe\\s+(?:(?:early|late|mid)[\\s-]+)?(${MONTH})\\s+(?:shelling|clash(?:es)?|attacks?|strikes?|fighting|war|offensive|escalation|hostilities|ambush|raids?|bombing|killings?|incursion|flare-up)\\b`,
  'i',
);
/** How many months before publication a month named alone must be to tell history. */
const EARLIER_MONTHS = 2;

/** Whether the text may name a year of the patterns': it holds "19" or "20". */
export function namesYear(text: string): boolean {
  return text.includes('19') || text.includes('20');
}

/**
 * Whether the sentence opens on a year before the year of publication ("In 2020, …"), or counts
 * the violations of such a year.
 */
export function givesEarlierYear(text: string, publishedYear: number | null): boolean {
  return (
    publishedYear !== null &&
    namesYear(text) &&
    (isEarlierYear(BACKGROUND_YEAR.exec(text)?.[1], publishedYear) ||
      isEarlierYear(VIOLATIONS_OF_YEAR.exec(text)?.[1], publishedYear) ||
      isEarlierYear(YEAR_WHEN.exec(text)?.[1], publishedYear))
  );
}

const MONTH_ABBREVIATION = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * A timeline's entry, opening on its date and a dash or a colon: "Sept 5, 2014 — First Minsk
 * protocol …", "July 29 — Thailand accuses …", "2016–2019 — OSCE monitors record …", "12 March
 * 2023: …". Of a span, its end.
 */
const TIMELINE_ENTRY = new RegExp(
  `^\\W*(?:(?<monthFirst>${MONTH_ABBREVIATION})\\s+(?:\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?,?\\s+)?|\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?<monthAfter>${MONTH_ABBREVIATION}),?\\s+)?(?:(?:19|20)\\d\\d\\s*[–-]\\s*)?(?<year>(?:19|20)\\d\\d)?\\s*(?:[—–:]|-\\s)`,
  'i',
);

/**
 * Whether the sentence is a timeline's entry dated before the item: an earlier year, or with no
 * year a month at least two before publication ("July 29 — …" in a story of October).
 */
export function opensTimelineEntryEarlier(
  text: string,
  published: { year: number; month: number } | null,
): boolean {
  if (published === null) return false;
  const entry = TIMELINE_ENTRY.exec(text)?.groups;
  if (entry === undefined) return false;
  const month = entry.monthFirst ?? entry.monthAfter;
  if (entry.year !== undefined) {
    const year = Number(entry.year);
    if (year !== published.year || month === undefined) return year < published.year;
  }
  return month !== undefined && monthEarlier(month.replace('.', ''), published);
}

/**
 * Whether the sentence opens on the story's past, tells what a span of years held, or looks back
 * weeks on fighting or on a truce's end.
 */
export function opensOnThePast(text: string): boolean {
  return (
    OPENS_ON_THE_PAST.test(text) ||
    // Most sentences name no years or decades: they are not asked the span's pattern.
    ((text.includes('years') || text.includes('decade')) && SPAN_OF_YEARS.test(text)) ||
    (WEEKS_AFTER.test(text) && (WEEKS_AFTER_FIGHTING.test(text) || WEEKS_AFTER_COLLAPSE.test(text)))
  );
}

/**
 * Whether the sentence places what it tells in an earlier year ("a clash in Mamasapano in 2015",
 * "Court convicts five over 2016 ambush") or at least two months before publication ("an attack
 * on the base in March", in September). Only a year naming the event itself is asked of a
 * sentence that names a ceasefire, and a month only where it dates the fighting: there, a year
 * or month alone is often the truce's own.
 */
export function placesEventEarlier(
  text: string,
  namesCeasefire: boolean,
  published: { year: number; month: number } | null,
): boolean {
  if (published === null || published.year === 0) return false;
  const withYear = namesYear(text);
  // Beside a truce, a sentence with neither a year nor "in" a month dates nothing: most are
  // told so before their asides are cut.
  if (namesCeasefire && !withYear && !namesMonthAfterIn(text)) return false;
  // Cutting asides joins what is left with commas: it makes no "19" or "20" of its own.
  const told = withoutRelativeAsides(text);
  if (withYear) {
    // Undated (its year the latest it names), an event its year names ("the 2015 Mamasapano
    // clash") is history even in that year: news of the day does not name its own year so.
    const eventYear = YEAR_OF_EVENT.exec(told)?.[1];
    if (isEarlierYear(eventYear, published.month === 0 ? published.year + 1 : published.year)) {
      return true;
    }
    if (isEarlierYear(YEAR_WHEN.exec(told)?.[1], published.year)) return true;
    if (isEarlierYear(ACTION_IN_YEAR.exec(told)?.[1], published.year)) return true;
    if (namesCeasefire) return false;
    if (isEarlierYear(endOfWar(YEARS_OF_WAR.exec(told)?.[1]), published.year)) return true;
    const event = EVENT_YEAR.exec(told)?.groups;
    if (isEarlierYear(event?.year, published.year)) return true;
    // "the attack on the garrison in March 2025", told in October 2025; undated, told at all:
    // news of the day dates its event by the day, not by its month and year.
    if (
      event?.month !== undefined &&
      Number(event.year) === published.year &&
      (published.month === 0 ||
        published.month - (monthNumber(event.month) ?? published.month) >= EARLIER_MONTHS)
    ) {
      return true;
    }
  }
  // Beside a truce, only the month that dates the fighting itself is asked.
  let month: string | undefined;
  if (namesCeasefire) month = actionMonth(told);
  else {
    const monthEvent = EVENT_MONTH.exec(told);
    month = monthEvent?.[1] ?? monthEvent?.[2];
  }
  return month !== undefined && monthEarlier(month, published);
}

/**
 * Whether a month named alone ("in May", "Sept") lies at least EARLIER_MONTHS before publication
 * (a month after the publication's is last year's); never when only the year is known.
 */
export function monthEarlier(month: string, published: { year: number; month: number }): boolean {
  if (published.month === 0) return false;
  const named = monthNumber(month) ?? published.month;
  return (published.month - named + 12) % 12 >= EARLIER_MONTHS;
}

/** Durations no count reads: "within a few weeks", "within several months" (at most six). */
const LOOSE_DURATIONS: Readonly<Record<string, number>> = { several: 6, 'a few': 3 };

/** Whether the sentence tells of a truce made and ended again before the last two months. */
export function endsShortLivedTruceEarlier(
  text: string,
  published: { year: number; month: number } | null,
): boolean {
  if (published === null || published.month === 0 || !namesYear(text)) return false;
  const match = SHORT_LIVED_TRUCE.exec(text);
  if (match === null) return false;
  const [, month, year, count, unit] = match;
  // Unnamed, the month of making is taken as late as it can be: December.
  const made = Number(year) * 12 + (month === undefined ? 12 : (monthNumber(month) ?? 12));
  const amount =
    count === undefined ? 1 : (LOOSE_DURATIONS[count.toLowerCase()] ?? parseCount(count) ?? 1);
  const lasted = /^month/i.test(unit ?? '')
    ? amount
    : Math.ceil(amount / (/^week/i.test(unit ?? '') ? 4 : 30));
  return published.year * 12 + published.month - (made + lasted) >= EARLIER_MONTHS;
}

/** The year a range ends, its century taken from the start when it gives two digits ("92-95"). */
function endOfWar(end: string | undefined): string | undefined {
  if (end === undefined || end.length === 4) return end;
  return `${end < '50' ? '20' : '19'}${end}`;
}

function isEarlierYear(year: string | undefined, publishedYear: number): boolean {
  return year !== undefined && Number(year) < publishedYear;
}
