import { describe, expect, it } from 'vitest';
import type { FeedConfig, FeedState } from '../../functions/core/model.js';
import { isFeedDue, selectDueFeeds } from '../../functions/core/pipeline/feed-schedule.js';
import { InMemoryStore } from '../support/in-memory-store.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POLLED = new Date('2026-11-20T12:00:00.000Z');
const POLICY = { intervalMs: 5 * MINUTE };

function after(ms: number): Date {
  return new Date(POLLED.getTime() + ms);
}

function state(overrides: Partial<FeedState> = {}): FeedState {
  return {
    feedId: 'harbour-post',
    url: 'https://harbour.example.org/rss',
    consecutiveFailures: 1,
    lastPolledAt: POLLED.toISOString(),
    ...overrides,
  };
}

describe('isFeedDue with a server’s Retry-After', () => {
  it('holds the feed back until the time the server asked for', () => {
    const waiting = state({ retryNotBefore: after(3 * HOUR).toISOString() });
    expect(isFeedDue(waiting, after(2 * HOUR), POLICY)).toBe(false);
    expect(isFeedDue(waiting, after(3 * HOUR - 1), POLICY)).toBe(false);
    expect(isFeedDue(waiting, after(3 * HOUR), POLICY)).toBe(true);
  });

  it('keeps the backoff when the server asks for less than it', () => {
    const failing = state({ consecutiveFailures: 4, retryNotBefore: after(MINUTE).toISOString() });
    // Four failures back off to 80 minutes less at most a quarter: an hour at least.
    expect(isFeedDue(failing, after(30 * MINUTE), POLICY)).toBe(false);
    expect(isFeedDue(failing, after(80 * MINUTE), POLICY)).toBe(true);
  });

  it('waits no more than a day after the poll, whatever the stored time says', () => {
    const silenced = state({ retryNotBefore: '2027-11-20T12:00:00.000Z' });
    expect(isFeedDue(silenced, after(23 * HOUR), POLICY)).toBe(false);
    expect(isFeedDue(silenced, after(24 * HOUR), POLICY)).toBe(true);
  });

  it('ignores a stored time it cannot read', () => {
    expect(isFeedDue(state({ retryNotBefore: 'soon' }), after(HOUR), POLICY)).toBe(true);
  });

  it('polls a healthy feed whose last poll time a 304 left old at every round', () => {
    const healthy = state({ consecutiveFailures: 0, lastPolledAt: '2026-11-19T08:00:00.000Z' });
    expect(isFeedDue(healthy, POLLED, POLICY)).toBe(true);
  });
});

describe('selectDueFeeds', () => {
  const feed = (id: string): FeedConfig => ({
    id,
    url: `https://${id}.example.org/rss`,
    fetchArticle: false,
  });

  it('keeps the feeds due now, in order, and those whose state cannot be read', async () => {
    const store = new InMemoryStore();
    await store.putFeedState({
      ...state({ feedId: 'asked-to-wait' }),
      retryNotBefore: after(HOUR).toISOString(),
    });
    await store.putFeedState(state({ feedId: 'healthy', consecutiveFailures: 0 }));
    const unreadable = {
      getFeedState: async (feedId: string) => {
        if (feedId === 'unreadable') throw new Error('store down');
        return store.getFeedState(feedId);
      },
    };
    const feeds = ['never-polled', 'asked-to-wait', 'healthy', 'unreadable'].map(feed);

    const due = await selectDueFeeds(feeds, unreadable, after(10 * MINUTE), POLICY);

    expect(due.map((each) => each.id)).toEqual(['never-polled', 'healthy', 'unreadable']);
  });
});
