import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import type { EmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import type { CycleReport } from '../../functions/core/pipeline/cycle-report.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';
import { faultyDynamoClient } from '../support/faulty-dynamo-client.js';
import type { DynamoFault, DynamoFaultKind } from '../support/faulty-dynamo-client.js';
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
import { FixedClock } from '../support/fixed-clock.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

// Every DynamoDB operation the store makes in a cycle.
const OPERATIONS = [
  'GetItem',
  'PutItem',
  'UpdateItem',
  'Query',
  'BatchGetItem',
  'BatchWriteItem',
  'DeleteItem',
];
const KINDS: DynamoFaultKind[] = ['throughput', 'throttling', 'internal'];

const cases = OPERATIONS.flatMap((operation, i) =>
  (['before', 'after'] as const).map((when, j) => ({
    operation,
    when,
    kind: KINDS[(i + j) % KINDS.length]!,
    // Which calls of the operation fail: the first, or the first two, of the first cycle.
    failing: 1 + ((i + j) % 2),
  })),
);

describe('a cycle on dynalite whose DynamoDB calls fail', () => {
  let dataDir: string;
  let dynamo: EmbeddedDynamo;
  let groupsWithoutFaults: string[][];
  let tableRound = 0;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cw-dynamo-faults-'));
    dynamo = await startEmbeddedDynamo({ dataDir });
    groupsWithoutFaults = (await runUntilQuiet(() => undefined)).groups;
  });

  afterAll(async () => {
    await dynamo?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Runs cycles, the first with the faults, until nothing is pending or owed. */
  async function runUntilQuiet(
    faultOf: (operation: string, attempt: number) => DynamoFault | undefined,
  ) {
    tableRound += 1;
    const tables = tableNamesFor(`faults-${tableRound}`);
    const client = createDynamoDbClient({ endpoint: dynamo.endpoint });
    await ensureTables(client, tables);
    const faulty = faultyDynamoClient(client, (call) => faultOf(call.operation, call.attempt));
    const store = new DynamoDbStore(faulty.client, tables);
    const notifier = new RecordingNotifier();
    const clock = new FixedClock(SCENARIO_START);
    const { feeds, source } = scenarioFeeds(SAMPLE_ITEMS.map((_item, index) => index % 3));
    const deps = { ...scenarioDeps(store, notifier, clock), source };
    const reports: (CycleReport | Error)[] = [];
    try {
      for (let cycle = 1; cycle <= 6; cycle += 1) {
        reports.push(await runCycle(feeds, deps).catch((error: Error) => error));
        faulty.setSchedule(() => undefined);
        clock.advance(CYCLE_MS);
        const summary = await summarise(store);
        if (cycle > 1 && summary.pending.length === 0 && summary.awaiting.length === 0) break;
      }
      const summary = await summarise(store);
      return {
        summary,
        groups: grouping(summary.incidents),
        counts: publishCounts(notifier.published),
        injected: faulty.calls.filter((call) => call.fault !== undefined),
        items: await store.knownItemIds(
          (await summarise(store)).incidents.flatMap((i) => i.sources.map((s) => s.itemId)),
        ),
        reports,
      };
    } finally {
      client.destroy();
    }
  }

  it('groups the sample into three incidents when nothing fails', () => {
    expect(groupsWithoutFaults).toHaveLength(3);
    expect(groupsWithoutFaults.flat()).toHaveLength(5);
  });

  it.each(cases)(
    '$operation failing $failing time(s) $when the request ($kind): every item kept, every incident alerted once',
    async ({ operation, when, kind, failing }) => {
      const result = await runUntilQuiet((op, attempt) =>
        op === operation && attempt <= failing ? { kind, when } : undefined,
      );

      expect(result.injected.length).toBeGreaterThan(0);
      expect(result.summary.pending).toEqual([]);
      expect(result.summary.awaiting).toEqual([]);
      expect(result.groups).toEqual(groupsWithoutFaults);
      expect(result.items.size).toBe(5);
      for (const incident of result.summary.incidents) {
        expect(incident.alertedVersion).toBe(incident.version);
      }
      // The notifier never failed, so no alert had reason to go twice.
      expect(result.counts.size).toBeGreaterThanOrEqual(3);
      expect([...result.counts.values()].every((count) => count === 1)).toBe(true);
    },
  );

  it('names the table, the key and the DynamoDB error in what the cycle reports', async () => {
    const result = await runUntilQuiet((op, attempt) =>
      op === 'PutItem' && attempt === 1 ? { kind: 'throughput', when: 'before' } : undefined,
    );
    const first = result.reports[0];
    if (first === undefined || first instanceof Error) throw new Error('the first cycle threw');
    const failures = first.feeds.flatMap((outcome) =>
      outcome.status === 'failed' ? [outcome.error] : [],
    );
    expect(failures).toEqual([
      expect.stringMatching(
        /^store: DynamoDB PutItem on table faults-\d+-items \(itemId "i-[0-9a-f]+"\) failed: ProvisionedThroughputExceededException: /,
      ),
    ]);
  });
});
