import { describe, expect, it } from 'vitest';
import type { Store } from '../../functions/core/ports.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { FixedClock } from '../support/fixed-clock.js';
import {
  SAMPLE_ITEMS,
  SCENARIO_START,
  grouping,
  scenarioDeps,
  scenarioFeeds,
} from '../support/faulty-scenario.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const FIRST_REPORT = SAMPLE_ITEMS.findIndex((item) => item.includes('loc-firing-poonch'));
const LATER_REPORT = SAMPLE_ITEMS.findIndex((item) => item.includes('loc-toll-rises'));

/** Resolves when `signal` is called, or after `ms` at the latest. */
function latch(ms: number): { wait: Promise<void>; signal: () => void } {
  let signal = (): void => undefined;
  const wait = new Promise<void>((resolve) => {
    signal = resolve;
    setTimeout(resolve, ms);
  });
  return { wait, signal };
}

/** The store as one run sees it, with hooks around two calls. */
function hooked(
  store: Store,
  hooks: { afterListPending?: () => void; beforeFind?: () => Promise<void> },
): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        if (property === 'findIncidents') await hooks.beforeFind?.();
        const result: unknown = await member.apply(target, args);
        if (property === 'listPendingItems') hooks.afterListPending?.();
        return result;
      };
    },
  });
}

describe('two runs folding reports of one event at once', () => {
  it('open one incident, though each run saw only its own report when it started folding', async () => {
    expect(FIRST_REPORT).toBeGreaterThanOrEqual(0);
    expect(LATER_REPORT).toBeGreaterThanOrEqual(0);
    const store = new InMemoryStore();
    const notifier = new RecordingNotifier();
    const clock = new FixedClock(SCENARIO_START);
    // Outlet 1 carries the later report, outlet 2 the first one.
    const { feeds, source } = scenarioFeeds(
      SAMPLE_ITEMS.map((_item, index) =>
        index === FIRST_REPORT ? 1 : index === LATER_REPORT ? 0 : 2,
      ),
    );
    const [laterFeed, firstFeed] = feeds;
    const aListed = latch(1_000);
    const bMatching = latch(300);

    // Run A lists the pending items (only the later report yet), then waits while run B records
    // the first report and starts matching it: without coordination each opens an incident.
    const runA = runCycle([laterFeed!], {
      ...scenarioDeps(
        hooked(store, { afterListPending: aListed.signal, beforeFind: () => bMatching.wait }),
        notifier,
        clock,
      ),
      source,
    });
    await aListed.wait;
    const runB = runCycle([firstFeed!], {
      ...scenarioDeps(
        hooked(store, {
          beforeFind: async () => {
            bMatching.signal();
          },
        }),
        notifier,
        clock,
      ),
      source,
    });
    await Promise.all([runA, runB]);
    // What a run left to the other's lease is finished by the next cycle.
    clock.advance(5 * 60_000);
    await runCycle([], { ...scenarioDeps(store, notifier, clock), source });

    expect(grouping([...store.incidents.values()])).toEqual([
      ['/2026/11/19/loc-toll-rises', '/world/2026/11/18/loc-firing-poonch'],
    ]);
    expect(notifier.published.map((alert) => alert.incidentId)).toEqual([
      [...store.incidents.keys()][0],
    ]);
  });
});
