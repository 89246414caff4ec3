// One poll cycle over 1,000 feeds, through the production code path: runCycle with the HTTP source,
// the default classifier, the embedded store (dynalite in a thread of this process, reached through
// the thread's port as the command line reaches it, in a temporary folder) and the outbox notifier. A child process serves the feeds from 200 loopback hosts: 100 ms latency,
// 3 % slow (2–3 s), 5 % broken (HTTP 500, malformed XML, an HTML page, a connection reset, no
// answer before the fetch deadline), the rest RSS or Atom with 10–30 invented items and validators.
// A second cycle polls the feeds that answered, which now all answer 304, and counts the DynamoDB
// write requests at the client. Prints the figures and PASS/FAIL per target; exits 0 unless the
// run itself broke. It reads no data from outside the repository.
// Run: npm run bench:poll [-- --concurrency 32 --feeds 1000 --deadline 5000]
// With DYNAMODB_ENDPOINT set, the store is that endpoint instead of the embedded one.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from '../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../functions/adapters/dynamodb/dynamodb-store.js';
import {
  type EmbeddedDynamo,
  startEmbeddedDynamo,
} from '../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../functions/adapters/dynamodb/ensure-tables.js';
import { HttpSource } from '../functions/adapters/http-source.js';
import { OutboxNotifier } from '../functions/adapters/notifiers/outbox-notifier.js';
import { systemClock } from '../functions/adapters/system-clock.js';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import type { FeedConfig } from '../functions/core/model.js';
import type { PipelineDeps } from '../functions/core/pipeline/pipeline-deps.js';
import { runCycle } from '../functions/core/pipeline/run-cycle.js';
import { tableNamesFor } from '../functions/tables/table-definitions.js';
import { countWrites, type WriteCounter } from './poll-load/count-writes.js';
import { cycleFigures, feedsPerSecond, formatCycleFigures } from './poll-load/cycle-figures.js';
import { DEFAULT_FEED_PLAN, type FeedPlanOptions, planFeeds } from './poll-load/feed-plan.js';
import type { AnswerCounts } from './poll-load/feed-server-messages.js';
import { startFeedServerProcess } from './poll-load/feed-server-process.js';
import { sampleMemory } from './poll-load/memory-sampler.js';

const TARGETS = { firstCycleSeconds: 15, firstCyclePeakRssMb: 300, secondCycleWrites: 0 };

function positiveInteger(name: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`--${name}: expected a positive integer, got "${value}"`);
  }
  return parsed;
}

function readSettings() {
  const { values: args } = parseArgs({
    options: {
      feeds: { type: 'string', default: String(DEFAULT_FEED_PLAN.feeds) },
      hosts: { type: 'string', default: String(DEFAULT_FEED_PLAN.hosts) },
      concurrency: { type: 'string', default: '32' },
      'per-host': { type: 'string', default: '2' },
      // The fetch deadline of a whole feed request: the config's fetchTimeout (20 s by default).
      deadline: { type: 'string', default: '5000' },
    },
  });
  const plan: FeedPlanOptions = {
    ...DEFAULT_FEED_PLAN,
    feeds: positiveInteger('feeds', args.feeds),
    hosts: positiveInteger('hosts', args.hosts),
  };
  const cycleOptions = {
    concurrency: positiveInteger('concurrency', args.concurrency),
    perHost: positiveInteger('per-host', args['per-host']),
  };
  return { plan, cycleOptions, deadlineMs: positiveInteger('deadline', args.deadline) };
}

