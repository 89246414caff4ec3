import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import type { EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';
import { FixedClock } from '../support/fixed-clock.js';
import {
  CYCLE_MS,
  SAMPLE_ITEMS,
  SCENARIO_START,
  grouping,
  publishCounts,
  scenarioDeps,
  scenarioFeeds,
  summarise,
} from '../support/faulty-scenario.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

/** The sample's three events as one fault-free run groups them. */
const EXPECTED_GROUPS = [
  [
    '/2026/11/19/loc-toll-rises',
    '/news/poonch-ceasefire-violation-soldier-killed',
    '/world/2026/11/18/loc-firing-poonch',
  ],
  ['/news/2026-11-20-bint-jbeil-drone-strike'],
  ['/world/2026/11/20/kupwara-sniper-fire'],
].map((group) => [...group].sort());

describe('two poll cycles of the same feeds at once, on one dynalite store', () => {
  let dataDir: string;
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cw-concurrent-'));
    dynamo = await startEmbeddedDynamo({ dataDir });
    client = createDynamoDbClient({ endpoint: dynamo.endpoint });
  });

  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  // Each round deals the reports out differently, so the two runs meet them in different orders.
  const rounds: { name: string; feedOf: number[] }[] = [
    { name: 'one outlet per report', feedOf: SAMPLE_ITEMS.map((_item, index) => index) },
    { name: 'two outlets', feedOf: SAMPLE_ITEMS.map((_item, index) => index % 2) },
    { name: 'three outlets, reports of one event apart', feedOf: [0, 1, 2, 0, 1, 2, 0, 1] },
    { name: 'one outlet', feedOf: SAMPLE_ITEMS.map(() => 0) },
  ];

  it.each(rounds)(
    'stores every item once, opens one incident per event and alerts each once ($name)',
    async ({ name, feedOf }) => {
      const tables = tableNamesFor(`concurrent-${rounds.findIndex((r) => r.name === name)}`);
      await ensureTables(client, tables);
      const notifier = new RecordingNotifier();
      const clock = new FixedClock(SCENARIO_START);
      const { feeds, source } = scenarioFeeds(feedOf);
      // Two processes: each its own client and store on the same tables.
      const runs = [feeds, [...feeds].reverse()].map((order) => {
        const own = createDynamoDbClient({ endpoint: dynamo.endpoint });
        const deps = { ...scenarioDeps(new DynamoDbStore(own, tables), notifier, clock), source };
        return { order, deps, close: () => own.destroy() };
      });

      try {
        const reports = await Promise.all(
          runs.map(({ order, deps }) => runCycle(order, deps, {}, { concurrency: 4 })),
        );
        // Whatever one run left to the other's lease is folded and alerted by the next cycle.
        clock.advance(CYCLE_MS);
        await runCycle(feeds, runs[0]!.deps);

        const newItems = reports
          .flatMap((report) => report.feeds)
          .reduce((sum, outcome) => sum + (outcome.status === 'ok' ? outcome.newItems : 0), 0);
        const recorded = reports
          .flatMap((report) => report.feeds)
          .reduce((sum, outcome) => sum + (outcome.status === 'ok' ? outcome.violations : 0), 0);
        expect(newItems).toBeGreaterThanOrEqual(SAMPLE_ITEMS.length);
        expect(recorded).toBe(5);
        const store = runs[0]!.deps.store;
        const summary = await summarise(store);
        expect(summary.pending).toEqual([]);
        expect(summary.awaiting).toEqual([]);
        expect(grouping(summary.incidents)).toEqual(EXPECTED_GROUPS);
        const counts = publishCounts(notifier.published);
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
        // Every incident's latest version reached subscribers.
        for (const incident of summary.incidents) {
          expect(incident.alertedVersion).toBe(incident.version);
        }
        const opened = reports.reduce((sum, report) => sum + report.fold.opened, 0);
        expect(opened).toBe(3);
      } finally {
        for (const run of runs) run.close();
      }
    },
  );
});
