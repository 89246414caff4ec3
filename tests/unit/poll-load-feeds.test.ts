// The load benchmark's feeds: the plan says which feed behaves how, the documents are feeds the
// pipeline reads with the items and violation reports they claim, and 304 follows the validators.
import { describe, expect, it } from 'vitest';
import { answerFor } from '../../bench/poll-load/feed-answer.js';
import { feedDocument } from '../../bench/poll-load/feed-document.js';
import {
  BROKEN_BEHAVIOURS,
  DEFAULT_FEED_PLAN,
  type PlannedFeed,
  planFeeds,
} from '../../bench/poll-load/feed-plan.js';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';
import { parseFeed } from '../../functions/core/feeds/parse-feed.js';
import type { FeedConfig } from '../../functions/core/model.js';

const NOW = new Date('2026-03-12T09:30:00Z');
const SEED = 7;

function configOf(feed: PlannedFeed): FeedConfig {
  return { id: feed.id, url: `http://127.0.1.9:8080${feed.path}`, fetchArticle: false };
}

function aPlannedFeed(overrides: Partial<PlannedFeed> = {}): PlannedFeed {
  return {
    index: 3,
    id: 'load-0003',
    host: 3,
    path: '/feeds/load-3.xml',
    behaviour: 'valid',
    format: 'rss',
    itemCount: 12,
    delayMs: 100,
    ...overrides,
  };
}

describe('planFeeds', () => {
  const plan = planFeeds(DEFAULT_FEED_PLAN);

  it('plans 1,000 feeds: 3 % slow, 5 % broken in equal parts, the rest valid', () => {
    const byBehaviour = new Map<string, number>();
    for (const feed of plan)
      byBehaviour.set(feed.behaviour, (byBehaviour.get(feed.behaviour) ?? 0) + 1);

    expect(plan).toHaveLength(1_000);
    expect(byBehaviour.get('slow')).toBe(30);
    for (const behaviour of BROKEN_BEHAVIOURS) expect(byBehaviour.get(behaviour)).toBe(10);
    expect(byBehaviour.get('valid')).toBe(920);
  });

  it('spreads the feeds evenly over 200 hosts, each feed with its own id and path', () => {
    const perHost = new Map<number, number>();
    for (const feed of plan) perHost.set(feed.host, (perHost.get(feed.host) ?? 0) + 1);

    expect(perHost.size).toBe(200);
    expect(new Set(perHost.values())).toEqual(new Set([5]));
    expect(new Set(plan.map((feed) => feed.id)).size).toBe(1_000);
    expect(new Set(plan.map((feed) => feed.path)).size).toBe(1_000);
  });

  it('gives healthy feeds 10 to 30 items, slow ones a 2–3 s delay, the others the latency', () => {
    for (const feed of plan) {
      if (feed.behaviour === 'valid' || feed.behaviour === 'slow') {
        expect(feed.itemCount).toBeGreaterThanOrEqual(10);
        expect(feed.itemCount).toBeLessThanOrEqual(30);
      } else {
        expect(feed.itemCount).toBe(0);
      }
      if (feed.behaviour === 'slow') {
        expect(feed.delayMs).toBeGreaterThanOrEqual(2_000);
        expect(feed.delayMs).toBeLessThanOrEqual(3_000);
      } else {
        expect(feed.delayMs).toBe(100);
      }
    }
  });

  it('is the same plan for the same seed, and another for another seed', () => {
    expect(planFeeds(DEFAULT_FEED_PLAN)).toEqual(plan);
    const other = planFeeds({ ...DEFAULT_FEED_PLAN, seed: DEFAULT_FEED_PLAN.seed + 1 });
    expect(other.map((feed) => feed.behaviour)).not.toEqual(plan.map((feed) => feed.behaviour));
  });

  it('refuses shares that add up to more than every feed, naming them', () => {
    expect(() => planFeeds({ ...DEFAULT_FEED_PLAN, slowShare: 0.6, brokenShare: 0.5 })).toThrow(
      'feed plan: slowShare 0.6 + brokenShare 0.5 exceed 1',
    );
    expect(() => planFeeds({ ...DEFAULT_FEED_PLAN, hosts: 0 })).toThrow(
      'feed plan: hosts must be a positive integer, got 0',
    );
  });
});

