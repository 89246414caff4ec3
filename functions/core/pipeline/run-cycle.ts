import type { FeedConfig } from '../model.js';
import type { CycleEvents, CycleReport } from './cycle-report.js';
import { deliverPendingAlerts } from './deliver-alerts.js';
import { foldPendingItems } from './fold-into-incidents.js';
import { hostKey, mapWithLimits } from './map-with-limits.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { pollFeed } from './poll-feed.js';
import { Slots } from './slots.js';

export interface CycleOptions {
  /**
   * Feeds fetched at once. Default 32: most of a poll is waiting on the network, and past about 64
   * one core is saturated and healthy feeds start to miss their deadline (npm run bench:poll).
   * As many feeds again, already fetched, may meanwhile be read, classified and recorded: a feed's
   * store writes do not hold up the next feed's request.
   */
  concurrency?: number;
  /** Requests to one host at once: publishers answer 429 to greedier pollers. */
  perHost?: number;
}

/** One poll cycle over every feed: poll → classify → store → incidents → alerts. */
export async function runCycle(
  feeds: readonly FeedConfig[],
  deps: PipelineDeps,
  events: CycleEvents = {},
  options: CycleOptions = {},
): Promise<CycleReport> {
  let finished = 0;
  const concurrency = options.concurrency ?? 32;
  // A fetched feed gives its fetch place up only once it holds one of these: fetched documents
  // never pile up faster than they are recorded.
  const recording = new Slots(concurrency);
  const outcomes = await mapWithLimits(
    feeds,
    { concurrency, perKey: options.perHost ?? 2, keyOf: (feed) => hostKey(feed.url) },
    async (feed, index, release) => {
      events.feedStarted?.(feed, index, feeds.length);
      let recordingPlace = false;
      const afterFetch = async (): Promise<void> => {
        await recording.take();
        recordingPlace = true;
        release();
      };
      try {
        const outcome = await pollFeed(feed, deps, { afterFetch });
        finished += 1;
        events.feedFinished?.(outcome, finished, feeds.length);
        return outcome;
      } finally {
        if (recordingPlace) recording.free();
      }
    },
  );
  const fold = await foldPendingItems(deps);
  const delivery = await deliverPendingAlerts(deps, events.alertSent);
  return { feeds: outcomes, fold, delivery };
}
