import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import type { EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import type { Alert, FeedConfig } from '../../functions/core/model.js';
import type { FeedSource, Store } from '../../functions/core/ports.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';
import { faultyDynamoClient } from '../support/faulty-dynamo-client.js';
import type { DynamoFaultKind } from '../support/faulty-dynamo-client.js';
import {
  CYCLE_MS,
  SAMPLE_ITEMS,
  SCENARIO_START,
  alertKey,
  grouping,
  publishCounts,
  scenarioDeps,
  scenarioFeeds,
  summarise,
} from '../support/faulty-scenario.js';
import { FaultyRun } from '../support/faulty-store.js';
import type { Fault, FaultTarget, RecordedCall } from '../support/faulty-store.js';
import { FixedClock } from '../support/fixed-clock.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const STORE_METHODS = [
  'getFeedState',
  'putFeedState',
  'knownItemIds',
  'recordItem',
  'recordSettledItems',
  'listPendingItems',
  'markItemDone',
  'claimFoldLease',
  'releaseFoldLease',
  'findIncidents',
  'saveIncident',
  'listIncidentsAwaitingAlert',
  'claimAlert',
  'markAlerted',
  'releaseAlert',
] as const;

const VIOLATIONS = 5;
/** Cycles with the faults off that must be enough to finish whatever the faulty ones left. */
const QUIET_CYCLES = 4;
const SEED = 20_261_120;

interface PlannedFault extends Fault {
  target: FaultTarget;
  method: string;
  attempt: number;
}

const plannedFault: fc.Arbitrary<PlannedFault> = fc.oneof(
  fc.record({
    target: fc.constant<FaultTarget>('store'),
    method: fc.constantFrom(...STORE_METHODS),
    attempt: fc.integer({ min: 1, max: 4 }),
    when: fc.constantFrom('before' as const, 'after' as const),
    effect: fc.constantFrom('error' as const, 'crash' as const),
  }),
  fc.record({
    target: fc.constant<FaultTarget>('notifier'),
    method: fc.constant('publish'),
    attempt: fc.integer({ min: 1, max: 3 }),
    when: fc.constantFrom('before' as const, 'after' as const),
    effect: fc.constantFrom('error' as const, 'crash' as const),
  }),
);

const scenario = fc.record({
  feedOf: fc.array(fc.integer({ min: 0, max: 3 }), {
    minLength: SAMPLE_ITEMS.length,
    maxLength: SAMPLE_ITEMS.length,
  }),
  repeats: fc.array(
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: SAMPLE_ITEMS.length - 1 })),
    { maxLength: 3 },
  ),
  // Each entry is one faulty run (cycle) and the faults it meets.
  faultyRuns: fc.array(fc.array(plannedFault, { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  }),
});

interface Outcome {
  store: Store;
  published: Alert[];
  /** Each run's calls, run by run. */
  runs: RecordedCall[][];
}

/**
 * Faulty runs, then quiet ones until every feed was polled and nothing is pending or owed (or
 * QUIET_CYCLES have run).
 */
async function runWithFaults(
  store: Store,
  feeds: FeedConfig[],
  source: FeedSource,
  faultyRuns: PlannedFault[][],
): Promise<Outcome> {
  const notifier = new RecordingNotifier();
  const clock = new FixedClock(SCENARIO_START);
  const runs: RecordedCall[][] = [];
  const runOnce = async (faults: PlannedFault[]): Promise<boolean> => {
    const run = new FaultyRun((call) =>
      faults.find(
        (f) => f.target === call.target && f.method === call.method && f.attempt === call.attempt,
      ),
    );
    const deps = {
      ...scenarioDeps(run.store(store), run.notifier(notifier), clock),
      source,
    };
    // A crash throws out of the run, or leaves it to finish with nothing working: either way
    // what it did not finish is for the next run.
    const report = await runCycle(feeds, deps).catch(() => undefined);
    runs.push(run.calls);
    clock.advance(CYCLE_MS);
    // A feed that failed is polled again next cycle: its state says so.
    return report !== undefined && report.feeds.every((outcome) => outcome.status !== 'failed');
  };
  for (const faults of faultyRuns) await runOnce(faults);
  for (let quiet = 1; quiet <= QUIET_CYCLES; quiet += 1) {
    const polledAll = await runOnce([]);
    // The look at the store may meet a fault still scheduled: that only means "not quiet yet".
    const summary = await summarise(store).catch(() => undefined);
    if (polledAll && summary?.pending.length === 0 && summary.awaiting.length === 0) break;
  }
  return { store, published: notifier.published, runs };
}

/**
 * Sends that may legitimately be repeated, per incident version: a publish that took effect but
 * whose run did not then record it (the answer was lost, or the run died before the mark).
 */
