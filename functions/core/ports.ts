// The pipeline's only ways to reach the world. Adapters implement these for AWS and for local runs.
import type { Alert, FeedConfig, FeedState, FeedValidators, Incident, Verdict } from './model.js';

export interface Clock {
  now(): Date;
}

/** Raw bytes as fetched: decoding is the core's job, so every source decodes the same way. */
export interface FetchedDocument {
  body: Uint8Array;
  /** The Content-Type header, when there was one: it may carry the charset. */
  contentType?: string;
  /** Where the document was finally read from, after redirects. */
  finalUrl: string;
}

export type FeedFetchResult =
  { status: 'not-modified' } | ({ status: 'ok'; validators: FeedValidators } & FetchedDocument);

export interface FeedSource {
  /**
   * Fetches a feed, conditionally when validators are given. Throws an Error whose message says
   * what went wrong (timeout, HTTP status, size limit, …); the caller adds the feed's name.
   */
  fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult>;
  /** Fetches an article page for its full text. Throws like fetchFeed. */
  fetchArticle(url: string): Promise<FetchedDocument>;
}

/**
 * What a FeedSource throws when the server asked to be left alone for a while (HTTP 429 or 503
 * with Retry-After): the poller keeps the wait in the feed's state and the scheduler honours it.
 */
export class RetryLaterError extends Error {
  /** The wait the server asked for, in ms; 0 when it named a time already past. */
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RetryLaterError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** An item as remembered: enough to finish its processing after a crash, without its full text. */
export interface StoredItem {
  itemId: string;
  feedId: string;
  url?: string;
  title: string | null;
  published?: string;
  recordedAt: string;
  verdict: Verdict;
  /**
   * The start of the text the classifier read, kept for violations only: incident matching
   * compares what the report says about the event beyond its evidence sentences.
   */
  lead?: string;
  /**
   * A violation published before the feed's report-age limit: kept as a record, never folded
   * into an incident nor alerted.
   */
  backlog?: boolean;
  /** True until the item's verdict has been folded into an incident (or needed none). */
  pending: boolean;
  incidentId?: string;
}

export interface Store {
  getFeedState(feedId: string): Promise<FeedState | undefined>;
  putFeedState(state: FeedState): Promise<void>;

  /**
   * Which of these item ids are already recorded. A read before any write, so a poll that finds
   * nothing new costs no conditional writes.
   */
  knownItemIds(itemIds: readonly string[]): Promise<Set<string>>;
  /** Records an item the first time it is seen; false when it was recorded before. */
  recordItem(item: StoredItem): Promise<boolean>;
  /**
   * Records items that need nothing more (no violation to fold), many per request: most of a
   * feed is not news of a violation, and one conditional write per item is most of a poll's
   * cost. Never overwrites a record made by recordItem, so a report another run recorded
   * meanwhile as a violation stays pending; recording a settled item twice changes nothing.
   */
  recordSettledItems(items: readonly StoredItem[]): Promise<void>;
  /** Items recorded but not finished: what an interrupted run left behind. */
  listPendingItems(): Promise<StoredItem[]>;
  markItemDone(itemId: string, incidentId: string | null): Promise<void>;
  /**
   * Takes, or extends, the right to fold pending items into incidents until `leaseUntil`. False
   * while another holder's lease runs: one folder at a time keeps two runs from each opening an
   * incident for two reports of one event.
   */
  claimFoldLease(holder: string, now: string, leaseUntil: string): Promise<boolean>;
  /** Gives the lease up before it runs out, if `holder` still holds it. */
  releaseFoldLease(holder: string): Promise<void>;

  /** Incidents in a region whose event date is on or after `sinceDate` (YYYY-MM-DD). */
  findIncidents(region: string, sinceDate: string): Promise<Incident[]>;
  /**
   * Writes the incident only if the stored one is still at `expectedRevision` (0: must not exist
   * yet). False on a conflict, so the caller re-reads and merges again.
   */
  saveIncident(incident: Incident, expectedRevision: number): Promise<boolean>;
  /** Incidents whose version is ahead of their alerted version. */
  listIncidentsAwaitingAlert(): Promise<Incident[]>;
  /**
   * Takes the right to send the alert for this incident version, until `leaseUntil`. False when the
   * version was already alerted, or another run holds an unexpired claim on it.
   */
  claimAlert(
    incidentId: string,
    version: number,
    now: string,
    leaseUntil: string,
  ): Promise<boolean>;
  /** Records the version as delivered and drops the claim. */
  markAlerted(incidentId: string, version: number): Promise<void>;
  /** Drops a claim after a failed send, so the next run retries at once. */
  releaseAlert(incidentId: string, version: number): Promise<void>;
}

export interface Notifier {
  publish(alert: Alert): Promise<void>;
}
