// Invoked by the schedule: queues every feed that is due for a poll, one SQS message per feed, so
// the polls spread over as many poll-function invocations as the queue allows.
import { SQSClient } from '@aws-sdk/client-sqs';
import { isFeedDue } from '../core/pipeline/feed-schedule.js';
import { mapWithLimits } from '../core/pipeline/map-with-limits.js';
import { systemClock } from '../adapters/system-clock.js';
import { bundledFile } from './bundled-file.js';
import { readFeedList } from './feed-list.js';
import { readDispatchEnv } from './lambda-env.js';
import { createLambdaStore } from './lambda-store.js';
import { addCounts, instrumented, logger, tracer } from './powertools.js';
import { sendFeedMessages } from './send-feed-messages.js';

/** Feed states read from the table at once. */
const STATE_READS = 16;

const env = readDispatchEnv();
const feeds = readFeedList(bundledFile(env.feedsFile));
const store = createLambdaStore(env);
const sqs = tracer.captureAWSv3Client(new SQSClient({}));
const policy = { intervalMs: env.pollIntervalMinutes * 60_000 };

export interface DispatchResult {
  feeds: number;
  due: number;
  dispatched: number;
}

async function dispatchDueFeeds(): Promise<DispatchResult> {
  const now = systemClock.now();
  const states = await mapWithLimits(
    feeds,
    { concurrency: STATE_READS, perKey: STATE_READS, keyOf: () => 'feeds' },
    (feed) => store.getFeedState(feed.id),
  );
  const due = feeds.filter((_feed, index) => isFeedDue(states[index], now, policy));
  const queued = await sendFeedMessages(sqs, env.feedQueueUrl, due);
  addCounts({ FeedsDispatched: queued.sent });
  const result = { feeds: feeds.length, due: due.length, dispatched: queued.sent };
  logger.info('feeds dispatched', { ...result });
  if (queued.failures.length > 0) {
    // Failing the invocation lets the scheduler retry it; feeds already queued are polled twice at worst.
    throw new Error(
      `${queued.failures.length} of ${due.length} due feed(s) could not be queued: ${queued.failures.join('; ')}`,
    );
  }
  return result;
}

export const handler = instrumented(dispatchDueFeeds);