describe('feedDocument', () => {
  const classifier = loadDefaultClassifier();

  it.each(['rss', 'atom'] as const)(
    'serves %s that parseFeed reads with every item, each with a link and a date',
    async (format) => {
      const feed = aPlannedFeed({ format, itemCount: 17 });
      const document = feedDocument(feed, NOW, SEED);

      const parsed = await parseFeed(document.body, configOf(feed));

      expect(parsed.format).toBe(format);
      expect(parsed.items).toHaveLength(17);
      expect(document.items).toBe(17);
      for (const item of parsed.items) {
        expect(item.url).toMatch(/^https:\/\/outlet-3\.example\/load-0003\/story-\d+$/);
        expect(item.published).toBeDefined();
        expect(item.text.length).toBeGreaterThan(100);
      }
    },
  );

  it('holds as many violation reports as it claims, by the default classifier', async () => {
    const healthy = planFeeds(DEFAULT_FEED_PLAN)
      .filter((feed) => feed.behaviour === 'valid')
      .slice(0, 60);
    let claimed = 0;
    let classified = 0;
    for (const feed of healthy) {
      const document = feedDocument(feed, NOW, SEED);
      const parsed = await parseFeed(document.body, configOf(feed));
      claimed += document.violationReports;
      classified += parsed.items.filter(
        (item) =>
          classifier.classify({ title: item.title, text: item.text, published: item.published })
            .label === 'violation',
      ).length;
    }

    // A few feeds carry a report; most carry none.
    expect(claimed).toBeGreaterThan(5);
    expect(claimed).toBeLessThan(healthy.length);
    expect(classified).toBe(claimed);
  });

  it('sends validators for a healthy feed and the same bytes for the same inputs', () => {
    const feed = aPlannedFeed();
    const document = feedDocument(feed, NOW, SEED);

    expect(document.etag).toMatch(/^"load-0003-\d+"$/);
    expect(document.lastModified).toBe('Thu, 12 Mar 2026 09:25:00 GMT');
    expect(feedDocument(feed, NOW, SEED)).toEqual(document);
  });

  it('serves malformed XML and an HTML page that the pipeline refuses as feeds', async () => {
    const malformed = aPlannedFeed({ behaviour: 'malformed-xml', itemCount: 0 });
    const html = aPlannedFeed({ behaviour: 'html-page', itemCount: 0 });

    await expect(
      parseFeed(feedDocument(malformed, NOW, SEED).body, configOf(malformed)),
    ).rejects.toThrow(/^not a valid RSS\/Atom feed: /);
    await expect(parseFeed(feedDocument(html, NOW, SEED).body, configOf(html))).rejects.toThrow(
      /HTML page/,
    );
    expect(feedDocument(html, NOW, SEED).etag).toBeUndefined();
  });
});

describe('answerFor', () => {
  const feed = aPlannedFeed();
  const document = feedDocument(feed, NOW, SEED);
  const etag = document.etag ?? '';
  const lastModified = document.lastModified ?? '';

  it('answers the document with its validators to a request without any', () => {
    const answer = answerFor(feed, document, {});

    expect(answer).toMatchObject({
      kind: 'document',
      status: 200,
      headers: { etag, 'last-modified': lastModified },
      body: document.body,
    });
  });

  it('answers 304 to the ETag it sent, and to its Last-Modified when no ETag is sent', () => {
    expect(answerFor(feed, document, { 'if-none-match': etag }).kind).toBe('not-modified');
    expect(answerFor(feed, document, { 'if-modified-since': lastModified }).kind).toBe(
      'not-modified',
    );
  });

  it('lets a stale ETag win over a matching date, as If-None-Match decides when present', () => {
    const answer = answerFor(feed, document, {
      'if-none-match': '"load-0003-old"',
      'if-modified-since': lastModified,
    });

    expect(answer.kind).toBe('document');
  });

  it('answers an older date with the document', () => {
    const answer = answerFor(feed, document, {
      'if-modified-since': 'Wed, 11 Mar 2026 09:25:00 GMT',
    });

    expect(answer.kind).toBe('document');
  });

  it('breaks the broken feeds whatever the request says', () => {
    const broken = (behaviour: PlannedFeed['behaviour']) =>
      answerFor(aPlannedFeed({ behaviour, itemCount: 0 }), document, { 'if-none-match': etag })
        .kind;

    expect(broken('http-500')).toBe('error');
    expect(broken('connection-reset')).toBe('reset');
    expect(broken('no-answer')).toBe('silence');
  });
});
