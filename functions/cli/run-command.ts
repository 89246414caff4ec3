import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNSClient } from '@aws-sdk/client-sns';
import { createFeedSource } from '../adapters/feed-source.js';
import { ConsoleNotifier } from '../adapters/notifiers/console-notifier.js';
import { FanoutNotifier } from '../adapters/notifiers/fanout-notifier.js';
import { OutboxNotifier } from '../adapters/notifiers/outbox-notifier.js';
import { SnsNotifier } from '../adapters/notifiers/sns-notifier.js';
import { systemClock } from '../adapters/system-clock.js';
import { ConfigError } from '../config/config-error.js';
import { deriveFeedId } from '../config/derive-feed-id.js';
import {
  loadConfig,
  reportAgeMs,
  resolveFeedLocation,
  type WatchConfig,
} from '../config/load-config.js';
import { parseInterval } from '../config/parse-interval.js';
import { loadDefaultClassifier } from '../core/classify/default-classifier.js';
import type { FeedConfig } from '../core/model.js';
import { selectDueFeeds } from '../core/pipeline/feed-schedule.js';
import type { Notifier } from '../core/ports.js';
import type { PipelineDeps } from '../core/pipeline/pipeline-deps.js';
import { runCycle } from '../core/pipeline/run-cycle.js';
import { openStore } from '../local/open-store.js';
import { type CliIo, writeLine } from './cli-io.js';
import { printSummary, progressPrinter } from './cycle-printer.js';
import { parseCommandArgs } from './parse-command-args.js';

export const DEFAULT_CONFIG = fileURLToPath(new URL('../../config/default.yaml', import.meta.url));

export const RUN_HELP = `Usage: ceasefire-watch run [options]

Polls the configured feeds once (or every interval with --watch), classifies new items, groups
reports into incidents and sends one alert per new incident, or per material update.

Options:
  --config FILE        YAML config (default: config/default.yaml of this project)
  --feed URL|PATH      poll this feed instead of the config's feeds; repeat for several
  --outbox FILE        append each alert as a JSON line here (default: DATA-DIR/outbox.jsonl)
  --data-dir DIR       folder of the embedded store (default: .data)
  --sns-topic-arn ARN  publish alerts to this SNS topic instead of the outbox
  --watch              keep polling; stop with Ctrl-C
  --interval DURATION  time between polls with --watch, e.g. 5m (default: the config's schedule)
  --max-report-age D   alert only on reports newer than this, e.g. 48h, or "off", for every feed
                       (default: the config's maxReportAge, 3d)
  -h, --help           this help

Store: the embedded store in DATA-DIR by default; DYNAMODB_ENDPOINT points the run at another
DynamoDB-compatible endpoint; FEEDS_TABLE, ITEMS_TABLE and INCIDENTS_TABLE at deployed tables.
Exit status: 0 when the run completed, even if some feeds failed; 2 for bad config or usage;
1 when the store cannot be reached.
`;

