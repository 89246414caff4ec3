import { describe, expect, it } from 'vitest';
import type { FeedConfig, FeedState } from '../../functions/core/model.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { aVerdict } from '../support/factories.js';
import { FakeFeedSource } from '../support/fake-feed-source.js';
import { FixedClock } from '../support/fixed-clock.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const feed = (id: string): FeedConfig => ({
  id,
  url: `https://${id}.example/rss`,
  fetchArticle: false,
});

const rss = (guid: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Market day</title>` +
  `<link>https://news.example/${guid}</link><description>Stalls opened early.</description></item></channel></rss>`;

describe('runCycle stages', () => {
  it('fetches the next feed while the one before is still being recorded, and no further ahead', async () => {
    const feeds = [feed('first'), feed('second'), feed('third')];
    const source = new FakeFeedSource();
    for (const [index, each] of feeds.entries())
      source.serve(each.url, { body: rss(`a-${index}`) });
    const store = new InMemoryStore();
    let openGate = (): void => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const putFeedState = store.putFeedState.bind(store);
    store.putFeedState = async (state: FeedState) => {
      if (state.feedId === 'first') await gate;
      return putFeedState(state);
    };

    const cycle = runCycle(
      feeds,
      {
        store,
        source,
        notifier: new RecordingNotifier(),
        clock: new FixedClock(new Date('2023-08-04T12:00:00Z')),
        classifier: { classify: () => aVerdict({ label: 'other' }) },
      },
      {},
      { concurrency: 1 },
    );
    await new Promise((r) => setTimeout(r, 20));
    // "second" is fetched and waits for the one recording place "first" holds: "third" is not.
    expect(source.requests.map((request) => request.url)).toEqual([feeds[0]?.url, feeds[1]?.url]);

    openGate();
    const report = await cycle;
    expect(report.feeds.map((outcome) => outcome.status)).toEqual(['ok', 'ok', 'ok']);
    expect(source.requests).toHaveLength(3);
  });
});
