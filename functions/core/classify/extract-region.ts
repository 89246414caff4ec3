// Which ceasefire zone an item is about, from the registry's zone names in its sentences: the
// region most mentioned in the lead wins, evidence sentences counting double.
import { namesWholeRegion } from '../incidents/place-names.js';
import type { SentenceGazetteerHits, ZoneMention } from './gazetteer.js';

/** A sentence's gazetteer hits with how much the sentence counts. */
export interface WeightedMentions {
  hits: SentenceGazetteerHits;
  /** The sentence's lead weight (0 outside the lead). */
  weight: number;
  /** True for sentences that decided the verdict. */
  evidence: boolean;
}

export interface RegionChoice {
  region: string | null;
  /** Lower-cased names of the chosen region's places, evidence first, at most MAX_PLACES. */
  places: string[];
  /** True when a place or a "together" combination (not only weak names) put the item there. */
  strong: boolean;
  /** Ids of the regimes whose zones hold those places, or null for every regime of the region. */
  placedUnder: readonly string[] | null;
}

/** What the item's day says of each region's regimes. */
export interface RegionTiming {
  /** A regime of the region was in force on the day. */
  inForce(region: string): boolean;
  /**
   * False for a region that did not exist yet on the day: one the registry says succeeded a
   * regime that had not ended by then (the wider war in Ukraine before the Minsk truce ended).
   */
  existed(region: string): boolean;
}

/** A region a sentence or a lead is placed in, and how surely. */
export type PlacedRegion = Pick<RegionChoice, 'strong' | 'placedUnder'> & { region: string };

const EVIDENCE_FACTOR = 2;
const MAX_PLACES = 6;
/** With no zone name at all, a regime's agreement marker still says where the item is. */
const MARKER_WEIGHT = 0.25;

/**
 * `timing`, when given, tells what the item's day says of each region. A region that did not
 * exist yet yields to one named beside it that did ("Kyiv says separatists broke the truce near
 * Donetsk" in 2019 is the Donbas under Minsk, not the wider war that came after it); of regions
 * named as often, one with a regime in force wins ("Ukraine's Joint Forces Operation" in 2018).
 */
export function extractRegion(
  sentences: readonly WeightedMentions[],
  regionOfRegime: (regimeId: string) => string | undefined,
  timing?: RegionTiming,
): RegionChoice {
  const named = regionNamed(sentences, regionOfRegime, timing);
  if (named === null) return { region: null, places: [], strong: false, placedUnder: null };
  const { region, mentions, strong } = named;
  return {
    region,
    places: placeNames(mentions, region),
    strong: strong.length > 0,
    placedUnder: regimesHolding(strong),
  };
}

/** The region extractRegion chooses and how surely, for a caller that needs no list of places. */
export function placeRegion(
  sentences: readonly WeightedMentions[],
  regionOfRegime: (regimeId: string) => string | undefined,
): PlacedRegion | null {
  const named = regionNamed(sentences, regionOfRegime);
  if (named === null) return null;
  const { region, strong } = named;
  return { region, strong: strong.length > 0, placedUnder: regimesHolding(strong) };
}

/** The region the sentences name most, with its names in them (evidence first) and the strong ones. */
function regionNamed(
  sentences: readonly WeightedMentions[],
  regionOfRegime: (regimeId: string) => string | undefined,
  timing?: RegionTiming,
): { region: string; mentions: ZoneMention[]; strong: ZoneMention[] } | null {
  // Regions placed by a place name compete among themselves; weak names alone decide only
  // when no sentence names a place.
  const placed = new Set<string>();
  for (const sentence of sentences) {
    if (!counts(sentence)) continue;
    for (const zone of sentence.hits.zones) if (isStrong(zone)) placed.add(zone.region);
  }
  const scores = new Map<string, number>();
  const add = (region: string, amount: number): void => {
    scores.set(region, (scores.get(region) ?? 0) + amount);
  };
  for (const sentence of sentences) {
    if (!counts(sentence)) continue;
    const factor = Math.max(sentence.weight, 0.1) * (sentence.evidence ? EVIDENCE_FACTOR : 1);
    for (const zone of sentence.hits.zones) {
      if (placed.size === 0 || placed.has(zone.region)) add(zone.region, zone.weight * factor);
    }
  }
  if (scores.size === 0) {
    for (const sentence of sentences) {
      if (!counts(sentence)) continue;
      const regions = new Set(sentence.hits.markers.map(regionOfRegime));
      for (const region of regions) if (region) add(region, MARKER_WEIGHT);
    }
  }
  if (timing) withoutRegionsToCome(scores, timing);
  const region = bestRegion(scores, timing?.inForce);
  if (region === null) return null;

  // The region's names, those of the evidence first.
  const mentions: ZoneMention[] = [];
  for (const evidence of [true, false]) {
    for (const sentence of sentences) {
      if (sentence.evidence !== evidence || (!evidence && sentence.weight <= 0)) continue;
      for (const zone of sentence.hits.zones) if (zone.region === region) mentions.push(zone);
    }
  }
  return { region, mentions, strong: mentions.filter(isStrong) };
}

