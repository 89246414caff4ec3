import { describe, expect, it } from 'vitest';
import { UNKNOWN_REGION } from '../../functions/core/incidents/match-incident.js';
import {
  MAX_EVIDENCE,
  incidentIdFor,
  mergeIntoIncident,
  openIncident,
} from '../../functions/core/incidents/merge-incident.js';
import { aClassifiedItem, anIncident } from '../support/factories.js';

const SEEN = new Date('2023-03-05T15:00:00Z');
const LATER = new Date('2023-03-06T09:30:00Z');

describe('openIncident', () => {
  it('opens version 1, not yet alerted, from the first report', () => {
    const report = aClassifiedItem({
      item: { id: 'wire-a', feedId: 'caucasus-wire', url: 'https://wire.example.com/a' },
      verdict: {
        killed: 5,
        injured: 2,
        severity: 'critical',
        places: ['Khramort', 'khramort'],
        incidentDate: '2023-03-04',
      },
    });

    const incident = openIncident(report, SEEN, () => 'inc-fixed');

    expect(incident).toMatchObject({
      incidentId: 'inc-fixed',
      region: 'Nagorno-Karabakh',
      eventDate: '2023-03-04',
      firstSeenAt: '2023-03-05T15:00:00.000Z',
      lastSeenAt: '2023-03-05T15:00:00.000Z',
      killed: 5,
      injured: 2,
      severity: 'critical',
      places: ['khramort'],
      title: report.item.title,
      evidence: report.verdict.evidence,
      sources: [
        {
          itemId: 'wire-a',
          url: 'https://wire.example.com/a',
          title: report.item.title,
          feed: 'caucasus-wire',
        },
      ],
      version: 1,
      alertedVersion: 0,
      revision: 1,
    });
  });

  it('titles an untitled report by its first evidence sentence, and places it without a region under the unspecified one', () => {
    const report = aClassifiedItem({
      item: { title: null },
      verdict: { region: null, evidence: ['  Mortar fire hit the village overnight.  '] },
    });

    const incident = openIncident(report, SEEN, () => 'x');

    expect(incident.title).toBe('Mortar fire hit the village overnight.');
    expect(incident.region).toBe(UNKNOWN_REGION);
  });
});

describe('incidentIdFor', () => {
  it('derives the same id from the same first item, and different ids from different items', () => {
    expect(incidentIdFor('item-1')).toBe(incidentIdFor('item-1'));
    expect(incidentIdFor('item-1')).not.toBe(incidentIdFor('item-2'));
  });
});

describe('mergeIntoIncident', () => {
  const base = anIncident({
    eventDate: '2023-03-05',
    killed: 2,
    injured: 4,
    severity: 'medium',
    places: ['khramort'],
    version: 3,
    alertedVersion: 3,
  });

  it('adds the source, keeps the worst figures, the earliest date and the latest sighting', () => {
    const report = aClassifiedItem({
      item: { id: 'item-2', feedId: 'frontline-news', url: 'https://front.example.net/2' },
      verdict: {
        killed: 5,
        injured: 1,
        severity: 'high',
        incidentDate: '2023-03-04',
        places: ['khramort', 'martuni'],
        evidence: ['Five were killed, the ministry said.'],
      },
    });

    const { incident, material } = mergeIntoIncident(base, report, LATER);

    expect(material).toBe(true);
    expect(incident).toMatchObject({
      killed: 5,
      injured: 4,
      severity: 'high',
      eventDate: '2023-03-04',
      firstSeenAt: base.firstSeenAt,
      lastSeenAt: '2023-03-06T09:30:00.000Z',
      places: ['khramort', 'martuni'],
      version: 4,
      alertedVersion: 3,
    });
    expect(incident.sources.map((s) => s.itemId)).toEqual(['item-1', 'item-2']);
    expect(incident.evidence).toEqual([...base.evidence, 'Five were killed, the ministry said.']);
  });

  it('is idempotent: merging an item already merged changes nothing', () => {
    const report = aClassifiedItem({ item: { id: 'item-2' }, verdict: { killed: 9 } });
    const once = mergeIntoIncident(base, report, LATER).incident;

    const twice = mergeIntoIncident(once, report, new Date('2023-03-07T00:00:00Z'));

    expect(twice.material).toBe(false);
    expect(twice.incident).toEqual(once);
  });

  it('does not bump the version for a new source alone', () => {
    const report = aClassifiedItem({
      item: { id: 'item-3' },
      verdict: { killed: 2, places: ['Khramort village'], severity: 'critical' },
    });

    const { incident, material } = mergeIntoIncident(base, report, LATER);

    expect(material).toBe(false);
    expect(incident.version).toBe(3);
    expect(incident.sources).toHaveLength(2);
    expect(incident.places).toEqual(['khramort']);
    expect(incident.severity).toBe('critical');
  });

  it('keeps the higher toll when a report gives a lower one, without a material change', () => {
    const report = aClassifiedItem({ item: { id: 'item-4' }, verdict: { killed: 1 } });

    const { incident, material } = mergeIntoIncident(base, report, LATER);

    expect(incident.killed).toBe(2);
    expect(material).toBe(false);
  });

  it('counts a first known toll as more killed', () => {
    const unknownToll = anIncident({ killed: null, version: 1 });
    const report = aClassifiedItem({ item: { id: 'item-5' }, verdict: { killed: 1 } });

    const { incident, material } = mergeIntoIncident(unknownToll, report, LATER);

    expect(material).toBe(true);
    expect(incident).toMatchObject({ killed: 1, version: 2 });
  });

  it('treats a new place as material', () => {
    const report = aClassifiedItem({
      item: { id: 'item-6' },
      verdict: { killed: null, places: ['martuni'] },
    });

    const { incident, material } = mergeIntoIncident(base, report, LATER);

    expect(material).toBe(true);
    expect(incident.version).toBe(4);
  });

  it(`keeps at most ${MAX_EVIDENCE} evidence sentences, without near-duplicates`, () => {
    const existing = base.evidence[0] ?? '';
    const report = aClassifiedItem({
      item: { id: 'item-7' },
      verdict: {
        evidence: [
          `  ${existing.toUpperCase().replace(/\.$/, '')}  `,
          'Sentence two.',
          'Sentence three.',
          'Sentence  two',
          'Sentence four.',
          'Sentence five.',
          'Sentence six.',
        ],
      },
    });

    const { incident } = mergeIntoIncident(base, report, LATER);

    expect(incident.evidence).toEqual([
      existing,
      'Sentence two.',
      'Sentence three.',
      'Sentence four.',
      'Sentence five.',
    ]);
  });

  it('does not move the last sighting backwards when an older item is merged late', () => {
    const report = aClassifiedItem({ item: { id: 'item-8' } });
    const seenEarlier = new Date('2023-03-01T00:00:00Z');

    const { incident } = mergeIntoIncident(base, report, seenEarlier);

    expect(incident.lastSeenAt).toBe(base.lastSeenAt);
  });
});

