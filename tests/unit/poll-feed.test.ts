import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedConfig, FeedState } from '../../functions/core/model.js';
import { isFeedDue } from '../../functions/core/pipeline/feed-schedule.js';
import type { PipelineDeps } from '../../functions/core/pipeline/pipeline-deps.js';
import { pollFeed } from '../../functions/core/pipeline/poll-feed.js';
import { RetryLaterError } from '../../functions/core/ports.js';
import { aVerdict } from '../support/factories.js';
import { FakeFeedSource } from '../support/fake-feed-source.js';
import { FixedClock } from '../support/fixed-clock.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const URL_NOW = 'https://harbour.example.org/rss';
const FEED: FeedConfig = { id: 'harbour-post', url: URL_NOW, fetchArticle: false };
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
  <item><title>Harbour works resume</title><link>https://harbour.example.org/works</link>
  <description>Cranes are back at the east quay.</description></item></channel></rss>`;
const POLICY = { intervalMs: 5 * MINUTE };

describe('pollFeed and the feed state', () => {
  let store: InMemoryStore;
  let source: FakeFeedSource;
  let clock: FixedClock;
  let deps: PipelineDeps;

  beforeEach(() => {
    store = new InMemoryStore();
    source = new FakeFeedSource();
    clock = new FixedClock(new Date('2026-11-20T12:00:00.000Z'));
    deps = {
      store,
      source,
      clock,
      notifier: new RecordingNotifier(),
      classifier: { classify: () => aVerdict({ label: 'other' }) },
    };
  });

  function healthyState(overrides: Partial<FeedState> = {}): FeedState {
    return {
      feedId: FEED.id,
      url: URL_NOW,
      etag: '"v7"',
      lastPolledAt: '2026-11-20T11:55:00.000Z',
      lastOkAt: '2026-11-20T11:55:00.000Z',
      consecutiveFailures: 0,
      ...overrides,
    };
  }

  it('writes nothing when a healthy feed answers 304', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v7"' });
    await store.putFeedState(healthyState());
    const writesBefore = store.writes;

    const outcome = await pollFeed(FEED, deps);

    expect(outcome.status).toBe('not-modified');
    expect(source.requests[0]?.validators).toEqual({ etag: '"v7"' });
    expect(store.writes).toBe(writesBefore);
    expect(await store.getFeedState(FEED.id)).toEqual(healthyState());
  });

  it('leaves a healthy feed due again one interval after its last recorded poll', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v7"' });
    await store.putFeedState(healthyState());

    await pollFeed(FEED, deps);
    const state = await store.getFeedState(FEED.id);

    // The last poll time is not refreshed by a 304, so the dispatcher finds the feed due each round.
    expect(isFeedDue(state, clock.now(), POLICY)).toBe(true);
  });

  it('clears the failure of a failing feed that answers 304', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v7"' });
    await store.putFeedState(
      healthyState({ consecutiveFailures: 2, lastError: 'fetch: HTTP 502 Bad Gateway' }),
    );

    await pollFeed(FEED, deps);

    expect(await store.getFeedState(FEED.id)).toEqual(
      healthyState({ lastPolledAt: '2026-11-20T12:00:00.000Z' }),
    );
  });

  it('forgets a Retry-After once the feed answers 304', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v7"' });
    await store.putFeedState(
      healthyState({ consecutiveFailures: 1, retryNotBefore: '2026-11-20T11:58:00.000Z' }),
    );

    await pollFeed(FEED, deps);

    const state = await store.getFeedState(FEED.id);
    expect(state?.retryNotBefore).toBeUndefined();
    expect(state?.consecutiveFailures).toBe(0);
  });

  it('records a new URL for the feed even on a 304', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v7"' });
    await store.putFeedState(healthyState({ url: 'http://harbour.example.org/old-rss' }));

    await pollFeed(FEED, deps);

    expect((await store.getFeedState(FEED.id))?.url).toBe(URL_NOW);
  });

  it('stores the wait a server asks for with a failure, and holds the feed back until then', async () => {
    source.serve(
      URL_NOW,
      new RetryLaterError(
        `fetch ${URL_NOW}: HTTP 429 Too Many Requests (retry after 1800 s)`,
        30 * MINUTE,
      ),
    );
    await store.putFeedState(healthyState());

    const outcome = await pollFeed(FEED, deps);
    const state = await store.getFeedState(FEED.id);

    expect(outcome).toMatchObject({
      status: 'failed',
      error: `fetch ${URL_NOW}: HTTP 429 Too Many Requests (retry after 1800 s)`,
    });
    expect(state).toMatchObject({
      consecutiveFailures: 1,
      lastPolledAt: '2026-11-20T12:00:00.000Z',
      retryNotBefore: '2026-11-20T12:30:00.000Z',
    });
    // One failure alone would wait 10 minutes at most; the server asked for 30.
    const at = (minutes: number): Date => new Date(clock.now().getTime() + minutes * MINUTE);
    expect(isFeedDue(state, at(20), POLICY)).toBe(false);
    expect(isFeedDue(state, at(29), POLICY)).toBe(false);
    expect(isFeedDue(state, at(30), POLICY)).toBe(true);
  });

  it('stores no wait longer than a day, however long the server asks for', async () => {
    source.serve(URL_NOW, new RetryLaterError('HTTP 503 Service Unavailable', 365 * 24 * HOUR));

    await pollFeed(FEED, deps);

    expect((await store.getFeedState(FEED.id))?.retryNotBefore).toBe('2026-11-21T12:00:00.000Z');
  });

  it('drops the wait after a successful poll', async () => {
    source.serve(URL_NOW, { body: RSS, etag: '"v8"' });
    await store.putFeedState(
      healthyState({ consecutiveFailures: 1, retryNotBefore: '2026-11-20T11:59:00.000Z' }),
    );

    await pollFeed(FEED, deps);

    const state = await store.getFeedState(FEED.id);
    expect(state).toMatchObject({ consecutiveFailures: 0, etag: '"v8"' });
    expect(state?.retryNotBefore).toBeUndefined();
  });

  it('names a fetch failure once, without repeating the stage the source already names', async () => {
    source.serve(URL_NOW, new Error(`fetch ${URL_NOW}: HTTP 404 Not Found`));

    const outcome = await pollFeed(FEED, deps);

    expect(outcome).toMatchObject({ error: `fetch ${URL_NOW}: HTTP 404 Not Found` });
  });

  it("records a violation published before the feed's age limit without making it pending", async () => {
    const archive = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
      <item><title>Shelling at the east quay</title><link>https://harbour.example.org/today</link>
      <pubDate>Fri, 20 Nov 2026 11:00:00 GMT</pubDate><description>Shells fell.</description></item>
      <item><title>Shelling at the west quay</title><link>https://harbour.example.org/last-week</link>
      <pubDate>Fri, 13 Nov 2026 11:00:00 GMT</pubDate><description>Shells fell.</description></item>
      </channel></rss>`;
    source.serve(URL_NOW, { body: archive });
    deps.classifier = { classify: () => aVerdict({ label: 'violation' }) };

    const outcome = await pollFeed({ ...FEED, maxReportAgeMs: 72 * HOUR }, deps);

    expect(outcome).toMatchObject({ status: 'ok', newItems: 2, violations: 1, backlog: 1 });
    const pending = await store.listPendingItems();
    expect(pending.map((item) => item.url)).toEqual(['https://harbour.example.org/today']);
    const old = [...store.items.values()].find((item) => item.url?.endsWith('/last-week'));
    expect(old).toMatchObject({ pending: false, backlog: true, verdict: { label: 'violation' } });
    expect(old?.lead).toBeUndefined();
  });

  it('leaves the stored state alone and fetches nothing when it cannot be read', async () => {
    source.serve(URL_NOW, new Error(`fetch ${URL_NOW}: HTTP 500 Internal Server Error`));
    await store.putFeedState(healthyState({ consecutiveFailures: 3 }));
    const writesBefore = store.writes;
    const read = store.getFeedState.bind(store);
    store.getFeedState = () => Promise.reject(new Error('table feeds: throttled'));

    const outcome = await pollFeed(FEED, deps);

    store.getFeedState = read;
    expect(outcome).toMatchObject({ status: 'failed', error: 'store: table feeds: throttled' });
    expect(store.writes).toBe(writesBefore);
    expect(source.requests).toEqual([]);
    expect(await store.getFeedState(FEED.id)).toEqual(healthyState({ consecutiveFailures: 3 }));
  });
});