let settings: ReturnType<typeof readSettings>;
try {
  settings = readSettings();
} catch (error) {
  console.error(`bench:poll: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { plan, cycleOptions, deadlineMs } = settings;

const mb = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;
const bytesMb = (bytes: number): string => mb(bytes / 1024);
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
const peakRssKb = (): number => process.resourceUsage().maxRSS;
const cpuSecondsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
/** Near or above 100 %: the poller is bound by its own CPU, not by the network. */
const percentOfWall = (cpuSeconds: number, wallMs: number): string =>
  `${((cpuSeconds / (wallMs / 1000)) * 100).toFixed(0)} %`;

function formatCounts(counts: AnswerCounts | Record<string, number>): string {
  const entries = Object.entries(counts).filter(([, count]) => (count ?? 0) > 0);
  return entries.length === 0
    ? 'none'
    : entries.map(([kind, count]) => `${kind} ${count}`).join(', ');
}

function formatWrites(counter: WriteCounter): string[] {
  return [...counter.byOperationAndTable()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `    ${String(count).padStart(6)} × ${key}`);
}

const work = await mkdtemp(path.join(tmpdir(), 'cw-poll-load-'));
const now = new Date();
const server = await startFeedServerProcess(plan, now);
// DYNAMODB_ENDPOINT, as for `ceasefire-watch run`, puts the store in another process (dynalite
// or DynamoDB Local started by hand): the poller's own CPU and memory then stand apart.
const externalEndpoint = process.env.DYNAMODB_ENDPOINT;
let embedded: EmbeddedDynamo | undefined;
let client: DynamoDBClient | undefined;
try {
  embedded = externalEndpoint
    ? undefined
    : await startEmbeddedDynamo({ dataDir: path.join(work, 'data') });
  // The embedded store is reached as the command line reaches it: through its thread's port.
  client = createDynamoDbClient(
    embedded
      ? { endpoint: embedded.endpoint, requestHandler: embedded.requestHandler }
      : { endpoint: externalEndpoint },
  );
  // A fresh prefix per run, so a store kept between runs starts every run empty.
  const tables = tableNamesFor(`poll-load-${Date.now()}`);
  await ensureTables(client, tables);
  const writes = countWrites(client);
  const outboxPath = path.join(work, 'outbox.jsonl');
  const deps: PipelineDeps = {
    store: new DynamoDbStore(client, tables),
    source: new HttpSource({ timeoutMs: deadlineMs }),
    notifier: new OutboxNotifier(outboxPath),
    clock: systemClock,
    // Loaded before the clock starts, as the command line and the Lambda handlers do at start-up.
    classifier: loadDefaultClassifier(),
  };
  const feeds: FeedConfig[] = planFeeds(plan).map((feed) => ({
    id: feed.id,
    url: `${server.hostBases[feed.host]}${feed.path}`,
    fetchArticle: false,
  }));

  const served = server.contents;
  console.log(
    `Poll load: ${feeds.length} feeds on ${plan.hosts} hosts (${server.hostMode === 'ports' ? 'ports of 127.0.0.1' : 'loopback addresses 127.0.1.x'}), served by a child process`,
  );
  console.log(
    `  served:        ${formatCounts(served.feedsByBehaviour)}; ${served.items} items, ${served.violationReports} invented violation reports`,
  );
  console.log(
    `  settings:      concurrency ${cycleOptions.concurrency}, per host ${cycleOptions.perHost}, fetch deadline ${deadlineMs / 1000} s, latency ${plan.latencyMs} ms`,
  );
  console.log(
    `  store:         ${externalEndpoint ? `DynamoDB at ${externalEndpoint} (DYNAMODB_ENDPOINT)` : `embedded dynalite in its own thread, data in ${work}`}`,
  );
  console.log(`  peak RSS before the first cycle: ${mb(peakRssKb())}`);

  writes.reset();
  const firstMemory = sampleMemory();
  const firstCpu = process.cpuUsage();
  const firstStart = performance.now();
  const firstReport = await runCycle(feeds, deps, {}, cycleOptions);
  const first = cycleFigures(firstReport, performance.now() - firstStart);
  const firstCpuSeconds = cpuSecondsSince(firstCpu);
  const firstHighest = firstMemory.stop();
  const firstPeakKb = peakRssKb();
  const firstWrites = writes.total();
  const firstAnswers = await server.takeAnswerCounts();
  const outboxLines = (await readFile(outboxPath, 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '').length;

  console.log('\nFirst cycle (every feed fetched in full)');
  for (const line of formatCycleFigures(first)) console.log(line);
  console.log(`  outbox:        ${outboxLines} line(s)`);
  console.log(
    `  peak RSS:      ${mb(firstPeakKb)} (this process: the poller${embedded ? ' and the embedded store' : ''})`,
  );
  console.log(
    `  at the highest RSS sampled (${bytesMb(firstHighest.rss)}): V8 heap ${bytesMb(firstHighest.heapUsed)} used of ${bytesMb(firstHighest.heapTotal)}, external ${bytesMb(firstHighest.external)}`,
  );
  console.log(
    `  CPU:           ${firstCpuSeconds.toFixed(1)} s in this process, ${percentOfWall(firstCpuSeconds, first.wallMs)} of the wall time`,
  );
  console.log(`  server answers: ${formatCounts(firstAnswers)}`);
  console.log(`  DynamoDB writes: ${firstWrites}`);
  for (const line of formatWrites(writes)) console.log(line);

  // The feeds that failed sent no validators and have a failure to record: only those that
  // answered can answer 304.
  const secondFeeds = firstReport.feeds
    .filter((outcome) => outcome.status === 'ok')
    .map((outcome) => outcome.feed);
  writes.reset();
  const secondCpu = process.cpuUsage();
  const secondStart = performance.now();
  const second = cycleFigures(
    await runCycle(secondFeeds, deps, {}, cycleOptions),
    performance.now() - secondStart,
  );
  const secondCpuSeconds = cpuSecondsSince(secondCpu);
  const secondWrites = writes.total();
  const secondAnswers = await server.takeAnswerCounts();

  console.log(
    `\nSecond cycle (the ${secondFeeds.length} feeds that answered, each sending its validators)`,
  );
  for (const line of formatCycleFigures(second)) console.log(line);
  console.log(`  peak RSS:      ${mb(peakRssKb())} (whole run so far)`);
  console.log(
    `  CPU:           ${secondCpuSeconds.toFixed(1)} s in this process, ${percentOfWall(secondCpuSeconds, second.wallMs)} of the wall time`,
  );
  console.log(`  server answers: ${formatCounts(secondAnswers)}`);
  console.log(`  DynamoDB writes: ${secondWrites}`);
  for (const line of formatWrites(writes)) console.log(line);

  const firstSeconds = first.wallMs / 1000;
  console.log('\nTargets');
  console.log(
    `  first cycle wall time ≤ ${TARGETS.firstCycleSeconds} s: ${firstSeconds.toFixed(2)} s (${feedsPerSecond(first).toFixed(1)} feeds/s)  ${verdict(firstSeconds <= TARGETS.firstCycleSeconds)}`,
  );
  console.log(
    `  first cycle peak RSS ≤ ${TARGETS.firstCyclePeakRssMb} MB: ${mb(firstPeakKb)}  ${verdict(firstPeakKb / 1024 <= TARGETS.firstCyclePeakRssMb)}`,
  );
  console.log(
    `  second cycle DynamoDB writes = ${TARGETS.secondCycleWrites}: ${secondWrites}  ${verdict(secondWrites === TARGETS.secondCycleWrites)}`,
  );
} catch (error) {
  console.error(
    `bench:poll: the run broke: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  client?.destroy();
  await embedded?.close();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
