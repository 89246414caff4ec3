import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../functions/core/model.js';
import { foldReportsInMemory } from '../../functions/core/pipeline/fold-reports-in-memory.js';
import type { StoredItem } from '../../functions/core/ports.js';
import { aSource, aVerdict, anIncident } from '../support/factories.js';

function aReport(itemId: string, verdict: Partial<Verdict> = {}): StoredItem {
  return {
    itemId,
    feedId: 'caucasus-daily',
    url: `https://news.example.org/2023/03/05/${itemId}`,
    title: 'Three killed in shootout near Khramort despite truce',
    published: '2023-03-05T14:20:00Z',
    recordedAt: '2023-03-05T15:00:00.000Z',
    verdict: aVerdict(verdict),
    lead: 'Three soldiers were killed in a shootout near Khramort on Sunday despite the ceasefire.',
    pending: true,
  };
}

describe('foldReportsInMemory', () => {
  it('folds three reports of one event into one new incident, to be saved once', () => {
    const fold = foldReportsInMemory(
      [aReport('i-1'), aReport('i-2'), aReport('i-3', { killed: 4 })],
      [],
    );

    expect(fold.already).toEqual([]);
    expect(fold.unplanned).toEqual([]);
    expect(fold.changed).toHaveLength(1);
    const [change] = fold.changed;
    expect(change?.storedRevision).toBe(0);
    expect(change?.incident.incidentId).toBe('inc-i-1');
    expect(change?.incident.sources.map((source) => source.itemId)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(change?.incident.killed).toBe(4);
    expect(change?.reports.map((entry) => [entry.stored.itemId, entry.effect])).toEqual([
      ['i-1', 'opened'],
      ['i-2', 'joined'],
      ['i-3', 'grown'],
    ]);
  });

  it('grows a stored incident, conditional on the revision it was read at', () => {
    const stored = anIncident({ incidentId: 'inc-stored', revision: 7 });

    const fold = foldReportsInMemory([aReport('i-9', { killed: 5 })], [stored]);

    expect(fold.changed).toHaveLength(1);
    expect(fold.changed[0]?.storedRevision).toBe(7);
    expect(fold.changed[0]?.incident.incidentId).toBe('inc-stored');
    expect(fold.changed[0]?.incident.sources.map((source) => source.itemId)).toEqual([
      'item-1',
      'i-9',
    ]);
  });

  it('finds a report an incident already lists, and changes nothing for it', () => {
    const stored = anIncident({ sources: [aSource({ itemId: 'i-4' })] });

    const fold = foldReportsInMemory([aReport('i-4')], [stored]);

    expect(fold.already).toEqual([{ stored: aReport('i-4'), incidentId: stored.incidentId }]);
    expect(fold.changed).toEqual([]);
  });

  it('sees only the incidents inside a report’s own window, as a query for it would', () => {
    // Another report's older date widened the read: this incident is too old for the later report.
    const old = anIncident({
      incidentId: 'inc-old',
      eventDate: '2023-02-20',
      sources: [aSource({ itemId: 'i-5' })],
    });

    const fold = foldReportsInMemory([aReport('i-5', { incidentDate: '2023-03-05' })], [old]);

    expect(fold.already).toEqual([]);
    expect(fold.changed.map((change) => change.incident.incidentId)).toEqual(['inc-i-5']);
  });

  it('leaves to the one-by-one fold a report whose new incident id is taken', () => {
    const taken = anIncident({
      incidentId: 'inc-fixed',
      region: 'Kashmir LoC',
      places: ['poonch'],
    });

    const fold = foldReportsInMemory([aReport('i-6')], [taken], () => 'inc-fixed');

    expect(fold.unplanned.map((report) => report.itemId)).toEqual(['i-6']);
    expect(fold.changed).toEqual([]);
  });
});
