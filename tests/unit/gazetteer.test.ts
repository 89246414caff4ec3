// What the gazetteer makes of a sentence's zone names: places, weak names, names in a dateline,
// agreement markers, outsiders, and "together" groups that need a name of every list.
import { describe, expect, it } from 'vitest';
import {
  compileGazetteer,
  type SentenceGazetteerHits,
} from '../../functions/core/classify/gazetteer.js';
import type { Regime } from '../../functions/core/classify/ruleset-schema.js';

const regimes: Regime[] = [
  {
    id: 'north-truce',
    region: 'Northland',
    zone: {
      places: ['Alder', 'Birchford'],
      weak: ['Northland'],
      actors: ['Northern Guard'],
      outsiders: ['Red Band'],
      together: [['river', 'riverside'], ['dam', 'sluice'], ['pumping station']],
    },
    parties: ['North', 'South'],
    agreement: ['Alder accord'],
    scope: 'full',
    inForce: { from: '2020-01-01' },
  },
  {
    id: 'east-truce',
    region: 'Eastmark',
    zone: {
      places: ['Cedar'],
      together: [
        ['hill', 'hills'],
        ['pass', 'passes'],
      ],
    },
    parties: ['East', 'West'],
    agreement: ['Cedar pact'],
    scope: 'partial',
    inForce: { from: '2021-05-01', to: '2022-05-01' },
  },
];

const gazetteer = compileGazetteer(regimes);

function hitsOf(sentence: string): SentenceGazetteerHits {
  const [hits] = gazetteer.scanAll([sentence]);
  if (!hits) throw new Error('no hits for the sentence');
  return hits;
}

describe('gazetteer hits', () => {
  it('reads places, weak names and actors with their weights', () => {
    const { zones } = hitsOf('The Northern Guard shelled Alder, Northland officials said.');
    expect(zones.map(({ role, name, weight }) => ({ role, name, weight }))).toEqual([
      { role: 'actor', name: 'northern guard', weight: 0.5 },
      { role: 'place', name: 'alder', weight: 1 },
      { role: 'weak', name: 'northland', weight: 0.5 },
    ]);
  });

  it('reports each name lower-cased with single spaces, however often it comes', () => {
    for (const sentence of [
      'The Northern\u00a0 Guard left ALDER.',
      'The NORTHERN GUARD left Alder.',
      'The Northern  Guard left alder.',
    ]) {
      expect(hitsOf(sentence).zones.map((zone) => zone.name)).toEqual(['northern guard', 'alder']);
    }
  });

  it('counts a name in a dateline as the dateline, not a place', () => {
    const { zones } = hitsOf('BIRCHFORD, March 26 (Reuters) - Shelling hit Alder overnight.');
    expect(zones.map(({ role, name }) => ({ role, name }))).toEqual([
      { role: 'dateline', name: 'birchford' },
      { role: 'place', name: 'alder' },
    ]);
  });

  it('gives each agreement marker once and each outsider where it is named', () => {
    const hits = hitsOf(
      'The Red Band broke the Alder accord; the Alder accord and the Cedar pact hold.',
    );
    expect(hits.markers).toEqual(['north-truce', 'east-truce']);
    expect(hits.outsiders).toEqual([{ region: 'Northland', start: 4 }]);
  });

  it('knows each agreement by the month it took effect, as a marker of its regime', () => {
    expect(hitsOf('Monitors said the January 2020 deal was still respected.').markers).toEqual([
      'north-truce',
    ]);
    expect(hitsOf('The May 1 ceasefire covers the hills.').markers).toEqual(['east-truce']);
    expect(hitsOf('Talks on a May 2020 deal failed.').markers).toEqual([]);
    expect(hitsOf('Monitors said the understanding of January 2020 held.').markers).toEqual([
      'north-truce',
    ]);
  });

  it('places a sentence by a together group only when it names every list of it', () => {
    expect(hitsOf('Shells hit the riverside near the sluice.').zones).toEqual([]);
    const { zones } = hitsOf('Shells hit the riverside near the sluice and the pumping station.');
    expect(zones).toEqual([
      { region: 'Northland', role: 'together', name: 'northland', weight: 1, regimes: null },
    ]);
  });

  it('keeps the together groups of different regions apart', () => {
    expect(hitsOf('Patrols crossed the hills by the river and the dam.').zones).toEqual([]);
    const { zones } = hitsOf('Patrols crossed the hills and the passes.');
    expect(zones.map(({ region, role }) => ({ region, role }))).toEqual([
      { region: 'Eastmark', role: 'together' },
    ]);
  });

  it('finds nothing in a sentence without zone names', () => {
    expect(hitsOf('Talks resumed in the capital.')).toEqual({
      zones: [],
      markers: [],
      outsiders: [],
    });
  });
});

describe('gazetteer successions', () => {
  const regime = (id: string, region: string, to?: string, succeededBy?: string): Regime => ({
    id,
    region,
    zone: { places: [region] },
    parties: ['North', 'South'],
    agreement: [`${id} accord`],
    scope: 'full',
    inForce: { from: '2010-01-01', ...(to ? { to } : {}) },
    ...(succeededBy ? { succeededBy } : {}),
  });

  it('passes a region whose regimes have all ended to the successor its last one names', () => {
    const { successions } = compileGazetteer([
      regime('old-truce', 'Westvale', '2015-06-30'),
      regime('late-truce', 'Westvale', '2019-03-01', 'Greater war'),
      regime('war-pause', 'Greater war', '2024-01-02'),
    ]);
    expect([...successions]).toEqual([
      ['Westvale', { region: 'Greater war', ended: '2019-03-01' }],
    ]);
  });

  it('passes no region on while one of its regimes is in force or its last names none', () => {
    const { successions } = compileGazetteer([
      regime('old-truce', 'Westvale', '2015-06-30', 'Greater war'),
      regime('open-truce', 'Westvale'),
      regime('first-pause', 'Southmoor', '2016-01-01', 'Greater war'),
      regime('last-pause', 'Southmoor', '2018-01-01'),
      regime('war-pause', 'Greater war', '2024-01-02'),
    ]);
    expect(successions.size).toBe(0);
  });
});