function unrecordedSends(runs: readonly RecordedCall[][]): Map<string, number> {
  const excuses = new Map<string, number>();
  for (const calls of runs) {
    calls.forEach((call, index) => {
      if (call.method !== 'publish' || !call.tookEffect) return;
      const alert = call.args[0] as Alert;
      const recorded = calls
        .slice(index + 1)
        .some(
          (later) =>
            later.method === 'markAlerted' &&
            later.tookEffect &&
            later.args[0] === alert.incidentId &&
            later.args[1] === alert.version,
        );
      if (!recorded) {
        const key = alertKey(alert.incidentId, alert.version);
        excuses.set(key, (excuses.get(key) ?? 0) + 1);
      }
    });
  }
  return excuses;
}

async function checkOutcome(outcome: Outcome, expectedGroups: string[][]): Promise<void> {
  const summary = await summarise(outcome.store);
  // Nothing left undone: no item waits to be folded, no incident waits for its alert.
  expect(summary.pending).toEqual([]);
  expect(summary.awaiting).toEqual([]);
  // One incident per event, each report in exactly one incident.
  expect(grouping(summary.incidents)).toEqual(expectedGroups);
  const sourceIds = summary.incidents.flatMap((incident) => incident.sources.map((s) => s.itemId));
  expect(new Set(sourceIds).size).toBe(VIOLATIONS);
  expect(sourceIds).toHaveLength(VIOLATIONS);
  // Every item stored (once: the store keys them by id).
  const stored = await outcome.store.knownItemIds(sourceIds);
  expect(stored.size).toBe(VIOLATIONS);
  // Each incident's latest version reached subscribers; no version went twice without a send
  // whose record was lost.
  const counts = publishCounts(outcome.published);
  const excuses = unrecordedSends(outcome.runs);
  for (const incident of summary.incidents) {
    expect(incident.alertedVersion).toBe(incident.version);
    expect(counts.get(alertKey(incident.incidentId, incident.version)) ?? 0).toBeGreaterThan(0);
  }
  for (const [key, count] of counts) {
    expect({ key, count }).toEqual({
      key,
      count: expect.toBeOneOf([1, ...range(2, 1 + (excuses.get(key) ?? 0))]),
    });
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_v, i) => from + i);
}

describe('random fault schedules, then cycles with the faults off', () => {
  let expectedGroups: string[][];

  beforeAll(async () => {
    const { feeds, source } = scenarioFeeds(SAMPLE_ITEMS.map(() => 0));
    const { InMemoryStore } = await import('../support/in-memory-store.js');
    const outcome = await runWithFaults(new InMemoryStore(), feeds, source, []);
    expectedGroups = grouping((await summarise(outcome.store)).incidents);
    expect(expectedGroups).toHaveLength(3);
  });

  it('in memory: nothing lost, nothing twice without a lost answer, nothing left owed', async () => {
    const { InMemoryStore } = await import('../support/in-memory-store.js');
    await fc.assert(
      fc.asyncProperty(scenario, async ({ feedOf, repeats, faultyRuns }) => {
        const { feeds, source } = scenarioFeeds(feedOf, repeats);
        const outcome = await runWithFaults(new InMemoryStore(), feeds, source, faultyRuns);
        await checkOutcome(outcome, expectedGroups);
      }),
      { numRuns: 80, seed: SEED },
    );
  });

  describe('on dynalite, with DynamoDB calls throttled or failing', () => {
    let dataDir: string;
    let dynamo: EmbeddedDynamo;
    let round = 0;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'cw-fault-property-'));
      dynamo = await startEmbeddedDynamo({ dataDir });
    });

    afterAll(async () => {
      await dynamo?.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    const dynamoFault = fc.record({
      operation: fc.constantFrom(
        'GetItem',
        'PutItem',
        'UpdateItem',
        'Query',
        'BatchGetItem',
        'DeleteItem',
      ),
      attempt: fc.integer({ min: 1, max: 6 }),
      when: fc.constantFrom('before' as const, 'after' as const),
      kind: fc.constantFrom<DynamoFaultKind>('throughput', 'throttling', 'internal'),
    });

    it('every item once, one incident per event, every alert sent and recorded', async () => {
      await fc.assert(
        fc.asyncProperty(
          scenario,
          fc.array(dynamoFault, { minLength: 1, maxLength: 5 }),
          async ({ feedOf, repeats, faultyRuns }, dynamoFaults) => {
            round += 1;
            const tables = tableNamesFor(`property-${round}`);
            const client = createDynamoDbClient({ endpoint: dynamo.endpoint });
            try {
              await ensureTables(client, tables);
              const faulty = faultyDynamoClient(client, (call) => {
                const fault = dynamoFaults.find(
                  (f) => f.operation === call.operation && f.attempt === call.attempt,
                );
                return fault && { kind: fault.kind, when: fault.when };
              });
              const store = new DynamoDbStore(faulty.client, tables);
              const { feeds, source } = scenarioFeeds(feedOf, repeats);
              // DynamoDB faults in the first cycles; crashes and notifier faults as planned.
              const outcome = await runWithFaults(store, feeds, source, faultyRuns);
              faulty.setSchedule(() => undefined);
              await checkOutcome(outcome, expectedGroups);
            } finally {
              client.destroy();
            }
          },
        ),
        { numRuns: 12, seed: SEED },
      );
    });
  });
});
