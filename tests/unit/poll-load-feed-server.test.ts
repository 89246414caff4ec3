// The load benchmark's feed server, run in this process and read with the production HTTP source:
// each host is a server of its own, healthy feeds honour their validators, broken ones break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlannedFeed, planFeeds } from '../../bench/poll-load/feed-plan.js';
import { type RunningFeedServer, startFeedServer } from '../../bench/poll-load/feed-server.js';
import { HttpSource } from '../../functions/adapters/http-source.js';
import { hostKey } from '../../functions/core/pipeline/map-with-limits.js';
import type { FeedConfig } from '../../functions/core/model.js';
import { parseFeed } from '../../functions/core/feeds/parse-feed.js';
import { decodeDocument } from '../../functions/core/text/decode-document.js';

const PLAN = {
  feeds: 12,
  hosts: 3,
  seed: 11,
  latencyMs: 1,
  slowShare: 0,
  brokenShare: 5 / 12,
  minItems: 10,
  maxItems: 12,
};
const feeds = planFeeds(PLAN);
// Short, so the feed that never answers ends the test quickly: only the message is checked.
const source = new HttpSource({ timeoutMs: 300 });
let server: RunningFeedServer;

function configOf(feed: PlannedFeed): FeedConfig {
  return { id: feed.id, url: `${server.hostBases[feed.host]}${feed.path}`, fetchArticle: false };
}

function feedBehaving(behaviour: PlannedFeed['behaviour']): PlannedFeed {
  const found = feeds.find((feed) => feed.behaviour === behaviour);
  if (found === undefined) throw new Error(`the test plan has no ${behaviour} feed`);
  return found;
}

beforeAll(async () => {
  server = await startFeedServer({
    feeds,
    hosts: PLAN.hosts,
    now: new Date('2026-03-12T09:30:00Z'),
    seed: PLAN.seed,
  });
});

afterAll(async () => {
  await server.close();
});

describe('startFeedServer', () => {
  it('serves each host at its own address, which the poller limits separately', () => {
    expect(server.hostBases).toHaveLength(3);
    expect(new Set(server.hostBases.map(hostKey)).size).toBe(3);
  });

  it('serves a valid feed in full, then answers 304 to the validators it sent', async () => {
    const feed = configOf(feedBehaving('valid'));

    const first = await source.fetchFeed(feed, {});
    if (first.status !== 'ok') throw new Error('expected the feed in full');
    const parsed = await parseFeed(decodeDocument(first.body, first.contentType).text, feed);
    const second = await source.fetchFeed(feed, first.validators);

    expect(parsed.items).toHaveLength(feedBehaving('valid').itemCount);
    expect(first.validators.etag).toBeDefined();
    expect(first.validators.lastModified).toBeDefined();
    expect(second).toEqual({ status: 'not-modified' });
  });

  it('fails the broken feeds the way real publishers fail', async () => {
    await expect(source.fetchFeed(configOf(feedBehaving('http-500')), {})).rejects.toThrow(
      'HTTP 500 Internal Server Error',
    );
    await expect(source.fetchFeed(configOf(feedBehaving('connection-reset')), {})).rejects.toThrow(
      /connection closed by the server/,
    );
    await expect(source.fetchFeed(configOf(feedBehaving('no-answer')), {})).rejects.toThrow(
      'timed out after 0.3 s',
    );
  });

  it('counts its answers by kind, and starts again from zero once they are taken', async () => {
    server.takeAnswerCounts();
    const html = await source.fetchFeed(configOf(feedBehaving('html-page')), {});
    await source.fetchFeed(configOf(feedBehaving('malformed-xml')), {});

    expect(html.status).toBe('ok');
    expect(server.takeAnswerCounts()).toEqual({ document: 2 });
    expect(server.takeAnswerCounts()).toEqual({});
  });

  it('tells what its documents hold', () => {
    const healthy = feeds.filter((feed) => feed.behaviour === 'valid');

    expect(server.contents.feedsByBehaviour.valid).toBe(healthy.length);
    expect(server.contents.items).toBe(healthy.reduce((sum, feed) => sum + feed.itemCount, 0));
  });
});
