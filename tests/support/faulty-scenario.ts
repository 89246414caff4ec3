// The world the fault tests run the pipeline in: the bundled sample feed's invented reports (three
// violation events, one of them told by three outlets with a rising toll, and three non-violations)
// dealt out over several feeds, and a summary of what the store ends up holding.
import { readFileSync } from 'node:fs';
import type { Classifier } from '../../functions/core/classify/classifier.js';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';
import type { Alert, FeedConfig, Incident } from '../../functions/core/model.js';
import type { PipelineDeps } from '../../functions/core/pipeline/pipeline-deps.js';
import type { Clock, Notifier, Store, StoredItem } from '../../functions/core/ports.js';
import { FakeFeedSource } from './fake-feed-source.js';

const SAMPLE_FEED = readFileSync(new URL('../../config/sample-feed.xml', import.meta.url), 'utf8');

/** The sample feed's entries, each an RSS <item> element as written. */
export const SAMPLE_ITEMS: readonly string[] = SAMPLE_FEED.match(/<item>[\s\S]*?<\/item>/g) ?? [];

/** A day after the sample's latest report. */
export const SCENARIO_START = new Date('2026-11-20T12:00:00Z');

/** Regions of the sample's violations: where to look for incidents in a store. */
export const SAMPLE_REGIONS = ['Kashmir LoC', 'Lebanon'];

/** One poll interval: what a clock moves on between cycles, past any claim or lease. */
export const CYCLE_MS = 5 * 60_000;

let classifier: Classifier | undefined;
export function sampleClassifier(): Classifier {
  classifier ??= loadDefaultClassifier();
  return classifier;
}

export interface ScenarioFeeds {
  feeds: FeedConfig[];
  source: FakeFeedSource;
}

/**
 * Feeds that between them carry the sample's items: `feedOf[i]` is the feed that carries item i,
 * and a feed may also repeat an item another carries (as outlets syndicating one story do).
 */
export function scenarioFeeds(
  feedOf: readonly number[],
  repeats: readonly number[][] = [],
): ScenarioFeeds {
  const count = Math.max(0, ...feedOf, ...repeats.map(([feed]) => feed ?? 0)) + 1;
  const items: string[][] = Array.from({ length: count }, () => []);
  SAMPLE_ITEMS.forEach((item, index) => items[feedOf[index] ?? 0]?.push(item));
  for (const [feed, item] of repeats) {
    const entry = SAMPLE_ITEMS[item ?? 0];
    if (feed !== undefined && entry !== undefined) items[feed]?.push(entry);
  }
  const source = new FakeFeedSource();
  const feeds = items.map((entries, index) => {
    const feed: FeedConfig = {
      id: `outlet-${index + 1}`,
      url: `https://outlet-${index + 1}.example/rss`,
      fetchArticle: false,
    };
    source.serve(feed.url, {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${index + 1}</title>${entries.join('')}</channel></rss>`,
      etag: `"outlet-${index + 1}"`,
    });
    return feed;
  });
  return { feeds, source };
}

export function scenarioDeps(store: Store, notifier: Notifier, clock: Clock): PipelineDeps {
  return { store, notifier, clock, source: new FakeFeedSource(), classifier: sampleClassifier() };
}

export interface StoreSummary {
  incidents: Incident[];
  pending: StoredItem[];
  awaiting: Incident[];
}

/** What the store holds, read through the Store port so it works on every store. */
export async function summarise(store: Store): Promise<StoreSummary> {
  const incidents: Incident[] = [];
  for (const region of SAMPLE_REGIONS)
    incidents.push(...(await store.findIncidents(region, '2000-01-01')));
  return {
    incidents: incidents.sort((a, b) => a.incidentId.localeCompare(b.incidentId)),
    pending: await store.listPendingItems(),
    awaiting: await store.listIncidentsAwaitingAlert(),
  };
}

/** Each incident's reports, by URL path, as a sorted list of sorted groups: who went with whom. */
export function grouping(incidents: readonly Incident[]): string[][] {
  return incidents
    .map((incident) =>
      incident.sources.map((source) => new URL(source.url ?? 'https://x.invalid/').pathname).sort(),
    )
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** How many times each incident version was published: "incidentId v2" → count. */
export function publishCounts(alerts: readonly Alert[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const alert of alerts) {
    const key = alertKey(alert.incidentId, alert.version);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function alertKey(incidentId: string, version: number): string {
  return `${incidentId} v${version}`;
}
