import 'aws-sdk-client-mock-vitest/extend';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SendMessageBatchCommandInput } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedConfig, FeedState } from '../../functions/core/model.js';
import type { handler as DispatchHandler } from '../../functions/handlers/dispatch-feeds.js';
import {
  QUEUE_URL,
  captureOutput,
  lambdaContext,
  startTables,
  stubHandlerEnv,
} from './lambda-harness.js';
import type { CapturedOutput, TestTables } from './lambda-harness.js';

const sqsMock = mockClient(SQSClient);
const MINUTE = 60_000;

/** Twelve feeds: more than one SendMessageBatch call holds. */
const FEEDS: FeedConfig[] = Array.from({ length: 12 }, (_, index) => ({
  id: `outlet-${index + 1}`,
  url: `https://outlet-${index + 1}.example.org/rss`,
  fetchArticle: index % 2 === 0,
}));

function acceptEverything(input: SendMessageBatchCommandInput) {
  return {
    Successful: (input.Entries ?? []).map((entry) => ({
      Id: entry.Id,
      MessageId: `m-${entry.Id}`,
      MD5OfMessageBody: '0',
    })),
    Failed: [],
  };
}

/** The feeds in the messages sent, in order. */
function queuedFeeds(): FeedConfig[] {
  return sqsMock
    .commandCalls(SendMessageBatchCommand)
    .flatMap((call) => call.args[0].input.Entries ?? [])
    .map((entry) => (JSON.parse(entry.MessageBody ?? '{}') as { feed: FeedConfig }).feed);
}