/** Drops the regions that did not exist yet on the day, when another named region did. */
function withoutRegionsToCome(scores: Map<string, number>, timing: RegionTiming): void {
  const regions = [...scores.keys()];
  if (!regions.some((region) => timing.existed(region))) return;
  for (const region of regions) if (!timing.existed(region)) scores.delete(region);
}

/** Whether a sentence counts toward the region: it is in the lead, or it decided the verdict. */
function counts(sentence: WeightedMentions): boolean {
  return sentence.weight > 0 || sentence.evidence;
}

/** The region of one sentence's strongest mention, and whether a place (not a weak name) gave it. */
export function sentenceRegion(hits: SentenceGazetteerHits): PlacedRegion | null {
  const zones = hits.zones;
  if (zones.length === 0) return null;
  // A place names where the event was; weak names (a country, a shared name) only say which
  // part of the world: "Ukrainian soldiers … near Horlivka" is in Donbas however often
  // "Ukraine" comes up.
  let placed: Set<string> | undefined;
  for (const zone of zones) if (isStrong(zone)) (placed ??= new Set()).add(zone.region);
  const scores = new Map<string, number>();
  for (const zone of zones) {
    if (placed && !placed.has(zone.region)) continue;
    scores.set(zone.region, (scores.get(zone.region) ?? 0) + zone.weight);
  }
  const region = bestRegion(scores);
  if (region === null) return null;
  const strong = zones.filter((zone) => zone.region === region && isStrong(zone));
  return { region, strong: strong.length > 0, placedUnder: regimesHolding(strong) };
}

/** The regimes whose zones hold any of the names: null when one of them is every regime's. */
function regimesHolding(mentions: readonly ZoneMention[]): readonly string[] | null {
  const regimes = new Set<string>();
  for (const mention of mentions) {
    if (mention.regimes === null) return null;
    for (const regime of mention.regimes) regimes.add(regime);
  }
  return [...regimes];
}

function isStrong(zone: ZoneMention): boolean {
  return zone.role === 'place' || zone.role === 'together';
}

/** The region scored highest; of equals, the first named (a Map keeps the order regions came in). */
function bestRegion(
  scores: Map<string, number>,
  preferred?: (region: string) => boolean,
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [region, score] of scores) {
    if (
      best === null ||
      score > bestScore ||
      // Of regions named as often, one whose truce was in force on the day.
      (score === bestScore && preferred !== undefined && preferred(region) && !preferred(best))
    ) {
      best = region;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The names that place the event in the region, places before weak names. Names of the whole
 * region ("Karabakh", "the Gaza Strip", "south Lebanon") are left out: they tell where the region
 * is, not where in it the event was, and would make any two reports from it share a place.
 */
function placeNames(mentions: readonly ZoneMention[], region: string): string[] {
  // A name is judged once (the answer depends on the name alone), and the list stops when full.
  const names: string[] = [];
  const judged = new Set<string>();
  for (const role of ['place', 'weak'] as const) {
    for (const zone of mentions) {
      if (zone.role !== role || judged.has(zone.name)) continue;
      judged.add(zone.name);
      if (namesWholeRegion(zone.name, region)) continue;
      names.push(zone.name);
      if (names.length === MAX_PLACES) return names;
    }
  }
  return names;
}
