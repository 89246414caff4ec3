// Decides whether a new violation report describes an incident already open, so that several
// outlets covering one event produce one alert instead of one per outlet.
import type { ClassifiedItem, Incident } from '../model.js';
import { compareEventDays, type DayAgreement, daysOfDate } from './event-days.js';
import { type EventDetails, incidentDetails, reportDetails } from './event-details.js';
import { mentionsPlace, placesMatch } from './place-names.js';

export { normalizePlace, placesMatch } from './place-names.js';
export { salientWords } from './salient-words.js';

/** Region given to reports whose verdict names none, so that they still group with each other. */
export const UNKNOWN_REGION = 'Unspecified region';

/** Reports whose event dates lie further apart than this are never the same incident. */
export const MAX_DAYS_APART = 2;

/**
 * Why these weights: a region and a date window hold many events (a front line sees several
 * incidents a week), so being in them only makes a report eligible. What tells one event from
 * another is concrete detail, and a match needs at least one strong detail or two weaker ones.
 * Details are read where a report tells of the event (title, evidence, the lead's sentences
 * about violence), and an incident keeps those of all its reports (see event-details.ts):
 *   - a shared place (+3) is the strongest sign; reports naming only different places are
 *     probably about different events (-3), though outlets may name neighbouring villages.
 *     Names of the whole region ("Karabakh" for Nagorno-Karabakh) are no place for this;
 *   - the same death toll (+2) is a strong sign; a toll that cannot be an early or late count of
 *     the other (-2) speaks against, while tolls that merely differ do not: tolls rise as
 *     reports come in ("at least two" early, five later);
 *   - when: one term, the best evidence of the event's day there is. A stated event date
 *     against an incident with one: the same day (+2) or the next (+1), or the same event day
 *     named by the incident's reports (+2). Otherwise (an undated page, or an incident dated only
 *     by when it was seen) the event days both name ("on Sunday", "March 5") agree (+2), are one
 *     apart (0) or further apart (-2); without such days, the same publication or first-seen
 *     day (+1), which trails the event;
 *   - each shared salient word (+1, at most +3): the weapon, the kind of action, who was hit.
 * The threshold (3) is met by a shared place alone, by a same event day plus one matching
 * detail, or by a same-day toll, but not by a date alone. Different places outweigh a same day
 * and three shared words: leads name the weapon and the victims of every strike in a busy war.
 */
const WEIGHTS = {
  sharedPlace: 3,
  disjointPlaces: -3,
  sameToll: 2,
  incompatibleToll: -2,
  sameStatedDate: 2,
  sameInferredDate: 1,
  nextStatedDate: 1,
  sameEventDay: 2,
  adjacentEventDay: 0,
  differentEventDay: -2,
  salientWord: 1,
  salientWordsMax: 3,
} as const;

export const MATCH_THRESHOLD = 3;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export interface ReportDate {
  /** YYYY-MM-DD */
  date: string;
  /** True when the report states the incident's date, rather than it being inferred. */
  stated: boolean;
}

/** The report's event date: the verdict's incident date, else the item's, else when it was seen. */
export function reportDate(classified: ClassifiedItem, seenAt: Date): ReportDate {
  const { incidentDate } = classified.verdict;
  if (incidentDate !== null && ISO_DATE.test(incidentDate)) {
    return { date: incidentDate, stated: true };
  }
  const published = classified.item.published;
  if (published !== undefined) {
    const parsed = new Date(published);
    if (!Number.isNaN(parsed.getTime())) return { date: isoDay(parsed), stated: false };
  }
  return { date: isoDay(seenAt), stated: false };
}

export function reportRegion(classified: ClassifiedItem): string {
  const region = classified.verdict.region?.trim();
  return region ? region : UNKNOWN_REGION;
}

/**
 * The open incident this report most likely describes, or undefined when none scores at least
 * MATCH_THRESHOLD. `incidents` may hold any regions and dates: ineligible ones are skipped.
 */
export function findMatchingIncident(
  candidate: ClassifiedItem,
  incidents: readonly Incident[],
  seenAt: Date,
): Incident | undefined {
  const report = readReport(candidate, seenAt);
  let best: { incident: Incident; score: number; daysApart: number } | undefined;
  for (const incident of incidents) {
    const score = scoreAgainst(report, incident);
    if (score === undefined || score < MATCH_THRESHOLD) continue;
    const daysApart = Math.abs(daysBetween(report.when.date, incident.eventDate));
    if (best === undefined || isBetter({ incident, score, daysApart }, best)) {
      best = { incident, score, daysApart };
    }
  }
  return best?.incident;
}

function isBetter(
  a: { incident: Incident; score: number; daysApart: number },
  b: { incident: Incident; score: number; daysApart: number },
): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.daysApart !== b.daysApart) return a.daysApart < b.daysApart;
  if (a.incident.lastSeenAt !== b.incident.lastSeenAt) {
    return a.incident.lastSeenAt > b.incident.lastSeenAt;
  }
  return a.incident.incidentId < b.incident.incidentId;
}

