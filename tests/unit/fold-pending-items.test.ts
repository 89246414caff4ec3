import { beforeEach, describe, expect, it } from 'vitest';
import type { Incident, Verdict } from '../../functions/core/model.js';
import { foldPendingItems } from '../../functions/core/pipeline/fold-into-incidents.js';
import type { PipelineDeps } from '../../functions/core/pipeline/pipeline-deps.js';
import type { Store, StoredItem } from '../../functions/core/ports.js';
import { aSource, aVerdict, anIncident } from '../support/factories.js';
import { FakeFeedSource } from '../support/fake-feed-source.js';
import { FixedClock } from '../support/fixed-clock.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const KASHMIR: Partial<Verdict> = {
  region: 'Kashmir LoC',
  places: ['poonch'],
  killed: 2,
  evidence: ['Two soldiers were killed in firing on posts near Poonch despite the truce.'],
};

function aReport(itemId: string, verdict: Partial<Verdict> = {}): StoredItem {
  return {
    itemId,
    feedId: 'frontier-post',
    url: `https://news.example.org/${itemId}`,
    title: 'Soldiers killed in clash despite truce',
    published: '2023-03-05T14:20:00Z',
    recordedAt: '2023-03-05T15:00:00.000Z',
    verdict: aVerdict(verdict),
    pending: true,
  };
}

/** The store with a count of each method's calls, and a way to step into one. */
function counted(
  inner: InMemoryStore,
  around: Partial<Pick<Store, 'saveIncident'>> = {},
): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      const own = around[property as keyof typeof around];
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return own
          ? (own as (...a: unknown[]) => unknown)(...args)
          : (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls };
}

function depsWith(store: Store): PipelineDeps {
  return {
    store,
    source: new FakeFeedSource(),
    notifier: new RecordingNotifier(),
    clock: new FixedClock(new Date('2023-03-05T16:00:00Z')),
    classifier: { classify: () => aVerdict() },
  };
}

describe('foldPendingItems', () => {
  let inner: InMemoryStore;
  beforeEach(() => {
    inner = new InMemoryStore();
  });

  async function record(...reports: StoredItem[]): Promise<void> {
    for (const report of reports) await inner.recordItem(report);
  }

  it('reads each region once and saves each incident once, however many reports it takes', async () => {
    await record(aReport('i-1'), aReport('i-2'), aReport('i-3'), aReport('i-4', KASHMIR));
    const { store, calls } = counted(inner);

    const report = await foldPendingItems(depsWith(store));

    expect(report).toEqual({ folded: 4, opened: 2, grown: 0, failures: [] });
    expect(calls.get('findIncidents')).toBe(2);
    expect(calls.get('saveIncident')).toBe(2);
    expect([...inner.incidents.values()].map((i) => i.sources.map((s) => s.itemId))).toEqual([
      ['i-1', 'i-2', 'i-3'],
      ['i-4'],
    ]);
    expect(await inner.listPendingItems()).toEqual([]);
  });

  it('folds again one by one the reports of an incident that changed since it was read', async () => {
    const stored = anIncident({ incidentId: 'inc-stored', revision: 1 });
    await inner.saveIncident(stored, 0);
    await record(aReport('i-5'), aReport('i-6'));
    let interfered = false;
    const { store } = counted(inner, {
      // Another writer gets in between this run's read and its save.
      saveIncident: async (incident: Incident, expectedRevision: number) => {
        if (!interfered) {
          interfered = true;
          const current = inner.incidents.get('inc-stored') as Incident;
          await inner.saveIncident(
            {
              ...current,
              sources: [...current.sources, aSource({ itemId: 'i-other' })],
              revision: 2,
            },
            1,
          );
        }
        return inner.saveIncident(incident, expectedRevision);
      },
    });

    const report = await foldPendingItems(depsWith(store));

    expect(report.failures).toEqual([]);
    expect(report.folded).toBe(2);
    expect(inner.incidents.get('inc-stored')?.sources.map((s) => s.itemId)).toEqual([
      'item-1',
      'i-other',
      'i-5',
      'i-6',
    ]);
    expect(await inner.listPendingItems()).toEqual([]);
  });

  it('leaves pending, and names, each report of an incident that could not be saved', async () => {
    await record(aReport('i-7'), aReport('i-8'), aReport('i-9', KASHMIR));
    const { store } = counted(inner, {
      saveIncident: async (incident: Incident, expectedRevision: number) => {
        if (incident.region === 'Nagorno-Karabakh') throw new Error('connection reset');
        return inner.saveIncident(incident, expectedRevision);
      },
    });

    const report = await foldPendingItems(depsWith(store));

    expect(report.folded).toBe(1);
    expect(report.failures).toEqual([
      'item i-7 (https://news.example.org/i-7): connection reset',
      'item i-8 (https://news.example.org/i-8): connection reset',
    ]);
    expect((await inner.listPendingItems()).map((item) => item.itemId).sort()).toEqual([
      'i-7',
      'i-8',
    ]);
  });
});
