import { describe, expect, it } from 'vitest';
import {
  MATCH_THRESHOLD,
  UNKNOWN_REGION,
  findMatchingIncident,
  matchScore,
  placesMatch,
  reportDate,
  salientWords,
  tollsCompatible,
} from '../../functions/core/incidents/match-incident.js';
import { mergeIntoIncident, openIncident } from '../../functions/core/incidents/merge-incident.js';
import type { ClassifiedItem, Incident } from '../../functions/core/model.js';
import { aClassifiedItem, anIncident } from '../support/factories.js';

const SEEN = new Date('2023-03-07T12:00:00Z');

// Three outlets on one shootout, each knowing a different part of the story.
const statedDateReport = aClassifiedItem({
  item: {
    id: 'wire-a',
    feedId: 'caucasus-wire',
    title: 'Five police officers killed in shootout near Khramort',
    published: '2023-03-06T08:00:00Z',
  },
  verdict: {
    incidentDate: '2023-03-05',
    places: ['khramort'],
    killed: 5,
    injured: 2,
    evidence: [
      'Five police officers were killed and two wounded in a shootout near Khramort on 5 March, the interior ministry said.',
    ],
  },
});

const weekdayDateReport = aClassifiedItem({
  item: {
    id: 'daily-b',
    feedId: 'yerevan-daily',
    title: 'Police mourn officers lost in Sunday gunfight',
    published: undefined,
  },
  verdict: {
    // Resolved from "on Sunday": the item itself carries no date.
    incidentDate: '2023-03-05',
    places: ['khramort village'],
    killed: 5,
    injured: null,
    evidence: [
      'The officers died in a gunfight that broke out on Sunday evening outside Khramort village.',
    ],
  },
});

const earlyTollReport = aClassifiedItem({
  item: {
    id: 'front-c',
    feedId: 'frontline-news',
    title: 'At least two killed in exchange of fire in Karabakh',
    published: '2023-03-05T19:30:00Z',
  },
  verdict: {
    incidentDate: null,
    places: ['khramort'],
    killed: 2,
    injured: null,
    severity: 'medium',
    evidence: [
      'At least two people were killed when an exchange of fire broke out near Khramort, first reports said.',
    ],
  },
});