describe('dispatch-feeds handler', () => {
  let tables: TestTables;
  let workDir: string;
  let handler: typeof DispatchHandler;
  let output: CapturedOutput;

  beforeAll(async () => {
    tables = await startTables();
    workDir = await mkdtemp(path.join(tmpdir(), 'cw-dispatch-'));
    const feedsFile = path.join(workDir, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify(FEEDS));
    stubHandlerEnv(tables.endpoint, { FEEDS_FILE: feedsFile });
    ({ handler } = await import('../../functions/handlers/dispatch-feeds.js'));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await tables?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    sqsMock.reset();
    sqsMock.on(SendMessageBatchCommand).callsFake(acceptEverything);
    // Every feed polled a moment ago, so each test makes due only the feeds it names.
    await putStates(FEEDS.map((feed) => stateOf(feed, { polledMinutesAgo: 0 })));
    output = captureOutput();
    return () => output.restore();
  });

  function stateOf(
    feed: FeedConfig,
    options: { polledMinutesAgo?: number; failures?: number },
  ): FeedState {
    return {
      feedId: feed.id,
      url: feed.url,
      consecutiveFailures: options.failures ?? 0,
      ...(options.polledMinutesAgo !== undefined && {
        lastPolledAt: new Date(Date.now() - options.polledMinutesAgo * MINUTE).toISOString(),
      }),
    };
  }

  async function putStates(states: FeedState[]): Promise<void> {
    for (const state of states) await tables.store.putFeedState(state);
  }

  function feed(index: number): FeedConfig {
    const found = FEEDS[index];
    if (found === undefined) throw new Error(`no feed ${index} in the test list`);
    return found;
  }

  it('queues every feed never polled, ten to a call, as {"feed": {id, url, fetchArticle}}', async () => {
    // Prepare
    await putStates(FEEDS.map((entry) => stateOf(entry, {})));

    // Act
    const result = await handler({}, lambdaContext('dispatch-feeds'));

    // Assess
    expect(result).toEqual({ feeds: 12, due: 12, dispatched: 12 });
    expect(sqsMock).toHaveReceivedCommandTimes(SendMessageBatchCommand, 2);
    const calls = sqsMock.commandCalls(SendMessageBatchCommand);
    expect(calls.map((call) => call.args[0].input.Entries?.length)).toEqual([10, 2]);
    expect(calls[0]?.args[0].input.QueueUrl).toBe(QUEUE_URL);
    expect(queuedFeeds()).toEqual(FEEDS);
    expect(output.metrics().FeedsDispatched).toBe(12);
  });

  it('queues only the feeds whose interval has passed', async () => {
    // Prepare
    await putStates([
      stateOf(feed(0), { polledMinutesAgo: 1 }),
      stateOf(feed(1), { polledMinutesAgo: 6 }),
      stateOf(feed(2), { polledMinutesAgo: 4.9 }),
    ]);

    // Act
    const result = await handler({}, lambdaContext('dispatch-feeds'));

    // Assess: 4.9 minutes is a full interval once the dispatch delay is allowed for.
    expect(queuedFeeds().map((queued) => queued.id)).toEqual([feed(1).id, feed(2).id]);
    expect(result).toEqual({ feeds: 12, due: 2, dispatched: 2 });
  });

  it('backs off from a failing feed: 2^failures intervals, less at most a quarter of jitter', async () => {
    // Prepare: three failures wait 40 minutes, give or take 10.
    await putStates([
      stateOf(feed(3), { polledMinutesAgo: 20, failures: 3 }),
      stateOf(feed(4), { polledMinutesAgo: 45, failures: 3 }),
      stateOf(feed(5), { polledMinutesAgo: 17 * 60, failures: 12 }),
      stateOf(feed(6), { polledMinutesAgo: 24 * 60, failures: 12 }),
    ]);

    // Act
    await handler({}, lambdaContext('dispatch-feeds'));

    // Assess: a feed failing for days is still tried once a day (18 to 24 hours apart).
    expect(queuedFeeds().map((queued) => queued.id)).toEqual([feed(4).id, feed(6).id]);
  });

  it('sends nothing when no feed is due', async () => {
    // Act
    const result = await handler({}, lambdaContext('dispatch-feeds'));

    // Assess
    expect(sqsMock).not.toHaveReceivedCommand(SendMessageBatchCommand);
    expect(result).toEqual({ feeds: 12, due: 0, dispatched: 0 });
    expect(output.metrics().FeedsDispatched).toBe(0);
  });

  it('sends again the entries SQS turned down for its own reasons', async () => {
    // Prepare
    await putStates([stateOf(feed(0), {}), stateOf(feed(1), {})]);
    sqsMock
      .on(SendMessageBatchCommand)
      .resolvesOnce({
        Successful: [{ Id: 'feed-0', MessageId: 'm-0', MD5OfMessageBody: '0' }],
        Failed: [{ Id: 'feed-1', SenderFault: false, Code: 'InternalError' }],
      })
      .callsFake(acceptEverything);

    // Act
    const result = await handler({}, lambdaContext('dispatch-feeds'));

    // Assess
    expect(sqsMock).toHaveReceivedCommandTimes(SendMessageBatchCommand, 2);
    expect(queuedFeeds().map((queued) => queued.id)).toEqual([feed(0).id, feed(1).id, feed(1).id]);
    expect(result).toEqual({ feeds: 12, due: 2, dispatched: 2 });
  });

  it('fails the invocation naming a feed that could not be queued, after queueing the rest', async () => {
    // Prepare
    await putStates([stateOf(feed(0), {}), stateOf(feed(1), {})]);
    sqsMock.on(SendMessageBatchCommand).resolves({
      Successful: [{ Id: 'feed-0', MessageId: 'm-0', MD5OfMessageBody: '0' }],
      Failed: [
        {
          Id: 'feed-1',
          SenderFault: true,
          Code: 'InvalidParameterValue',
          Message: 'too long',
        },
      ],
    });

    // Act
    const invocation = handler({}, lambdaContext('dispatch-feeds'));

    // Assess: a fault of the request is not sent again.
    await expect(invocation).rejects.toThrow(
      `1 of 2 due feed(s) could not be queued: feed ${feed(1).id}: InvalidParameterValue too long`,
    );
    expect(sqsMock).toHaveReceivedCommandTimes(SendMessageBatchCommand, 1);
    expect(output.metrics().FeedsDispatched).toBe(1);
  });
});
