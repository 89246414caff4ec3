// Builds and grows incidents from violation reports. Pure: the caller saves the result.
import { SEVERITY_ORDER } from '../model.js';
import type { ClassifiedItem, Incident, IncidentSource, Severity } from '../model.js';
import { formatDetails, incidentDetails, reportDetails, unionDetails } from './event-details.js';
import { reportDate, reportRegion } from './match-incident.js';
import { placesMatch } from './place-names.js';

/** Enough sentences to show what several outlets said, few enough to keep an email readable. */
export const MAX_EVIDENCE = 5;

/**
 * The id of an incident opened by the item `firstItemId`. Deterministic, so a run that crashed
 * after saving the incident and retries the same item finds it taken (the conditional save
 * fails) instead of opening a second incident for one event.
 */
export function incidentIdFor(firstItemId: string): string {
  return `inc-${firstItemId}`;
}

/** A new incident (version 1, not yet alerted) from its first report. */
export function openIncident(
  classified: ClassifiedItem,
  seenAt: Date,
  newId: () => string,
): Incident {
  const { item, verdict } = classified;
  const region = reportRegion(classified);
  const seen = seenAt.toISOString();
  return {
    incidentId: newId(),
    region,
    eventDate: reportDate(classified, seenAt).date,
    firstSeenAt: seen,
    lastSeenAt: seen,
    killed: verdict.killed,
    injured: verdict.injured,
    severity: verdict.severity,
    places: unionPlaces([], verdict.places),
    title: item.title?.trim() || verdict.evidence[0]?.trim() || `Ceasefire violation in ${region}`,
    evidence: unionEvidence([], verdict.evidence),
    details: formatDetails(reportDetails(classified, region)),
    ...attributionOf(undefined, verdict),
    sources: [sourceOf(classified)],
    version: 1,
    alertedVersion: 0,
    revision: 1,
  };
}

/**
 * Folds one more report of the same event into the incident. `material` is true when subscribers
 * should hear about it again (a higher death toll or a new place): only then is the version bumped.
 * A report already merged (same item id) returns the incident unchanged.
 */
export function mergeIntoIncident(
  incident: Incident,
  classified: ClassifiedItem,
  seenAt: Date,
): { incident: Incident; material: boolean } {
  if (incident.sources.some((s) => s.itemId === classified.item.id)) {
    return { incident, material: false };
  }
  const { verdict } = classified;
  const places = unionPlaces(incident.places, verdict.places);
  const killed = maxKnown(incident.killed, verdict.killed);
  const moreKilled = killed !== null && (incident.killed === null || killed > incident.killed);
  const material = moreKilled || places.length > incident.places.length;
  const eventDate = reportDate(classified, seenAt).date;
  const seen = seenAt.toISOString();

  return {
    incident: {
      ...incident,
      eventDate: eventDate < incident.eventDate ? eventDate : incident.eventDate,
      lastSeenAt: seen > incident.lastSeenAt ? seen : incident.lastSeenAt,
      killed,
      injured: maxKnown(incident.injured, verdict.injured),
      severity: maxSeverity(incident.severity, verdict.severity),
      places,
      evidence: unionEvidence(incident.evidence, verdict.evidence),
      // All its reports said, also what the evidence cap leaves out, for matching later ones.
      details: formatDetails(
        unionDetails(incidentDetails(incident), reportDetails(classified, incident.region)),
      ),
      ...attributionOf(incident, verdict),
      sources: [...incident.sources, sourceOf(classified)],
      version: material ? incident.version + 1 : incident.version,
      revision: incident.revision + 1,
    },
    material,
  };
}

function sourceOf({ item }: ClassifiedItem): IncidentSource {
  const source: IncidentSource = { itemId: item.id, title: item.title, feed: item.feedId };
  if (item.url !== undefined) source.url = item.url;
  return source;
}

/** Known places plus the new ones that are not another spelling of a known one. */
function unionPlaces(known: readonly string[], added: readonly string[]): string[] {
  const result = [...known];
  for (const raw of added) {
    const place = raw.trim().toLowerCase();
    if (place !== '' && !result.some((p) => placesMatch(p, place))) result.push(place);
  }
  return result;
}

function unionEvidence(known: readonly string[], added: readonly string[]): string[] {
  const result = [...known];
  const seen = new Set(known.map(sentenceKey));
  for (const raw of added) {
    if (result.length >= MAX_EVIDENCE) break;
    const sentence = raw.replace(/\s+/g, ' ').trim();
    const key = sentenceKey(sentence);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(sentence);
  }
  return result;
}

// Outlets copying one wire story differ in spacing, quotes and final punctuation only.
function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function maxKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(b) > SEVERITY_ORDER.indexOf(a) ? b : a;
}

/** Weapons, accusations and denials of every report so far, each once. */
function attributionOf(
  incident: Incident | undefined,
  verdict: ClassifiedItem['verdict'],
): Pick<Incident, 'weapons' | 'accusations' | 'denials'> {
  const accusations = [...(incident?.accusations ?? [])];
  for (const accusation of verdict.accusations) {
    const known = accusations.some(
      (a) =>
        a.accuser.toLowerCase() === accusation.accuser.toLowerCase() &&
        (a.accused ?? '').toLowerCase() === (accusation.accused ?? '').toLowerCase(),
    );
    if (!known) accusations.push(accusation);
  }
  return {
    weapons: unionIgnoringCase(incident?.weapons ?? [], verdict.weapons),
    accusations,
    denials: unionIgnoringCase(incident?.denials ?? [], verdict.denials),
  };
}

function unionIgnoringCase(known: readonly string[], added: readonly string[]): string[] {
  const result = [...known];
  for (const value of added) {
    if (!result.some((k) => k.toLowerCase() === value.toLowerCase())) result.push(value);
  }
  return result;
}
