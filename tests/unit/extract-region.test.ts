// Which region an item's zone names place it in, with the places it reports: place names before
// weak ones, evidence counting double, a region that did not exist yet on the day passed over, a tie
// going to a region whose truce was in force on the day when that is known, else to the first
// region named.
import { describe, expect, it } from 'vitest';
import {
  extractRegion,
  placeRegion,
  type RegionTiming,
  sentenceRegion,
  type WeightedMentions,
} from '../../functions/core/classify/extract-region.js';
import type {
  SentenceGazetteerHits,
  ZoneMention,
} from '../../functions/core/classify/gazetteer.js';

const WEIGHTS = { place: 1, weak: 0.5, actor: 0.5, dateline: 0.5, together: 1 } as const;

function zone(
  region: string,
  role: ZoneMention['role'],
  name: string,
  regimes: readonly string[] | null = null,
): ZoneMention {
  return { region, role, name, weight: WEIGHTS[role], regimes };
}

function hits(zones: ZoneMention[], markers: string[] = []): SentenceGazetteerHits {
  return { zones, markers, outsiders: [] };
}

function sentence(
  zones: ZoneMention[],
  { weight = 1, evidence = false, markers = [] as string[] } = {},
): WeightedMentions {
  return { hits: hits(zones, markers), weight, evidence };
}

const regionOfRegime = (id: string): string | undefined =>
  ({ 'north-truce': 'Northland', 'east-truce': 'Eastmark' })[id];

/** Both regions' truces had begun; Northland's was in force. */
const northInForce: RegionTiming = {
  inForce: (region) => region === 'Northland',
  existed: () => true,
};

describe('extractRegion', () => {
  it('lets a region named by a place beat one named more often by weak names', () => {
    const choice = extractRegion(
      [
        sentence([zone('Eastmark', 'weak', 'eastmark'), zone('Eastmark', 'weak', 'eastmark')]),
        sentence([zone('Northland', 'place', 'alder')]),
      ],
      regionOfRegime,
    );
    expect(choice).toEqual({
      region: 'Northland',
      places: ['alder'],
      strong: true,
      placedUnder: null,
    });
  });

  it('gives a tie to a region whose truce was in force on the day, when told which those are', () => {
    const named = [
      sentence([zone('Eastmark', 'weak', 'eastmark'), zone('Northland', 'actor', 'north army')]),
    ];
    expect(extractRegion(named, regionOfRegime).region).toBe('Eastmark');
    expect(extractRegion(named, regionOfRegime, northInForce).region).toBe('Northland');
    // A region named more often still wins, whatever was in force.
    const more = [
      sentence([zone('Eastmark', 'weak', 'eastmark'), zone('Eastmark', 'weak', 'eastmark')]),
      sentence([zone('Northland', 'actor', 'north army')]),
    ];
    expect(extractRegion(more, regionOfRegime, northInForce).region).toBe('Eastmark');
  });

  it('passes over a region that did not exist yet on the day for one named beside it that did', () => {
    // Eastmark came after the day: named more often, it still yields to Northland.
    const named = [
      sentence([zone('Eastmark', 'place', 'cedar'), zone('Eastmark', 'place', 'birch')]),
      sentence([zone('Northland', 'place', 'alder')]),
    ];
    const beforeEastmark: RegionTiming = {
      inForce: () => false,
      existed: (region) => region === 'Northland',
    };
    const choice = extractRegion(named, regionOfRegime, beforeEastmark);
    expect(choice.region).toBe('Northland');
    expect(choice.places).toEqual(['alder']);
    // Named alone, it is still the region: nothing else is named.
    const alone = [sentence([zone('Eastmark', 'place', 'cedar')])];
    expect(extractRegion(alone, regionOfRegime, beforeEastmark).region).toBe('Eastmark');
  });

  it('gives a tie to the region named first', () => {
    const first = extractRegion(
      [sentence([zone('Eastmark', 'place', 'cedar'), zone('Northland', 'place', 'alder')])],
      regionOfRegime,
    );
    expect(first.region).toBe('Eastmark');
    const second = extractRegion(
      [sentence([zone('Northland', 'place', 'alder'), zone('Eastmark', 'place', 'cedar')])],
      regionOfRegime,
    );
    expect(second.region).toBe('Northland');
  });

  it('counts the evidence double and lists its places first', () => {
    const choice = extractRegion(
      [
        sentence([zone('Northland', 'place', 'alder')]),
        sentence([zone('Eastmark', 'place', 'cedar')], { evidence: true, weight: 0.8 }),
      ],
      regionOfRegime,
    );
    expect(choice.region).toBe('Eastmark');
    expect(choice.places).toEqual(['cedar']);
  });

  it('leaves out sentences past the lead that decided nothing', () => {
    const choice = extractRegion(
      [
        sentence([zone('Northland', 'weak', 'northland')]),
        sentence([zone('Eastmark', 'place', 'cedar')], { weight: 0 }),
      ],
      regionOfRegime,
    );
    expect(choice.region).toBe('Northland');
    expect(choice.strong).toBe(false);
  });

  it('lists each place once, places before weak names, without names of the whole region, at most six', () => {
    const choice = extractRegion(
      [
        sentence([
          zone('Northland', 'weak', 'birch'),
          zone('Northland', 'place', 'alder'),
          zone('Northland', 'place', 'northland'),
          zone('Northland', 'place', 'alder'),
          zone('Northland', 'actor', 'northern guard'),
        ]),
        sentence([
          zone('Northland', 'place', 'cove'),
          zone('Northland', 'place', 'dell'),
          zone('Northland', 'weak', 'alder'),
          zone('Northland', 'place', 'elm'),
          zone('Northland', 'place', 'fen'),
          zone('Northland', 'weak', 'glen'),
        ]),
      ],
      regionOfRegime,
    );
    expect(choice.places).toEqual(['alder', 'cove', 'dell', 'elm', 'fen', 'birch']);
  });

  it('gives the regimes whose zones hold the places, or null when one holds them all', () => {
    const some = extractRegion(
      [sentence([zone('Northland', 'place', 'alder', ['north-truce'])])],
      regionOfRegime,
    );
    expect(some.placedUnder).toEqual(['north-truce']);
    const all = extractRegion(
      [
        sentence([
          zone('Northland', 'place', 'alder', ['north-truce']),
          zone('Northland', 'place', 'birchford'),
        ]),
      ],
      regionOfRegime,
    );
    expect(all.placedUnder).toBeNull();
  });

  it('falls back on agreement markers when no zone is named', () => {
    const choice = extractRegion(
      [sentence([], { markers: ['east-truce', 'east-truce'] })],
      regionOfRegime,
    );
    expect(choice).toEqual({ region: 'Eastmark', places: [], strong: false, placedUnder: [] });
  });

  it('places nothing without zone names or markers', () => {
    expect(extractRegion([sentence([])], regionOfRegime)).toEqual({
      region: null,
      places: [],
      strong: false,
      placedUnder: null,
    });
  });
});

