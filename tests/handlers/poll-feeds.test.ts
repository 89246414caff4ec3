import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import type { FeedConfig } from '../../functions/core/model.js';
import type { handler as PollHandler } from '../../functions/handlers/poll-feeds.js';
import {
  PERSONAL_CONTACT,
  captureOutput,
  lambdaContext,
  startTables,
  stubHandlerEnv,
} from './lambda-harness.js';
import type { CapturedOutput, TestTables } from './lambda-harness.js';

const SHELLING = {
  title: 'Three killed as shelling breaks Lebanon truce near Khiam',
  text:
    'Three civilians were killed on Monday when artillery shells hit the village of Khiam in ' +
    'southern Lebanon, despite the ceasefire, local officials said. Readers can send photos to ' +
    'tips@newsdesk.example or call +1 555 555 0123.',
};
const PARK = {
  title: 'City council approves new park budget',
  text: 'The council voted on Tuesday to fund a new park. Questions go to parks@city.example or (555) 555-0199.',
};

function rss(items: { title: string; text: string; slug: string }[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>https://news.example.org/${item.slug}</link>` +
        `<pubDate>Mon, 16 Nov 2026 08:00:00 GMT</pubDate><description>${item.text}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented wire</title>${entries}</channel></rss>`;
}

let nextMessage = 0;
function sqsRecord(body: string): SQSRecord {
  nextMessage += 1;
  return {
    messageId: `message-${nextMessage}`,
    receiptHandle: `handle-${nextMessage}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1763600000000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1763600000000',
    },
    messageAttributes: {},
    md5OfBody: '0',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-central-1:123456789012:ceasefire-feeds',
    awsRegion: 'eu-central-1',
  };
}

function messageFor(feed: FeedConfig): SQSRecord {
  return sqsRecord(JSON.stringify({ feed }));
}

describe('poll-feeds handler', () => {
  let tables: TestTables;
  let workDir: string;
  let handler: typeof PollHandler;
  let output: CapturedOutput;

  beforeAll(async () => {
    tables = await startTables();
    workDir = await mkdtemp(path.join(tmpdir(), 'cw-poll-'));
    stubHandlerEnv(tables.endpoint);
    ({ handler } = await import('../../functions/handlers/poll-feeds.js'));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await tables?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    vi.restoreAllMocks();
    output = captureOutput();
    return () => output.restore();
  });

  /** A feed read from a local file: the poll function reads paths as the command line does. */
  async function feedFile(id: string, body: string): Promise<FeedConfig> {
    const file = path.join(workDir, `${id}.xml`);
    await writeFile(file, body);
    return { id, url: file, fetchArticle: false };
  }

  function invoke(records: SQSRecord[]) {
    const event: SQSEvent = { Records: records };
    return handler(event, lambdaContext('poll-feeds'));
  }

  it('records new items, opens an incident for the violation and counts them', async () => {
    // Prepare
    const feed = await feedFile(
      'levant-wire',
      rss([
        { ...SHELLING, slug: 'khiam-shelling' },
        { ...PARK, slug: 'park-budget' },
      ]),
    );

    // Act
    const response = await invoke([messageFor(feed)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const state = await tables.store.getFeedState(feed.id);
    expect(state).toMatchObject({ consecutiveFailures: 0 });
    expect(state?.lastOkAt).toBeDefined();
    const incidents = await tables.store.findIncidents('Lebanon', '2026-11-01');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ killed: 3, version: 1, alertedVersion: 0 });
    expect(await tables.store.listPendingItems()).toEqual([]);
    expect(output.metrics()).toMatchObject({
      FeedsPolled: 1,
      FeedsFailed: 0,
      FeedsFailingRepeatedly: 0,
      NewItems: 2,
      Violations: 1,
      IncidentsOpened: 1,
    });
  });

  it('fails only the record whose body cannot be read, naming the message', async () => {
    // Prepare
    const feed = await feedFile('quiet-gazette', rss([{ ...PARK, slug: 'gazette-park' }]));
    const good = messageFor(feed);
    const notJson = sqsRecord('feed=quiet-gazette');
    const noUrl = sqsRecord(JSON.stringify({ feed: { id: 'quiet-gazette', fetchArticle: false } }));

    // Act
    const response = await invoke([good, notJson, noUrl]);

    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: notJson.messageId },
      { itemIdentifier: noUrl.messageId },
    ]);
    expect((await tables.store.getFeedState(feed.id))?.lastOkAt).toBeDefined();
    const errors = output.lines().filter((line) => line.includes('message cannot be read'));
    expect(errors.join('\n')).toContain(`message ${notJson.messageId}: the body is not JSON`);
    expect(errors.join('\n')).toContain(`message ${noUrl.messageId}: feed.url:`);
  });

  it('does not fail the record of a feed that failed: the failure is recorded and counted', async () => {
    // Prepare
    const missing: FeedConfig = {
      id: 'vanished-daily',
      url: path.join(workDir, 'no-such-feed.xml'),
      fetchArticle: false,
    };

    // Act
    const response = await invoke([messageFor(missing)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const state = await tables.store.getFeedState(missing.id);
    expect(state).toMatchObject({ consecutiveFailures: 1 });
    expect(state?.lastError).toContain('file not found');
    expect(output.metrics()).toMatchObject({
      FeedsPolled: 1,
      FeedsFailed: 1,
      FeedsFailingRepeatedly: 0,
    });
  });

  it('counts a feed failing for the third time in a row as failing repeatedly', async () => {
    // Prepare
    const broken = await feedFile('broken-herald', '<rss><channel><item>');
    await tables.store.putFeedState({
      feedId: broken.id,
      url: broken.url,
      consecutiveFailures: 2,
      lastPolledAt: '2026-11-20T09:00:00.000Z',
    });

    // Act
    const response = await invoke([messageFor(broken)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await tables.store.getFeedState(broken.id)).toMatchObject({ consecutiveFailures: 3 });
    expect(output.metrics()).toMatchObject({ FeedsFailed: 1, FeedsFailingRepeatedly: 1 });
  });

  it('fails the record when the store fails during the poll, so SQS delivers it again', async () => {
    // Prepare
    const feed = await feedFile('harbour-post', rss([{ ...PARK, slug: 'harbour-park' }]));
    const missing: FeedConfig = {
      id: 'gone-weekly',
      url: path.join(workDir, 'gone.xml'),
      fetchArticle: false,
    };
    vi.spyOn(DynamoDbStore.prototype, 'knownItemIds').mockRejectedValue(
      new Error('DynamoDB BatchGetItem failed: connect ECONNREFUSED'),
    );
    const storeFails = messageFor(feed);
    const feedFails = messageFor(missing);

    // Act
    const response = await invoke([storeFails, feedFails]);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: storeFails.messageId }]);
    const logged = output.lines().find((line) => line.includes('store failure'));
    expect(logged).toContain(`feed ${feed.id}: the store failed during the poll`);
  });

  it('polls a feed queued twice in one batch once', async () => {
    // Prepare
    const feed = await feedFile('twice-times', rss([{ ...PARK, slug: 'twice-park' }]));

    // Act
    const response = await invoke([messageFor(feed), messageFor(feed)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(output.metrics()).toMatchObject({ FeedsPolled: 1, NewItems: 1 });
  });

  it('logs no email address or phone number, also when feeds and messages fail', async () => {
    // Prepare
    const feed = await feedFile(
      'contact-courier',
      rss([
        { ...SHELLING, title: `${SHELLING.title} again`, slug: 'contact-shelling' },
        { ...PARK, slug: 'contact-park' },
      ]),
    );
    const broken = await feedFile('contact-broken', '<rss><channel><item>');

    // Act
    await invoke([messageFor(feed), messageFor(broken), sqsRecord('{"feed": "ops@example.org"}')]);

    // Assess
    expect(output.lines().length).toBeGreaterThan(3);
    expect(output.lines().filter((line) => PERSONAL_CONTACT.test(line))).toEqual([]);
  });
});
