// Decides whether a new violation report describes an incident already open, so that several
// outlets covering one event produce one alert instead of one per outlet.
import type { ClassifiedItem, Incident } from '../model.js';

/** Region given to reports whose verdict names none, so that they still group with each other. */
export const UNKNOWN_REGION = 'Unspecified region';

/** Reports whose event dates lie further apart than this are never the same incident. */
export const MAX_DAYS_APART = 2;

/**
 * Why these weights: a region and a date window hold many events (a front line sees several
 * incidents a week), so being in them only makes a report eligible. What tells one event from
 * another is concrete detail, and a match needs at least one strong detail or two weaker ones:
 *   - a shared place name (+3) is the strongest sign; reports naming only different places are
 *     probably about different events (-2), though outlets may name neighbouring villages;
 *   - the same death toll (+2) is a strong sign; a toll that cannot be an early or late count of
 *     the other (-2) speaks against, while tolls that merely differ do not: tolls rise as
 *     reports come in ("at least two" early, five later);
 *   - the same event date (+2 when the report states it, +1 when it is only the publication or
 *     first-seen date, which trails the event) or the next day (+1 when stated);
 *   - each shared salient word (+1, at most +3): the weapon, the kind of action, who was hit.
 * The threshold (3) is met by a shared place alone, by a stated same-day date plus one
 * matching detail, or by a same-day toll, but not by a date alone.
 */
const WEIGHTS = {
  sharedPlace: 3,
  disjointPlaces: -2,
  sameToll: 2,
  incompatibleToll: -2,
  sameStatedDate: 2,
  sameInferredDate: 1,
  nextStatedDate: 1,
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
  let best: { incident: Incident; score: number; daysApart: number } | undefined;
  for (const incident of incidents) {
    const score = matchScore(candidate, incident, seenAt);
    if (score === undefined || score < MATCH_THRESHOLD) continue;
    const daysApart = Math.abs(daysBetween(reportDate(candidate, seenAt).date, incident.eventDate));
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
  if (normalizeRegion(reportRegion(candidate)) !== normalizeRegion(incident.region)) {
    return undefined;
  }
  const when = reportDate(candidate, seenAt);
  const daysApart = Math.abs(daysBetween(when.date, incident.eventDate));
  if (!(daysApart <= MAX_DAYS_APART)) return undefined;

  const reportText = [candidate.item.title ?? '', ...candidate.verdict.evidence].join(' ');
  const incidentText = [incident.title, ...incident.evidence].join(' ');

  return (
    placeScore(candidate.verdict.places, reportText, incident.places, incidentText) +
    tollScore(candidate.verdict.killed, incident.killed) +
    dateScore(when, daysApart) +
    salientScore(reportText, incidentText)
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

function dateScore(when: ReportDate, daysApart: number): number {
  if (daysApart === 0) return when.stated ? WEIGHTS.sameStatedDate : WEIGHTS.sameInferredDate;
  if (daysApart === 1 && when.stated) return WEIGHTS.nextStatedDate;
  return 0;
}

function salientScore(reportText: string, incidentText: string): number {
  const incidentWords = new Set(salientWords(incidentText));
  const shared = salientWords(reportText).filter((w) => incidentWords.has(w)).length;
  return Math.min(shared * WEIGHTS.salientWord, WEIGHTS.salientWordsMax);
}

// Words that tell one armed incident from another. Generic ones ("clash", "attack", "ceasefire",
// "soldiers") are left out: nearly every report has them, so they would join unrelated events.
const SALIENT_WORDS: readonly (readonly [string, RegExp])[] = [
  ['shootout', /\b(shoot-?outs?|gunfights?|fire-?fights?|exchanges? of fire)\b/],
  ['ambush', /\bambush/],
  ['sniper', /\bsnipers?\b/],
  ['mortar', /\bmortars?\b/],
  ['artillery', /\bartillery\b/],
  ['shelling', /\bshell(s|ed|ing)\b/],
  ['drone', /\b(drones?|uavs?)\b/],
  ['airstrike', /\b(air ?strikes?|air raids?|bombings?)\b/],
  ['rocket', /\brockets?\b/],
  ['missile', /\bmissiles?\b/],
  ['grenade', /\bgrenades?\b/],
  ['landmine', /\b(land ?mines?|mine (blast|explosion)s?)\b/],
  ['explosive', /\b(ieds?|roadside bombs?|explosive devices?|car bombs?)\b/],
  ['tank', /\btanks?\b/],
  ['incursion', /\b(incursions?|infiltrat\w*)\b/],
  ['raid', /\braids?\b/],
  ['kidnapping', /\b(kidnap\w*|abduct\w*|hostages?)\b/],
  ['police', /\b(police\w*|policem[ae]n|gendarm\w*)\b/],
  ['border guard', /\bborder guards?\b/],
  ['peacekeeper', /\bpeace-?keep\w*/],
  ['checkpoint', /\bcheck-?points?\b/],
  ['convoy', /\bconvoys?\b/],
  ['ambulance', /\bambulances?\b/],
  ['hospital', /\bhospitals?\b/],
  ['school', /\bschools?\b/],
  ['market', /\bmarkets?\b/],
  ['farmer', /\bfarm(er|ers|workers?)\b/],
  ['child', /\b(child|children|kids?)\b/],
];

/** Canonical salient words the text contains, in SALIENT_WORDS order. */
export function salientWords(text: string): string[] {
  const lower = text.toLowerCase();
  return SALIENT_WORDS.filter(([, pattern]) => pattern.test(lower)).map(([word]) => word);
}

/**
 * Whether two place names denote the same place: equal once case, accents and punctuation are
 * ignored, or one contained word for word in the other ("khramort" and "khramort village").
 */
export function placesMatch(a: string, b: string): boolean {
  const na = normalizePlace(a);
  const nb = normalizePlace(b);
  if (na === '' || nb === '') return false;
  if (na === nb) return true;
  const [shorter, longer] = na.length <= nb.length ? [na, nb] : [nb, na];
  // Short fragments ("al", "el") would be found inside unrelated names.
  return shorter.length >= 4 && ` ${longer} `.includes(` ${shorter} `);
}

function mentionsPlace(text: string, place: string): boolean {
  const normalized = normalizePlace(place);
  if (normalized.length < 4) return false;
  return ` ${normalizePlace(text)} `.includes(` ${normalized} `);
}

export function normalizePlace(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
