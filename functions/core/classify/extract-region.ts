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

/** A region a sentence or a lead is placed in, and how surely. */
export type PlacedRegion = Pick<RegionChoice, 'strong' | 'placedUnder'> & { region: string };

const EVIDENCE_FACTOR = 2;
const MAX_PLACES = 6;
/** With no zone name at all, a regime's agreement marker still says where the item is. */
const MARKER_WEIGHT = 0.25;

export function extractRegion(
  sentences: readonly WeightedMentions[],
  regionOfRegime: (regimeId: string) => string | undefined,
): RegionChoice {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  const add = (region: string, amount: number): void => {
    scores.set(region, (scores.get(region) ?? 0) + amount);
    if (!firstSeen.has(region)) firstSeen.set(region, order++);
  };
  const counted = sentences.filter((sentence) => sentence.weight > 0 || sentence.evidence);
  // Regions placed by a place name compete among themselves; weak names alone decide only
  // when no sentence names a place.
  const placed = new Set(
    counted.flatMap((sentence) => sentence.hits.zones.filter(isStrong).map((zone) => zone.region)),
  );
  for (const sentence of counted) {
    const factor = Math.max(sentence.weight, 0.1) * (sentence.evidence ? EVIDENCE_FACTOR : 1);
    for (const zone of sentence.hits.zones) {
      if (placed.size === 0 || placed.has(zone.region)) add(zone.region, zone.weight * factor);
    }
  }
  if (scores.size === 0) {
    for (const sentence of sentences) {
      if (sentence.weight <= 0 && !sentence.evidence) continue;
      const regions = new Set(sentence.hits.markers.map(regionOfRegime));
      for (const region of regions) if (region) add(region, MARKER_WEIGHT);
    }
  }
  const region = bestRegion(scores, firstSeen);
  if (region === null) return { region: null, places: [], strong: false, placedUnder: null };

  const ordered = [
    ...sentences.filter((s) => s.evidence),
    ...sentences.filter((s) => !s.evidence && s.weight > 0),
  ];
  const mentions = ordered
    .flatMap((sentence) => sentence.hits.zones)
    .filter((zone) => zone.region === region);
  return {
    region,
    places: placeNames(mentions, region),
    strong: mentions.some(isStrong),
    placedUnder: regimesHolding(mentions.filter(isStrong)),
  };
}

/** The region of one sentence's strongest mention, and whether a place (not a weak name) gave it. */
export function sentenceRegion(hits: SentenceGazetteerHits): PlacedRegion | null {
  // A place names where the event was; weak names (a country, a shared name) only say which
  // part of the world: "Ukrainian soldiers … near Horlivka" is in Donbas however often
  // "Ukraine" comes up.
  const placed = new Set(hits.zones.filter(isStrong).map((zone) => zone.region));
  const zones = placed.size > 0 ? hits.zones.filter((zone) => placed.has(zone.region)) : hits.zones;
  const scores = new Map<string, number>();
  for (const zone of zones) scores.set(zone.region, (scores.get(zone.region) ?? 0) + zone.weight);
  const firstSeen = new Map(zones.map((zone, index) => [zone.region, index] as const).reverse());
  const region = bestRegion(scores, firstSeen);
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

function bestRegion(scores: Map<string, number>, firstSeen: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [region, score] of scores) {
    const current = best === null ? undefined : scores.get(best);
    const earlier = (firstSeen.get(region) ?? 0) < (firstSeen.get(best ?? '') ?? Infinity);
    if (current === undefined || score > current || (score === current && earlier)) best = region;
  }
  return best;
}

/**
 * The names that place the event in the region, places before weak names. Names of the whole
 * region ("Karabakh", "the Gaza Strip", "south Lebanon") are left out: they tell where the region
 * is, not where in it the event was, and would make any two reports from it share a place.
 */
function placeNames(mentions: readonly ZoneMention[], region: string): string[] {
  const named = (role: ZoneMention['role']): string[] =>
    mentions
      .filter((zone) => zone.role === role && !namesWholeRegion(zone.name, region))
      .map((zone) => zone.name);
  return [...new Set([...named('place'), ...named('weak')])].slice(0, MAX_PLACES);
}
