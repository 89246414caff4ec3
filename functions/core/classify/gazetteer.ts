// The ceasefire registry compiled for reading: the term sets of every zone name and agreement
// marker (scanned with the vocabulary in one pass, see read-item.ts), what their matches mean,
// and the regimes of each region with the dates they were in force.
import { datedAgreementNames } from './dated-agreement-names.js';
import type { Regime } from './ruleset-schema.js';
import { datelineLength } from './dateline.js';
import { compileTermScanner, foldText, type TermSet } from './term-matcher.js';

/** "Iran-backed", "Saudi-led": the name is of a sponsor, and says nothing of where things happen. */
const BACKER_SUFFIX =
  /^[-‐‑]\s?(?:backed|led|aligned|allied|sponsored|supported|brokered|mediated|funded)\b/i;

function namesBacker(sentence: string, end: number): boolean {
  const next = sentence.charCodeAt(end);
  return (
    (next === 0x2d || next === 0x2010 || next === 0x2011) &&
    BACKER_SUFFIX.test(sentence.slice(end, end + 14))
  );
}

/**
 * How much one mention of a name says about the zone. A name in a dateline ("KYIV, March 26 -")
 * tells where the report was filed: it counts like a weak name and is never an incident's place.
 */
const ZONE_NAME_WEIGHT = { place: 1, weak: 0.5, actor: 0.5, dateline: 0.5 } as const;
type ZoneRole = keyof typeof ZONE_NAME_WEIGHT;
/** Zone names kept lower-cased at most; past it the cache starts again, so memory stays bounded. */
const NAME_CACHE_LIMIT = 10_000;
/** The lists of a "together" group a sentence names are bits of one number. */
const MAX_TOGETHER_LISTS = 31;

type GazetteerSet =
  | { role: Exclude<ZoneRole, 'dateline'>; region: string; regimes: readonly string[] | null }
  | { role: 'together'; region: string; group: number; list: number }
  | { role: 'marker'; regimeId: string }
  | { role: 'outsider'; region: string };

/** A zone name found in a sentence. */
export interface ZoneMention {
  region: string;
  role: ZoneRole | 'together';
  /** Lower-cased as written; places and weak names are reported as the incident's places. */
  name: string;
  weight: number;
  /**
   * Ids of the region's regimes whose zone holds the name, or null for all of them: a truce of
   * one province ("northern Shan") says nothing of the rest of the country.
   */
  regimes: readonly string[] | null;
}

export interface SentenceGazetteerHits {
  zones: ZoneMention[];
  /** Ids of regimes whose agreement markers the sentence names. */
  markers: string[];
  /** Outsiders of a region (armed groups no regime there binds) the sentence names, and where. */
  outsiders: OutsiderMention[];
}

export interface OutsiderMention {
  region: string;
  /** Where the name starts in the sentence. */
  start: number;
}

/** A match of one of the gazetteer's term sets in a sentence. */
export interface GazetteerMatch {
  sets: readonly number[];
  start: number;
  end: number;
}

export interface Gazetteer {
  /** The term sets, for a scanner that reads them with other matchers in one pass. */
  readonly termSets: readonly TermSet[];
  /** What a sentence's matches of termSets say: zones and agreement markers. */
  hitsOf(sentence: string, matches: readonly GazetteerMatch[]): SentenceGazetteerHits;
  /** The hits of each sentence, scanning them for the gazetteer alone. */
  scanAll(sentences: readonly string[]): SentenceGazetteerHits[];
  regimesOf(region: string): readonly Regime[];
  /** The regime of that id, as markers name it. */
  regime(id: string): Regime | undefined;
  /**
   * For each region whose regimes have all ended, the region its last regime says succeeded it
   * (`succeededBy`) and the day that regime ended.
   */
  readonly successions: ReadonlyMap<string, Succession>;
}

/** The region an ended zone passed to, from the day after `ended`. */
export interface Succession {
  region: string;
  ended: string;
}

