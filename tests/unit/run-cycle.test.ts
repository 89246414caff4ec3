import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';
import type { FeedConfig } from '../../functions/core/model.js';
import type { PipelineDeps } from '../../functions/core/pipeline/pipeline-deps.js';
import { runCycle } from '../../functions/core/pipeline/run-cycle.js';
import { FakeFeedSource } from '../support/fake-feed-source.js';
import { FixedClock } from '../support/fixed-clock.js';
import { InMemoryStore } from '../support/in-memory-store.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const seedShaped = readFileSync(
  new URL('../fixtures/pipeline/seed-shaped-feed.xml', import.meta.url),
  'utf8',
);
const undatedSeedShaped = readFileSync(
  new URL('../fixtures/pipeline/undated-seed-shaped-feed.xml', import.meta.url),
  'utf8',
);
const sample = readFileSync(new URL('../../config/sample-feed.xml', import.meta.url), 'utf8');

const feed = (id: string, url = `https://${id}.example/rss`): FeedConfig => ({
  id,
  url,
  fetchArticle: false,
});

function rssWith(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
}

describe('runCycle', () => {
  let store: InMemoryStore;
  let source: FakeFeedSource;
  let notifier: RecordingNotifier;
  let clock: FixedClock;
  let deps: PipelineDeps;

  beforeEach(() => {
    store = new InMemoryStore();
    source = new FakeFeedSource();
    notifier = new RecordingNotifier();
    clock = new FixedClock(new Date('2023-08-04T12:00:00Z'));
    let next = 0;
    deps = {
      store,
      source,
      notifier,
      clock,
      classifier: loadDefaultClassifier(),
      newIncidentId: () => `inc-${(next += 1)}`,
    };
  });

  it('turns five seed-shaped reports of three events into three incidents and three alerts', async () => {
    source.serve('https://seeds.example/rss', { body: seedShaped });
    const report = await runCycle([feed('seeds', 'https://seeds.example/rss')], deps);

    expect(report.feeds[0]).toMatchObject({ status: 'ok', items: 6, newItems: 6, violations: 5 });
    expect(report.fold).toMatchObject({ folded: 5, opened: 3, failures: [] });
    expect(notifier.published).toHaveLength(3);
    expect(notifier.published.every((alert) => alert.kind === 'new')).toBe(true);
    const sourcesPerAlert = notifier.published.map((alert) => alert.sources.length).sort();
    expect(sourcesPerAlert).toEqual([1, 1, 3]);
    const shootout = notifier.published.find((alert) => alert.sources.length === 3);
    expect(shootout?.region).toBe('Nagorno-Karabakh');
    expect(shootout?.killed).toBe(5);
    expect(shootout?.evidence.length).toBeGreaterThan(0);
  });

  it("tells three events apart in five undated seed-shaped reports, keeping each violation's lead", async () => {
    source.serve('https://undated.example/rss', { body: undatedSeedShaped });
    const report = await runCycle([feed('undated', 'https://undated.example/rss')], deps);

    expect(report.feeds[0]).toMatchObject({ status: 'ok', items: 6, newItems: 6, violations: 5 });
    expect(report.fold).toMatchObject({ folded: 5, opened: 3, failures: [] });
    const grouped = notifier.published
      .map((alert) => alert.sources.map((source) => source.url?.split('/').pop()).sort())
      .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(grouped).toEqual([
      ['baku-rejects-moscow-account', 'moscow-appeals-for-calm', 'russia-asks-to-cool-tension'],
      ['russia-blames-baku'],
      ['two-soldiers-dead-border'],
    ]);

    const items = [...store.items.values()];
    const leads = items.filter((item) => item.verdict.label === 'violation').map((i) => i.lead);
    expect(leads).toHaveLength(5);
    expect(leads.every((lead) => lead !== undefined && lead.length > 0)).toBe(true);
    const first = items.find((item) => item.url?.endsWith('/moscow-appeals-for-calm'));
    expect(first?.lead).toMatch(/^MOSCOW - Russia said Monday/);
    expect(first?.lead).toContain("Sunday's shooting");
    expect(first?.lead).not.toMatch(/Skip to main content|Top Stories|appeals for calm/);
    expect(items.find((item) => item.verdict.label === 'other')?.lead).toBeUndefined();
  });

  it('sends nothing twice when the same feed is polled again', async () => {
    source.serve('https://seeds.example/rss', { body: seedShaped });
    const feeds = [feed('seeds', 'https://seeds.example/rss')];
    await runCycle(feeds, deps);
    const again = await runCycle(feeds, deps);

    expect(again.feeds[0]).toMatchObject({ status: 'ok', newItems: 0, violations: 0 });
    expect(again.delivery.sent).toEqual([]);
    expect(notifier.published).toHaveLength(3);
  });

  it('alerts on the bundled sample: three incidents from five reports, negatives stay quiet', async () => {
    source.serve('https://sample.example/rss', { body: sample });
    clock = new FixedClock(new Date('2026-11-20T12:00:00Z'));
    deps.clock = clock;
    const report = await runCycle([feed('sample', 'https://sample.example/rss')], deps);

    expect(report.feeds[0]).toMatchObject({ status: 'ok', items: 8, violations: 5 });
    expect(notifier.published).toHaveLength(3);
    const titles = [...store.items.values()]
      .filter((item) => item.verdict.label === 'other')
      .map((item) => item.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        expect.stringContaining('humanitarian truce'),
        expect.stringContaining('call for a truce'),
        expect.stringContaining('cease-and-desist'),
      ]),
    );
  });

  it('replays the stored ETag and writes nothing on a 304', async () => {
    source.serve('https://seeds.example/rss', { body: seedShaped, etag: '"v1"' });
    const feeds = [feed('seeds', 'https://seeds.example/rss')];
    await runCycle(feeds, deps);
    const writesBefore = store.writes;

    const again = await runCycle(feeds, deps);
    expect(source.requests[1]?.validators).toEqual({ etag: '"v1"' });
    expect(again.feeds[0]?.status).toBe('not-modified');
    expect(store.writes - writesBefore).toBe(0);
  });

  it('goes on with the other feeds when one fails, and names the failure', async () => {
    source
      .serve('https://broken.example/rss', new Error('timed out after 20 s'))
      .serve('https://garbage.example/rss', { body: '<html><body>Maintenance</body></html>' })
      .serve('https://seeds.example/rss', { body: seedShaped });
    const report = await runCycle(
      [
        feed('broken', 'https://broken.example/rss'),
        feed('garbage', 'https://garbage.example/rss'),
        feed('seeds', 'https://seeds.example/rss'),
      ],
      deps,
    );

    expect(report.feeds.map((outcome) => outcome.status)).toEqual(['failed', 'failed', 'ok']);
    expect(report.feeds[0]).toMatchObject({ error: 'fetch: timed out after 20 s' });
    expect(report.feeds[1]).toMatchObject({ error: expect.stringMatching(/^parse: .*HTML/) });
    expect(notifier.published).toHaveLength(3);
    expect(await store.getFeedState('broken')).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'fetch: timed out after 20 s',
    });
  });

  it('records an article reached through two feeds once', async () => {
    const item = `<item><title>Army says rebels violated the ceasefire, killing two soldiers in Kupwara along the Line of Control</title>
      <link>https://news.example/a?utm_source=rss</link><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>
      <description>Two soldiers were killed when Pakistani troops violated the ceasefire along the Line of Control in Kupwara on Friday, the army said.</description></item>`;
    const duplicate = item.replace('utm_source=rss', 'utm_source=twitter');
    source
      .serve('https://one.example/rss', { body: rssWith(item) })
      .serve('https://two.example/rss', { body: rssWith(duplicate) });
    clock = new FixedClock(new Date('2026-11-20T12:00:00Z'));
    deps.clock = clock;
    await runCycle(
      [feed('one', 'https://one.example/rss'), feed('two', 'https://two.example/rss')],
      deps,
    );

    expect(store.items.size).toBe(1);
    expect(notifier.published).toHaveLength(1);
  });

  it('retries an alert the notifier failed to send, and sends it once', async () => {
    source.serve('https://seeds.example/rss', { body: seedShaped });
    const feeds = [feed('seeds', 'https://seeds.example/rss')];
    notifier.failuresToCome = 1;
    const first = await runCycle(feeds, deps);
    expect(first.delivery.failures).toHaveLength(1);
    expect(first.delivery.failures[0]).toContain('notifier unavailable');
    expect(notifier.published).toHaveLength(2);

    const second = await runCycle(feeds, deps);
    expect(second.delivery.sent).toHaveLength(1);
    expect(new Set(notifier.published.map((alert) => alert.incidentId)).size).toBe(3);
  });

  it('finishes items an interrupted run left pending', async () => {
    source.serve('https://seeds.example/rss', { body: seedShaped });
    const feeds = [feed('seeds', 'https://seeds.example/rss')];
    const saveIncident = store.saveIncident.bind(store);
    store.saveIncident = async () => {
      throw new Error('connection reset');
    };
    const interrupted = await runCycle(feeds, deps);
    expect(interrupted.fold.failures).toHaveLength(5);
    expect(notifier.published).toHaveLength(0);

    store.saveIncident = saveIncident;
    const resumed = await runCycle(feeds, deps);
    expect(resumed.feeds[0]).toMatchObject({ newItems: 0 });
    expect(resumed.fold).toMatchObject({ folded: 5, opened: 3 });
    expect(notifier.published).toHaveLength(3);
  });

  it('sends an update when a later report raises the toll', async () => {
    const first = `<item><title>Soldier killed as Pakistani troops violate ceasefire along Line of Control in Poonch</title>
      <link>https://news.example/first</link><pubDate>Wed, 18 Nov 2026 06:00:00 GMT</pubDate>
      <description>One soldier was killed when Pakistani troops violated the ceasefire along the Line of Control in the Krishna Ghati area of Poonch on Tuesday, the army said.</description></item>`;
    const later = `<item><title>Toll rises to three in Poonch ceasefire violation along the Line of Control</title>
      <link>https://news.example/later</link><pubDate>Thu, 19 Nov 2026 06:00:00 GMT</pubDate>
      <description>Three soldiers have now died after Pakistani troops violated the ceasefire along the Line of Control in the Krishna Ghati area of Poonch on Tuesday, the army said.</description></item>`;
    clock = new FixedClock(new Date('2026-11-18T08:00:00Z'));
    deps.clock = clock;
    source.serve('https://news.example/rss', { body: rssWith(first) });
    await runCycle([feed('news', 'https://news.example/rss')], deps);
    source.serve('https://news.example/rss', { body: rssWith(later + first) });
    clock.advance(86_400_000);
    await runCycle([feed('news', 'https://news.example/rss')], deps);

    expect(notifier.published.map((alert) => [alert.kind, alert.killed])).toEqual([
      ['new', 1],
      ['update', 3],
    ]);
    expect(notifier.published[1]?.incidentId).toBe(notifier.published[0]?.incidentId);
  });
});