describe('sentenceRegion', () => {
  it('takes the region of the place over weak names of another', () => {
    expect(
      sentenceRegion(
        hits([
          zone('Eastmark', 'weak', 'eastmark'),
          zone('Eastmark', 'weak', 'eastmark'),
          zone('Northland', 'place', 'alder', ['north-truce']),
        ]),
      ),
    ).toEqual({ region: 'Northland', strong: true, placedUnder: ['north-truce'] });
  });

  it('gives a tie to the region named first, and says when only weak names placed it', () => {
    expect(
      sentenceRegion(
        hits([zone('Eastmark', 'weak', 'eastmark'), zone('Northland', 'weak', 'northland')]),
      ),
    ).toEqual({ region: 'Eastmark', strong: false, placedUnder: [] });
  });

  it('places a sentence without zone names nowhere', () => {
    expect(sentenceRegion(hits([]))).toBeNull();
  });
});

describe('placeRegion', () => {
  it('chooses the region extractRegion chooses, as surely', () => {
    const sentences = [
      sentence([zone('Eastmark', 'weak', 'eastmark')]),
      sentence([
        zone('Northland', 'weak', 'northland'),
        zone('Northland', 'place', 'alder', ['north-truce']),
      ]),
    ];
    const { region, strong, placedUnder } = extractRegion(sentences, regionOfRegime);
    expect(placeRegion(sentences, regionOfRegime)).toEqual({ region, strong, placedUnder });
    expect(region).toBe('Northland');
  });

  it('places nothing without zone names or markers', () => {
    expect(placeRegion([sentence([])], regionOfRegime)).toBeNull();
  });
});