export function compileGazetteer(regimes: readonly Regime[]): Gazetteer {
  const sets: { id: string; terms: string[]; meaning: GazetteerSet }[] = [];
  const byRegion = new Map<string, Regime[]>();
  const byId = new Map(regimes.map((regime) => [regime.id, regime]));
  for (const regime of regimes) {
    const known = byRegion.get(regime.region);
    if (known) known.push(regime);
    else byRegion.set(regime.region, [regime]);
    sets.push({
      id: `${regime.id}.agreement`,
      terms: [...regime.agreement, ...datedAgreementNames(regime.inForce.from)],
      meaning: { role: 'marker', regimeId: regime.id },
    });
  }
  for (const [region, members] of byRegion) {
    // Regimes of one area usually share their zone; a name is counted once per region, and
    // knows which of the region's regimes it belongs to.
    const zone = mergeZones(members);
    for (const role of ['place', 'weak', 'actor'] as const) {
      for (const { regimes: holders, terms } of byHolders(members, role, zone[role])) {
        const id = holders ? `${region}.${role}.${holders.join('+')}` : `${region}.${role}`;
        sets.push({ id, terms, meaning: { role, region, regimes: holders } });
      }
    }
    if (zone.outsiders.length > 0) {
      sets.push({
        id: `${region}.outsider`,
        terms: zone.outsiders,
        meaning: { role: 'outsider', region },
      });
    }
    zone.together.forEach((group, groupIndex) =>
      group.forEach((terms, listIndex) =>
        sets.push({
          id: `${region}.together.${groupIndex}.${listIndex}`,
          terms,
          meaning: { role: 'together', region, group: groupIndex, list: listIndex },
        }),
      ),
    );
  }
  const termSets = sets.map(({ id, terms }) => ({ id, terms }));
  const scanner = compileTermScanner([termSets]);
  const meanings = sets.map((set) => set.meaning);
  // The "together" groups of every region, numbered, with the bits of all their lists: a
  // sentence's lists of a group are then one number, not a set keyed by a string.
  const togetherGroups: { region: string; name: string; allLists: number }[] = [];
  const togetherGroupOf: number[] = [];
  const groupNumbers = new Map<string, number>();
  meanings.forEach((meaning, index) => {
    if (meaning.role !== 'together') return;
    if (meaning.list >= MAX_TOGETHER_LISTS) {
      throw new Error(
        `a "together" group of ${meaning.region} has over ${MAX_TOGETHER_LISTS} lists`,
      );
    }
    const key = `${meaning.region}\u0000${meaning.group}`;
    let number = groupNumbers.get(key);
    if (number === undefined) {
      number = togetherGroups.length;
      groupNumbers.set(key, number);
      togetherGroups.push({
        region: meaning.region,
        name: meaning.region.toLowerCase(),
        allLists: 0,
      });
    }
    const group = togetherGroups[number];
    if (group) group.allLists |= 1 << meaning.list;
    togetherGroupOf[index] = number;
  });

  // The same few names come up in item after item: each is lower-cased once.
  const namesAsWritten = new Map<string, string>();
  function nameAsWritten(written: string): string {
    let name = namesAsWritten.get(written);
    if (name === undefined) {
      name = foldText(written).replace(/\s+/g, ' ');
      if (namesAsWritten.size >= NAME_CACHE_LIMIT) namesAsWritten.clear();
      namesAsWritten.set(written, name);
    }
    return name;
  }

  function hitsOf(sentence: string, matches: readonly GazetteerMatch[]): SentenceGazetteerHits {
    if (matches.length === 0) return { zones: [], markers: [], outsiders: [] };
    const zones: ZoneMention[] = [];
    let markers: Set<string> | undefined;
    const outsiders: OutsiderMention[] = [];
    // The lists of each "together" group the sentence names, as bits by group number.
    let togetherSeen: Map<number, number> | undefined;
    // Read only for a sentence with a zone name: most matches are markers or outsiders.
    let dateline: number | undefined;
    for (const hit of matches) {
      const backer = namesBacker(sentence, hit.end);
      let name: string | undefined;
      for (const index of hit.sets) {
        const meaning = meanings[index];
        if (!meaning) continue;
        if (meaning.role === 'marker') (markers ??= new Set()).add(meaning.regimeId);
        else if (meaning.role === 'outsider') {
          outsiders.push({ region: meaning.region, start: hit.start });
        } else if (backer) continue;
        else if (meaning.role === 'together') {
          const group = togetherGroupOf[index] ?? -1;
          togetherSeen ??= new Map();
          togetherSeen.set(group, (togetherSeen.get(group) ?? 0) | (1 << meaning.list));
        } else {
          name ??= nameAsWritten(sentence.slice(hit.start, hit.end));
          dateline ??= datelineLength(sentence);
          const role = hit.end <= dateline ? 'dateline' : meaning.role;
          zones.push({
            region: meaning.region,
            role,
            name,
            weight: ZONE_NAME_WEIGHT[role],
            regimes: meaning.regimes,
          });
        }
      }
    }
    if (togetherSeen) {
      for (const [number, seen] of togetherSeen) {
        const group = togetherGroups[number];
        if (!group || (seen & group.allLists) !== group.allLists) continue;
        zones.push({
          region: group.region,
          role: 'together',
          name: group.name,
          weight: 1,
          regimes: null,
        });
      }
    }
    return { zones, markers: markers ? [...markers] : [], outsiders };
  }

  return {
    termSets,
    hitsOf,
    scanAll(sentences: readonly string[]): SentenceGazetteerHits[] {
      return sentences.map((sentence) => {
        const matches: GazetteerMatch[] = [];
        scanner.scanRange(sentence, 0, sentence.length, (_matcher, start, end, found) => {
          matches.push({ sets: found, start, end });
        });
        return hitsOf(sentence, matches);
      });
    },
    regimesOf(region: string): readonly Regime[] {
      return byRegion.get(region) ?? [];
    },
    regime(id: string): Regime | undefined {
      return byId.get(id);
    },
    successions: successionsOf(byRegion),
  };
}

