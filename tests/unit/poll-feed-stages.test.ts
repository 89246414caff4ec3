import { describe, expect, it } from 'vitest';
import type { FeedConfig, Verdict } from '../../functions/core/model.js';
import type { PipelineDeps } from '../../functions/core/pipeline/pipeline-deps.js';
import { pollFeed } from '../../functions/core/pipeline/poll-feed.js';
import type { Store } from '../../functions/core/ports.js';
import { aVerdict } from '../support/factories.js';
import { FakeFeedSource } from '../support/fake-feed-source.js';
import { FixedClock } from '../support/fixed-clock.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const FEED: FeedConfig = {
  id: 'ridge-gazette',
  url: 'https://ridge.example/rss',
  fetchArticle: false,
};

function rssOf(titles: string[]): string {
  const items = titles
    .map(
      (title, index) =>
        `<item><title>${title}</title><link>https://ridge.example/${index}</link>` +
        `<description>${title}.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Ridge</title>${items}</channel></rss>`;
}

/** The store, noting the order of the calls that write. */
function writesNoted(inner: Store): { store: Store; writes: string[] } {
  const writes: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      return async (...args: unknown[]) => {
        const result: unknown = await (member as (...a: unknown[]) => Promise<unknown>).apply(
          target,
          args,
        );
        if (['recordItem', 'recordSettledItems', 'putFeedState'].includes(property)) {
          writes.push(property);
        }
        return result;
      };
    },
  });
  return { store, writes };
}

function depsWith(store: Store, source: FakeFeedSource): PipelineDeps {
  const verdictFor = (title: string | null): Verdict =>
    aVerdict({ label: title?.startsWith('Shelling') ? 'violation' : 'other' });
  return {
    store,
    source,
    notifier: new RecordingNotifier(),
    clock: new FixedClock(new Date('2023-03-05T16:00:00Z')),
    classifier: { classify: ({ title }) => verdictFor(title) },
  };
}

describe('pollFeed stages', () => {
  it('records every violation and the other items before it saves the feed state', async () => {
    const source = new FakeFeedSource().serve(FEED.url, {
      body: rssOf(['Shelling at dawn', 'Harvest fair', 'Shelling at dusk', 'Ferry timetable']),
      etag: '"r1"',
    });
    const inner = new InMemoryStore();
    const { store, writes } = writesNoted(inner);

    const outcome = await pollFeed(FEED, depsWith(store, source));

    expect(outcome).toMatchObject({ status: 'ok', newItems: 4, violations: 2 });
    expect(writes.at(-1)).toBe('putFeedState');
    expect(writes.slice(0, -1).sort()).toEqual(['recordItem', 'recordItem', 'recordSettledItems']);
    expect((await inner.listPendingItems()).map((item) => item.title).sort()).toEqual([
      'Shelling at dawn',
      'Shelling at dusk',
    ]);
  });

  it('goes on past the fetch only once the caller lets it, and does not ask on a 304', async () => {
    const source = new FakeFeedSource().serve(FEED.url, {
      body: rssOf(['Harvest fair']),
      etag: '"r2"',
    });
    const store = new InMemoryStore();
    const deps = depsWith(store, source);
    let letGo = (): void => undefined;
    const held = new Promise<void>((resolve) => (letGo = resolve));

    const poll = pollFeed(FEED, deps, { afterFetch: () => held });
    await new Promise((r) => setTimeout(r, 10));
    expect(source.requests).toHaveLength(1);
    expect(store.items.size).toBe(0);
    letGo();
    expect(await poll).toMatchObject({ status: 'ok', newItems: 1 });

    let askedAgain = false;
    const again = await pollFeed(FEED, deps, {
      afterFetch: async () => {
        askedAgain = true;
      },
    });
    expect(again.status).toBe('not-modified');
    expect(askedAgain).toBe(false);
  });
});
