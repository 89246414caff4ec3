// Reads queued feeds from SQS, polls them (politely: at most two requests per host at a time),
// then folds this batch's violations, and any an earlier invocation left, into incidents.
// The incidents' stream takes it from there: alerts are the notify function's job.
import { readFileSync } from 'node:fs';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createFeedSource } from '../adapters/feed-source.js';
import { systemClock } from '../adapters/system-clock.js';
import { createClassifier } from '../core/classify/classifier.js';
import type { Classifier } from '../core/classify/classifier.js';
import { rulesetFromJson } from '../core/classify/ruleset-from-json.js';
import type { FeedConfig } from '../core/model.js';
import type { FeedOutcome, FoldReport } from '../core/pipeline/cycle-report.js';
import { foldPendingItems } from '../core/pipeline/fold-into-incidents.js';
import { hostKey, mapWithLimits } from '../core/pipeline/map-with-limits.js';
import type { PipelineDeps } from '../core/pipeline/pipeline-deps.js';
import { errorMessage, pollFeed } from '../core/pipeline/poll-feed.js';
import { bundledFile } from './bundled-file.js';
import { feedMessageBody, parseFeedMessage } from './feed-message.js';
import { readPollEnv } from './lambda-env.js';
import { createLambdaStore } from './lambda-store.js';
import { addCounts, instrumented, logger } from './powertools.js';
import { watchStore } from './store-watch.js';

/** Feeds polled at once: a batch holds at most ten messages. */
const POLLS_AT_ONCE = 10;
/** Requests to one host at once, as for a local run: publishers answer 429 to greedier pollers. */
const POLLS_PER_HOST = 2;
/** Consecutive failures from which a feed counts as failing repeatedly (an alarm watches it). */
const REPEATED_FAILURES = 3;

const env = readPollEnv();
const deps: PipelineDeps = {
  store: createLambdaStore(env),
  source: createFeedSource({ timeoutMs: env.fetchTimeoutMs }),
  notifier: {
    publish: () => Promise.reject(new Error('the poll function sends no alerts: notify does')),
  },
  clock: systemClock,
  classifier: await loadClassifier(),
};
const processor = new BatchProcessor(EventType.SQS);

/**
 * The stack's bundler defines BUNDLED_RULESET_JSON as the path, inside the bundle, of the ruleset it
 * validated at synth and wrote as JSON; being a constant there, the YAML branch and its parser and
 * schema are left out of the bundle, and a cold start only parses JSON. Run from the sources (tests,
 * local tries), the project's YAML is read.
 */
async function loadClassifier(): Promise<Classifier> {
  if (process.env.BUNDLED_RULESET_JSON === undefined) {
    const { loadDefaultClassifier } = await import('../core/classify/default-classifier.js');
    return loadDefaultClassifier();
  }
  const file = bundledFile(process.env.BUNDLED_RULESET_JSON);
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the compiled ruleset: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return createClassifier(rulesetFromJson(json, file));
}

interface FeedPoll {
  outcome: FeedOutcome;
  consecutiveFailures: number;
  /** Set when the store failed during the poll: the messages are retried rather than dropped. */
  storeFailure?: Error;
}

async function pollQueuedFeeds(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  const recordFailures = new Map<string, Error>();
  // The dispatcher may queue a feed again before the first message is read: one poll serves both.
  const requests = new Map<string, { feed: FeedConfig; messageIds: string[] }>();
  for (const record of event.Records) {
    try {
      const feed = parseFeedMessage(record.body, record.messageId);
      const key = feedMessageBody(feed);
      const request = requests.get(key) ?? { feed, messageIds: [] };
      request.messageIds.push(record.messageId);
      requests.set(key, request);
    } catch (error) {
      logger.error('message cannot be read', {
        messageId: record.messageId,
        error: errorMessage(error),
      });
      recordFailures.set(record.messageId, error as Error);
    }
  }

  const feedRequests = [...requests.values()];
  const polls = await mapWithLimits(
    feedRequests,
    {
      concurrency: POLLS_AT_ONCE,
      perKey: POLLS_PER_HOST,
      keyOf: (request) => hostKey(request.feed.url),
    },
    (request) => pollOne(request.feed),
  );
  polls.forEach((poll, index) => {
    if (poll.storeFailure === undefined) return;
    for (const messageId of feedRequests[index]?.messageIds ?? []) {
      recordFailures.set(messageId, poll.storeFailure);
    }
  });

  const fold = await foldSafely();
  const outcomes = polls.map((poll) => poll.outcome);
  addCounts({
    FeedsPolled: outcomes.length,
    FeedsFailed: outcomes.filter((outcome) => outcome.status === 'failed').length,
    FeedsFailingRepeatedly: polls.filter(
      (poll) => poll.outcome.status === 'failed' && poll.consecutiveFailures >= REPEATED_FAILURES,
    ).length,
    NewItems: sum(outcomes, (outcome) => (outcome.status === 'ok' ? outcome.newItems : 0)),
    Violations: sum(outcomes, (outcome) => (outcome.status === 'ok' ? outcome.violations : 0)),
    IncidentsOpened: fold?.opened ?? 0,
  });

  return processPartialResponse(
    event,
    (record: SQSRecord) => {
      const failure = recordFailures.get(record.messageId);
      if (failure !== undefined) throw failure;
    },
    processor,
    { context },
  );
}

/** Never throws: mapWithLimits would give up on the whole batch. */
async function pollOne(feed: FeedConfig): Promise<FeedPoll> {
  const watch = watchStore(deps.store);
  const outcome = await pollFeed(feed, { ...deps, store: watch.store });
  const consecutiveFailures = watch.savedFeedState?.consecutiveFailures ?? 0;
  if (outcome.status !== 'failed') {
    logger.info('feed polled', {
      feedId: feed.id,
      status: outcome.status,
      ...(outcome.status === 'ok' && {
        items: outcome.items,
        newItems: outcome.newItems,
        violations: outcome.violations,
        articleFailures: outcome.articleFailures,
      }),
      durationMs: outcome.durationMs,
    });
    return { outcome, consecutiveFailures };
  }
  if (watch.failure !== undefined) {
    const storeFailure = new Error(
      `feed ${feed.id}: the store failed during the poll, so it is retried: ${watch.failure.message}`,
      { cause: watch.failure },
    );
    logger.error('feed poll hit a store failure', { feedId: feed.id, error: storeFailure.message });
    return { outcome, consecutiveFailures, storeFailure };
  }
  // Recorded in the feed's state and counted: the dispatcher backs off, and the message is done.
  logger.warn('feed failed', { feedId: feed.id, error: outcome.error, consecutiveFailures });
  return { outcome, consecutiveFailures };
}

/**
 * Items are recorded as pending before they are folded, so a fold that fails here is finished by
 * any later batch: it is logged, and the feeds are not polled again for it.
 */
async function foldSafely(): Promise<FoldReport | undefined> {
  try {
    const fold = await foldPendingItems(deps);
    for (const failure of fold.failures) logger.warn('item not folded yet', { failure });
    if (fold.folded > 0) {
      logger.info('violations folded', {
        folded: fold.folded,
        opened: fold.opened,
        grown: fold.grown,
      });
    }
    return fold;
  } catch (error) {
    logger.error('pending items could not be folded; a later batch will', {
      error: errorMessage(error),
    });
    return undefined;
  }
}

function sum<T>(values: readonly T[], valueOf: (value: T) => number): number {
  return values.reduce((total, value) => total + valueOf(value), 0);
}

export const handler = instrumented(pollQueuedFeeds);