/** Folds reports in order the way the pipeline does: join the best match, else open. */
function fold(reports: readonly ClassifiedItem[]): Incident[] {
  const incidents: Incident[] = [];
  reports.forEach((report, index) => {
    const match = findMatchingIncident(report, incidents, SEEN);
    if (match === undefined) {
      incidents.push(openIncident(report, SEEN, () => `inc-${index}`));
    } else {
      incidents[incidents.indexOf(match)] = mergeIntoIncident(match, report, SEEN).incident;
    }
  });
  return incidents;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('findMatchingIncident', () => {
  const shootout = [statedDateReport, weekdayDateReport, earlyTollReport];

  it.each(permutations(shootout).map((order) => [order.map((r) => r.item.id).join(' → '), order]))(
    'groups three outlets reporting one shootout into one incident (%s)',
    (_name, order) => {
      const incidents = fold(order as ClassifiedItem[]);

      expect(incidents).toHaveLength(1);
      expect(incidents[0]?.sources.map((s) => s.itemId).sort()).toEqual([
        'daily-b',
        'front-c',
        'wire-a',
      ]);
      expect(incidents[0]?.killed).toBe(5);
    },
  );

  it('keeps a clash at the same place two months later separate', () => {
    const later = aClassifiedItem({
      item: { id: 'wire-later', title: 'Clash near Khramort leaves five police officers dead' },
      verdict: { incidentDate: '2023-05-09', places: ['khramort'], killed: 5 },
    });

    const incidents = fold([...shootout, later]);

    expect(incidents).toHaveLength(2);
    expect(incidents[1]?.sources.map((s) => s.itemId)).toEqual(['wire-later']);
  });

  it('keeps a same-day shootout on the Armenia-Azerbaijan border separate from Nagorno-Karabakh', () => {
    const border = aClassifiedItem({
      item: { id: 'border-d', title: 'Five police officers killed in shootout near Khramort' },
      verdict: {
        region: 'Armenia-Azerbaijan border',
        incidentDate: '2023-03-05',
        places: ['khramort'],
        killed: 5,
      },
    });

    expect(findMatchingIncident(border, fold(shootout), SEEN)).toBeUndefined();
  });

  it('keeps another clash in the same region, the same week, at another place with another toll separate', () => {
    const sniper = aClassifiedItem({
      item: { id: 'wire-e', title: 'Serviceman killed by sniper fire near Martuni' },
      verdict: {
        incidentDate: '2023-03-06',
        places: ['martuni'],
        killed: 1,
        evidence: ['One serviceman was killed by sniper fire near Martuni on Monday morning.'],
      },
    });

    const incidents = fold([...shootout, sniper]);

    expect(incidents).toHaveLength(2);
  });

  it('treats stated dates more than two days apart as different events despite equal details', () => {
    const incident = anIncident({ eventDate: '2023-03-05', places: ['khramort'], killed: 5 });
    const report = aClassifiedItem({
      verdict: { incidentDate: '2023-03-08', places: ['khramort'], killed: 5 },
    });

    expect(matchScore(report, incident, SEEN)).toBeUndefined();
    expect(findMatchingIncident(report, [incident], SEEN)).toBeUndefined();
  });

  it('does not join on region and date alone', () => {
    const incident = anIncident({
      title: 'Ceasefire breached in Karabakh, officials say',
      evidence: ['Officials said the ceasefire had been breached overnight.'],
      places: [],
      killed: null,
    });
    const report = aClassifiedItem({
      item: { title: 'Sides trade accusations over truce' },
      verdict: { places: [], killed: null, evidence: ['Each side blamed the other.'] },
    });

    expect(matchScore(report, incident, SEEN)).toBeLessThan(MATCH_THRESHOLD);
    expect(findMatchingIncident(report, [incident], SEEN)).toBeUndefined();
  });

  it('picks the best scoring incident when several are eligible', () => {
    const weak = anIncident({
      incidentId: 'weak',
      places: ['khramort'],
      killed: 1,
      title: 'Shelling reported near Khramort',
      evidence: ['Shelling was reported near Khramort.'],
    });
    const strong = anIncident({ incidentId: 'strong', places: ['khramort'], killed: 5 });
    const report = aClassifiedItem({
      verdict: { places: ['khramort'], killed: 5, incidentDate: '2023-03-05' },
    });

    expect(findMatchingIncident(report, [weak], SEEN)?.incidentId).toBe('weak');
    expect(findMatchingIncident(report, [weak, strong], SEEN)?.incidentId).toBe('strong');
    expect(findMatchingIncident(report, [strong, weak], SEEN)?.incidentId).toBe('strong');
  });

  it('groups reports without a region under the unspecified region', () => {
    const incident = anIncident({ region: UNKNOWN_REGION });
    const report = aClassifiedItem({ verdict: { region: null } });

    expect(findMatchingIncident(report, [incident], SEEN)?.incidentId).toBe(incident.incidentId);
  });

  it('finds a shared place the classifier missed in the report text', () => {
    const incident = anIncident({ places: ['khramort'], killed: null });
    const report = aClassifiedItem({
      item: { title: 'Fighting flares near Khramort' },
      verdict: { places: [], killed: null, incidentDate: null, evidence: [] },
    });

    expect(matchScore(report, incident, SEEN)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('reportDate', () => {
  it('prefers the stated incident date, then the published date, then the time seen', () => {
    const seen = new Date('2023-03-09T01:00:00Z');
    const stated = aClassifiedItem({ verdict: { incidentDate: '2023-03-04' } });
    const published = aClassifiedItem({
      item: { published: '2023-03-06T23:30:00Z' },
      verdict: { incidentDate: null },
    });
    const neither = aClassifiedItem({
      item: { published: undefined },
      verdict: { incidentDate: null },
    });
    const unparseable = aClassifiedItem({
      item: { published: 'yesterday' },
      verdict: { incidentDate: null },
    });

    expect(reportDate(stated, seen)).toEqual({ date: '2023-03-04', stated: true });
    expect(reportDate(published, seen)).toEqual({ date: '2023-03-06', stated: false });
    expect(reportDate(neither, seen)).toEqual({ date: '2023-03-09', stated: false });
    expect(reportDate(unparseable, seen)).toEqual({ date: '2023-03-09', stated: false });
  });
});

describe('placesMatch', () => {
  it.each([
    ['khramort', 'Khramort', true],
    ['khramort', 'khramort village', true],
    ['şuşa', 'Susa', true],
    ['martuni', 'khramort', false],
    ['al', 'al mansour', false],
    ['', '', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(placesMatch(a, b)).toBe(expected);
  });
});

describe('tollsCompatible', () => {
  it.each([
    [2, 5, true],
    [200, 404, true],
    [5, 5, true],
    [1, 5, false],
    [3, 40, false],
  ])('%i and %i → %s', (a, b, expected) => {
    expect(tollsCompatible(a, b)).toBe(expected);
  });
});

describe('salientWords', () => {
  it('maps synonyms to one word and ignores generic ones', () => {
    expect(salientWords('A gunfight with police officers; the clash broke the ceasefire')).toEqual([
      'shootout',
      'police',
    ]);
  });
});
