import { describe, expect, it } from 'vitest';
import type { FeedState } from '../../functions/core/model.js';
import { isFeedDue, pollWaitMs } from '../../functions/core/pipeline/feed-schedule.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = new Date('2026-11-20T12:00:00.000Z');
const POLICY = { intervalMs: 5 * MINUTE };

function state(overrides: Partial<FeedState> & { polledMinutesAgo?: number } = {}): FeedState {
  const { polledMinutesAgo, ...rest } = overrides;
  return {
    feedId: 'harbour-post',
    url: 'https://harbour.example.org/rss',
    consecutiveFailures: 0,
    ...(polledMinutesAgo !== undefined && {
      lastPolledAt: new Date(NOW.getTime() - polledMinutesAgo * MINUTE).toISOString(),
    }),
    ...rest,
  };
}

describe('feed schedule', () => {
  it('polls a feed never polled', () => {
    expect(isFeedDue(undefined, NOW, POLICY)).toBe(true);
    expect(isFeedDue(state(), NOW, POLICY)).toBe(true);
  });

  it('polls a healthy feed once per interval, allowing for the dispatch delay', () => {
    expect(isFeedDue(state({ polledMinutesAgo: 1 }), NOW, POLICY)).toBe(false);
    expect(isFeedDue(state({ polledMinutesAgo: 3.9 }), NOW, POLICY)).toBe(false);
    expect(isFeedDue(state({ polledMinutesAgo: 4.95 }), NOW, POLICY)).toBe(true);
    expect(isFeedDue(state({ polledMinutesAgo: 60 }), NOW, POLICY)).toBe(true);
  });

  it('waits interval × 2^failures after failures, shortened by at most a quarter', () => {
    for (const failures of [1, 2, 3, 4, 5]) {
      // Prepare
      const full = POLICY.intervalMs * 2 ** failures;

      // Act
      const waits = ['a', 'b', 'c', 'd', 'e', 'f'].map((feedId) =>
        pollWaitMs(state({ feedId, consecutiveFailures: failures, polledMinutesAgo: 1 }), POLICY),
      );

      // Assess
      for (const wait of waits) {
        expect(wait).toBeLessThanOrEqual(full);
        expect(wait).toBeGreaterThanOrEqual(full * 0.75);
      }
    }
  });

  it('never waits more than a day, however long a feed has failed', () => {
    const waits = [10, 20, 100, 2000].map((failures) =>
      pollWaitMs(state({ consecutiveFailures: failures, polledMinutesAgo: 1 }), POLICY),
    );
    for (const wait of waits) {
      expect(wait).toBeLessThanOrEqual(24 * HOUR);
      expect(wait).toBeGreaterThanOrEqual(18 * HOUR);
    }
    expect(
      pollWaitMs(state({ consecutiveFailures: 10 }), { ...POLICY, maxBackoffMs: HOUR }),
    ).toBeLessThanOrEqual(HOUR);
  });

  it('spreads feeds that failed together, and keeps one feed’s wait the same on every check', () => {
    // Prepare
    const failing = Array.from({ length: 20 }, (_, index) =>
      state({ feedId: `outlet-${index}`, consecutiveFailures: 4, polledMinutesAgo: 2 }),
    );

    // Act
    const waits = failing.map((feed) => pollWaitMs(feed, POLICY));
    const again = failing.map((feed) => pollWaitMs(feed, POLICY));

    // Assess
    expect(new Set(waits).size).toBeGreaterThan(10);
    expect(again).toEqual(waits);
  });

  it('honours the backoff when deciding what is due', () => {
    // Three failures: 40 minutes, less at most 10.
    expect(isFeedDue(state({ consecutiveFailures: 3, polledMinutesAgo: 20 }), NOW, POLICY)).toBe(
      false,
    );
    expect(isFeedDue(state({ consecutiveFailures: 3, polledMinutesAgo: 45 }), NOW, POLICY)).toBe(
      true,
    );
  });

  it('polls a feed whose last poll time cannot be read, rather than never', () => {
    expect(isFeedDue(state({ lastPolledAt: 'yesterday' }), NOW, POLICY)).toBe(true);
  });

  it('refuses an interval that is not positive', () => {
    expect(() => pollWaitMs(state({ consecutiveFailures: 1 }), { intervalMs: 0 })).toThrow(
      'poll interval must be positive, got 0 ms',
    );
  });
});