export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('run', args, {
    config: { type: 'string' },
    feed: { type: 'string', multiple: true },
    outbox: { type: 'string' },
    'data-dir': { type: 'string', default: '.data' },
    'sns-topic-arn': { type: 'string' },
    watch: { type: 'boolean', default: false },
    interval: { type: 'string' },
    'max-report-age': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(RUN_HELP);
    return 0;
  }
  const config = withReportAgeOverride(
    withFeedOverrides(
      loadConfig(path.resolve(io.cwd, values.config ?? DEFAULT_CONFIG)),
      values.feed,
      io.cwd,
    ),
    values['max-report-age'],
  );
  const intervalMs = watchInterval(values.interval, config);
  if (values.interval !== undefined && !values.watch) {
    throw new ConfigError('run: --interval only applies with --watch');
  }
  const dataDir = path.resolve(io.cwd, values['data-dir']);
  const outbox = path.resolve(io.cwd, values.outbox ?? path.join(dataDir, 'outbox.jsonl'));
  const topicArn = values['sns-topic-arn'];

  const opened = await openStore({ dataDir, tablePrefix: config.tablePrefix, env: io.env });
  try {
    const deps: PipelineDeps = {
      store: opened.store,
      source: createFeedSource({ timeoutMs: config.fetchTimeoutMs }),
      notifier: alertNotifier(io, outbox, topicArn),
      clock: systemClock,
      classifier: loadDefaultClassifier(),
    };
    const destination = topicArn ? `SNS topic ${topicArn}` : `outbox ${outbox}`;
    const cycle = async (feeds: readonly FeedConfig[]): Promise<void> => {
      const skipped = config.feeds.length - feeds.length;
      const notDue = skipped > 0 ? ` (${skipped} not due yet: backing off or asked to wait)` : '';
      writeLine(
        io.stdout,
        `Ceasefire Watch: polling ${feeds.length} feed(s)${notDue} from ${config.source}; ${opened.description}`,
      );
      const report = await runCycle(feeds, deps, progressPrinter(io.stdout, config.subscribers));
      printSummary(io.stdout, report, destination);
    };
    // The first round polls every feed, as asked; later rounds poll only the feeds due, as the
    // deployed dispatcher does, so failing feeds back off and a server's Retry-After is honoured.
    await cycle(config.feeds);
    if (values.watch) {
      const dueFeeds = (): Promise<FeedConfig[]> =>
        selectDueFeeds(config.feeds, opened.store, systemClock.now(), { intervalMs });
      await repeatUntilStopped(async () => cycle(await dueFeeds()), intervalMs, io);
    }
    return 0;
  } finally {
    await opened.close();
  }
}

function withFeedOverrides(
  config: WatchConfig,
  feeds: string[] | undefined,
  cwd: string,
): WatchConfig {
  if (feeds === undefined || feeds.length === 0) return config;
  const seen = new Set<string>();
  return {
    ...config,
    feeds: feeds.map((location) => {
      const url = resolveFeedLocation(location, cwd);
      let id = deriveFeedId(url);
      while (seen.has(id)) id = `${id}-2`;
      seen.add(id);
      const maxReportAgeMs = config.maxReportAgeMs;
      return {
        id,
        url,
        fetchArticle: false,
        ...(maxReportAgeMs !== undefined && { maxReportAgeMs }),
      };
    }),
  };
}

function withReportAgeOverride(config: WatchConfig, flag: string | undefined): WatchConfig {
  if (flag === undefined) return config;
  let maxReportAgeMs: number | undefined;
  try {
    maxReportAgeMs = reportAgeMs(flag);
  } catch (error) {
    throw new ConfigError(`run: --max-report-age "${flag}": ${(error as Error).message}`);
  }
  return {
    ...config,
    maxReportAgeMs,
    feeds: config.feeds.map(({ maxReportAgeMs: _replaced, ...feed }) => ({
      ...feed,
      ...(maxReportAgeMs !== undefined && { maxReportAgeMs }),
    })),
  };
}

function watchInterval(flag: string | undefined, config: WatchConfig): number {
  if (flag === undefined) return config.scheduleMs;
  const ms = parseInterval(flag);
  if (ms === undefined)
    throw new ConfigError(`run: --interval "${flag}": expected a duration such as 5m or 90s`);
  return ms;
}

function alertNotifier(io: CliIo, outbox: string, topicArn: string | undefined): Notifier {
  const terminal = new ConsoleNotifier(io.stdout);
  const delivery = topicArn
    ? new SnsNotifier(new SNSClient({}), topicArn)
    : new OutboxNotifier(outbox);
  return new FanoutNotifier([delivery, terminal]);
}

/** Runs the cycle every interval until SIGINT or SIGTERM; a cycle under way is finished first. */
async function repeatUntilStopped(
  cycle: () => Promise<void>,
  intervalMs: number,
  io: CliIo,
): Promise<void> {
  let stopping = false;
  let wake: () => void = () => undefined;
  const stop = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
    writeLine(io.stdout, 'Stopping after the current cycle (Ctrl-C again to quit now).');
    wake();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    while (!stopping) {
      writeLine(io.stdout, `Next poll in ${Math.round(intervalMs / 1000)} s.`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!stopping) await cycle();
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