function successionsOf(byRegion: ReadonlyMap<string, readonly Regime[]>): Map<string, Succession> {
  const successions = new Map<string, Succession>();
  for (const [region, members] of byRegion) {
    let last: { ended: string; successor: string | undefined } | undefined;
    for (const { inForce, succeededBy } of members) {
      // A regime still in force: the region has not passed to any other.
      if (inForce.to === undefined) {
        last = undefined;
        break;
      }
      if (last === undefined || inForce.to > last.ended) {
        last = { ended: inForce.to, successor: succeededBy };
      }
    }
    if (last?.successor !== undefined) {
      successions.set(region, { region: last.successor, ended: last.ended });
    }
  }
  return successions;
}

/** True when the regime was in force on `date` (YYYY-MM-DD), both ends included. */
/**
 * The region what happens in `region` on `day` belongs to: its successor once the last of its
 * regimes has ended (the Donbas after Minsk is part of the wider war).
 */
export function regionOnDay(gazetteer: Gazetteer, region: string, day: string): string {
  const succession = gazetteer.successions.get(region);
  return succession !== undefined && day > succession.ended ? succession.region : region;
}

export function inForceOn(regime: Regime, date: string): boolean {
  const { from, to } = regime.inForce;
  return from <= date && (to === undefined || date <= to);
}

const ZONE_LIST = { place: 'places', weak: 'weak', actor: 'actors' } as const;

/**
 * A role's names grouped by the regimes whose zones hold them: null when every regime of the
 * region does (the usual case, one group).
 */
function byHolders(
  regimes: readonly Regime[],
  role: keyof typeof ZONE_LIST,
  names: readonly string[],
): { regimes: readonly string[] | null; terms: string[] }[] {
  const groups = new Map<string, { regimes: readonly string[] | null; terms: string[] }>();
  for (const name of names) {
    const holders = regimes
      .filter((regime) => (regime.zone[ZONE_LIST[role]] ?? []).includes(name))
      .map((regime) => regime.id);
    const key = holders.length === regimes.length ? '' : holders.join('+');
    const group = groups.get(key) ?? { regimes: key === '' ? null : holders, terms: [] };
    group.terms.push(name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function mergeZones(regimes: readonly Regime[]): {
  place: string[];
  weak: string[];
  actor: string[];
  outsiders: string[];
  together: string[][][];
} {
  const unique = (lists: (readonly string[] | undefined)[]): string[] => [
    ...new Set(lists.flatMap((list) => list ?? [])),
  ];
  const togetherGroups = new Map<string, string[][]>();
  for (const regime of regimes) {
    if (regime.zone.together)
      togetherGroups.set(JSON.stringify(regime.zone.together), regime.zone.together);
  }
  return {
    place: unique(regimes.map((regime) => regime.zone.places)),
    weak: unique(regimes.map((regime) => regime.zone.weak)),
    actor: unique(regimes.map((regime) => regime.zone.actors)),
    outsiders: unique(regimes.map((regime) => regime.zone.outsiders)),
    together: [...togetherGroups.values()],
  };
}