/**
 * How strongly the report and the incident agree (see WEIGHTS), or undefined when they cannot be
 * the same event: another region, or event dates more than MAX_DAYS_APART days apart.
 */
export function matchScore(
  candidate: ClassifiedItem,
  incident: Incident,
  seenAt: Date,
): number | undefined {
  return scoreAgainst(readReport(candidate, seenAt), incident);
}

/** What the scoring reads of a report, read once for all the incidents it is compared with. */
interface ReportReading {
  classified: ClassifiedItem;
  region: string;
  when: ReportDate;
  details: EventDetails;
  /**
   * The days compared with the incident's: those of its stated date when it states one (a lead
   * may also recall earlier events), else the event days it names.
   */
  days: string[];
  /** Title and evidence, where a place the classifier missed may be named. */
  ownText: string;
}

function readReport(classified: ClassifiedItem, seenAt: Date): ReportReading {
  const region = reportRegion(classified);
  const when = reportDate(classified, seenAt);
  const details = reportDetails(classified, region);
  return {
    classified,
    region,
    when,
    details,
    days: when.stated ? daysOfDate(when.date) : details.days,
    ownText: [classified.item.title ?? '', ...classified.verdict.evidence].join(' '),
  };
}

function scoreAgainst(report: ReportReading, incident: Incident): number | undefined {
  if (normalizeRegion(report.region) !== normalizeRegion(incident.region)) return undefined;
  const daysApart = Math.abs(daysBetween(report.when.date, incident.eventDate));
  if (!(daysApart <= MAX_DAYS_APART)) return undefined;

  const known = incidentDetails(incident);
  // Its date is an event day its reports named, not only when it was first seen.
  const dated = daysOfDate(incident.eventDate).some((day) => known.days.includes(day));
  const incidentText = [incident.title, ...incident.evidence].join(' ');
  return (
    placeScore(report.details.places, report.ownText, known.places, incidentText) +
    tollScore(report.classified.verdict.killed, incident.killed) +
    whenScore(report.when, daysApart, compareEventDays(report.days, known.days), dated) +
    salientScore(report.details.words, known.words)
  );
}

function placeScore(
  reportPlaces: readonly string[],
  reportText: string,
  incidentPlaces: readonly string[],
  incidentText: string,
): number {
  const shared =
    reportPlaces.some((p) => incidentPlaces.some((q) => placesMatch(p, q))) ||
    // The classifier may miss a place that the other side did tie to the incident.
    incidentPlaces.some((p) => mentionsPlace(reportText, p)) ||
    reportPlaces.some((p) => mentionsPlace(incidentText, p));
  if (shared) return WEIGHTS.sharedPlace;
  if (reportPlaces.length > 0 && incidentPlaces.length > 0) return WEIGHTS.disjointPlaces;
  return 0;
}

function tollScore(reportKilled: number | null, incidentKilled: number | null): number {
  if (reportKilled === null || incidentKilled === null) return 0;
  if (reportKilled === incidentKilled) return WEIGHTS.sameToll;
  return tollsCompatible(reportKilled, incidentKilled) ? 0 : WEIGHTS.incompatibleToll;
}

/**
 * Whether two death tolls can be counts of one event taken at different times: close in number
 * (2 and 5), or of the same order (200 and 404), as early tolls are routinely revised upward.
 */
export function tollsCompatible(a: number, b: number): boolean {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return high - low <= 3 || low / high >= 0.4;
}

/** One term for when the event happened: see WEIGHTS. */
function whenScore(
  when: ReportDate,
  daysApart: number,
  days: DayAgreement,
  incidentDated: boolean,
): number {
  const byDays = DAY_WEIGHTS[days];
  const byDate = dateScore(when, daysApart);
  // Two stated dates are the surest; event days only add what they may miss (another report's
  // date). An incident dated only by when it was seen is known by the days its reports named.
  if (when.stated && incidentDated) return Math.max(byDate, byDays ?? byDate);
  return byDays ?? byDate;
}

const DAY_WEIGHTS: Record<DayAgreement, number | undefined> = {
  same: WEIGHTS.sameEventDay,
  adjacent: WEIGHTS.adjacentEventDay,
  different: WEIGHTS.differentEventDay,
  unknown: undefined,
};

function dateScore(when: ReportDate, daysApart: number): number {
  if (daysApart === 0) return when.stated ? WEIGHTS.sameStatedDate : WEIGHTS.sameInferredDate;
  if (daysApart === 1 && when.stated) return WEIGHTS.nextStatedDate;
  return 0;
}

function salientScore(reportWords: readonly string[], incidentWords: readonly string[]): number {
  const shared = reportWords.filter((word) => incidentWords.includes(word)).length;
  return Math.min(shared * WEIGHTS.salientWord, WEIGHTS.salientWordsMax);
}

function normalizeRegion(region: string): string {
  return region.trim().toLowerCase();
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / MS_PER_DAY);
}
