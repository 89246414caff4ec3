// What a report says about its event, beyond region, date and toll: the salient words, the days
// it names for the event and the places it ties to it. Read from the sentences that tell of the
// event (the title, the evidence, and the lead's sentences that speak of violence), so that an
// article's background ("the Lachin corridor, blocked last month") and its statements ("Russia
// said Monday") do not count. An incident keeps the union over all its reports.
import type { ClassifiedItem, Incident } from '../model.js';
import { splitSentences } from '../text/sentences.js';
import { daysOfDate, eventDays } from './event-days.js';
import { tellsOfEvent } from './event-words.js';
import { mentionsPlace, namesWholeRegion, placesMatch } from './place-names.js';
import { salientWords } from './salient-words.js';

export interface EventDetails {
  /** Canonical salient words ("shootout", "police"). */
  words: string[];
  /** Event days: weekdays ("sunday") and days of a month ("03-05"). */
  days: string[];
  /** Places named where the report tells of the event, lower-cased; never the whole region. */
  places: string[];
}

/** Enough for the places of many reports of one event; the list rides along on every write. */
const MAX_PLACES = 24;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The sentences of a report that tell of its event: title, evidence, violent lead sentences. */
function eventSentences({ item, verdict }: ClassifiedItem): string[] {
  const lead = splitSentences(item.text).filter(tellsOfEvent);
  const title = item.title?.trim();
  return [...(title ? [title] : []), ...verdict.evidence, ...lead];
}

/**
 * The report's details. A stated incident date adds its weekday and day of month, so that a
 * dated report can be compared with undated ones. A report recorded before leads were kept has
 * no text to tell its event sentences by: all its verdict's places count, as they did then.
 */
export function reportDetails(classified: ClassifiedItem, region: string): EventDetails {
  const sentences = eventSentences(classified);
  const { incidentDate, places } = classified.verdict;
  const stated = incidentDate !== null && ISO_DATE.test(incidentDate) ? incidentDate : null;
  const leadKnown = classified.item.text.trim() !== '';
  return {
    words: salientWords(sentences.join(' ')),
    days: unique([...(stated ? daysOfDate(stated) : []), ...sentences.flatMap(eventDays)]),
    places: eventPlaces(places, leadKnown ? sentences : undefined, region),
  };
}

/**
 * The incident's details: those it kept from its reports, and those its title and evidence
 * give. An incident saved before details were kept has only these, and all its places count.
 */
export function incidentDetails(incident: Incident): EventDetails {
  const sentences = [incident.title, ...incident.evidence];
  const fromText: EventDetails = {
    words: salientWords(sentences.join(' ')),
    days: unique(sentences.flatMap(eventDays)),
    places: eventPlaces(
      incident.places,
      incident.details === undefined ? undefined : sentences,
      incident.region,
    ),
  };
  return unionDetails(parseDetails(incident.details ?? []), fromText);
}

export function unionDetails(known: EventDetails, added: EventDetails): EventDetails {
  const places = [...known.places];
  for (const place of added.places) {
    if (places.length >= MAX_PLACES) break;
    if (!places.some((p) => placesMatch(p, place))) places.push(place);
  }
  return {
    words: unique([...known.words, ...added.words]),
    days: unique([...known.days, ...added.days]),
    places,
  };
}

/** As kept on the incident: "word:shootout", "day:sunday", "day:03-05", "place:khramort". */
export function formatDetails(details: EventDetails): string[] {
  return [
    ...details.words.map((word) => `word:${word}`),
    ...details.days.map((day) => `day:${day}`),
    ...details.places.map((place) => `place:${place}`),
  ];
}

/** Reads formatDetails' strings back; strings of another kind are skipped. */
export function parseDetails(entries: readonly string[]): EventDetails {
  const details: EventDetails = { words: [], days: [], places: [] };
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const kind = entry.slice(0, colon);
    const value = entry.slice(colon + 1);
    if (colon <= 0 || value === '') continue;
    if (kind === 'word') details.words.push(value);
    else if (kind === 'day') details.days.push(value);
    else if (kind === 'place') details.places.push(value);
  }
  return details;
}

/** The places named in the sentences (all of them without sentences), except the region's names. */
function eventPlaces(
  places: readonly string[],
  sentences: readonly string[] | undefined,
  region: string,
): string[] {
  const named = places
    .map((place) => place.trim().toLowerCase())
    .filter((place) => place !== '' && !namesWholeRegion(place, region))
    .filter((place) => sentences?.some((sentence) => mentionsPlace(sentence, place)) ?? true);
  return unique(named).slice(0, MAX_PLACES);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