describe('details', () => {
  const undatedReport = (id: string, text: string, places: string[]) =>
    aClassifiedItem({
      item: { id, title: null, text, published: undefined },
      verdict: {
        incidentDate: null,
        places,
        evidence: ['The ceasefire was broken, officials said.'],
      },
    });

  it('keeps the salient words, event days and places a report tells of, not the whole region', () => {
    const report = undatedReport(
      'wire-a',
      [
        'Russia said Monday that it had ended a deadly clash in Nagorno-Karabakh.',
        'On Sunday, three police officers were killed in an ambush near Khramort.',
        'A court last month ordered the Lachin corridor reopened.',
      ].join('\n\n'),
      ['nagorno-karabakh', 'khramort', 'lachin corridor'],
    );

    const incident = openIncident(report, SEEN, () => 'inc');

    expect(incident.details).toEqual([
      'word:ambush',
      'word:police',
      'day:sunday',
      'place:khramort',
    ]);
  });

  it('keeps the details of every report merged, also when the evidence is full', () => {
    const full = anIncident({
      evidence: ['One.', 'Two.', 'Three.', 'Four.', 'Five.'],
      details: ['word:shootout', 'day:sunday', 'place:khramort'],
    });
    const report = undatedReport(
      'item-2',
      'Drone fire hit a checkpoint near Martuni on Monday, wounding two soldiers.',
      ['martuni'],
    );

    const { incident, material } = mergeIntoIncident(full, report, LATER);

    expect(incident.evidence).toEqual(full.evidence);
    expect(incident.details).toEqual([
      'word:shootout',
      'word:drone',
      'word:checkpoint',
      'day:sunday',
      'day:monday',
      'place:khramort',
      'place:martuni',
    ]);
    expect(material).toBe(true);
  });

  it('reads the details of an incident saved without them from its title and evidence', () => {
    const savedEarlier = anIncident({ details: undefined });
    const report = undatedReport('item-3', 'Two more bodies were found after the shootout.', []);

    const { incident, material } = mergeIntoIncident(savedEarlier, report, LATER);

    expect(incident.details).toEqual(['word:shootout', 'day:sunday', 'place:khramort']);
    expect(material).toBe(false);
    expect(incident.version).toBe(savedEarlier.version);
  });
});

describe('revision', () => {
  it('moves on every merge, material or not, so concurrent merges cannot overwrite each other', () => {
    const incident = anIncident({ version: 2, revision: 5 });
    const sameToll = aClassifiedItem({
      item: { id: 'another-outlet' },
      verdict: { killed: incident.killed, places: incident.places },
    });
    const { incident: merged, material } = mergeIntoIncident(incident, sameToll, SEEN);
    expect(material).toBe(false);
    expect(merged.version).toBe(2);
    expect(merged.revision).toBe(6);
  });
});

describe('attribution', () => {
  it('collects weapons, accusations and denials of every report, each once', () => {
    const first = aClassifiedItem({
      item: { id: 'first' },
      verdict: {
        weapons: ['mortar'],
        accusations: [{ accuser: 'Armenia', accused: 'Azerbaijan' }],
        denials: [],
      },
    });
    const second = aClassifiedItem({
      item: { id: 'second' },
      verdict: {
        weapons: ['Mortar', 'drone'],
        accusations: [
          { accuser: 'armenia', accused: 'azerbaijan' },
          { accuser: 'Azerbaijan', accused: 'Armenia' },
        ],
        denials: ['Azerbaijan'],
      },
    });
    const opened = openIncident(first, SEEN, () => 'inc-1');
    const { incident } = mergeIntoIncident(opened, second, SEEN);

    expect(incident.weapons).toEqual(['mortar', 'drone']);
    expect(incident.accusations).toEqual([
      { accuser: 'Armenia', accused: 'Azerbaijan' },
      { accuser: 'Azerbaijan', accused: 'Armenia' },
    ]);
    expect(incident.denials).toEqual(['Azerbaijan']);
  });
});
