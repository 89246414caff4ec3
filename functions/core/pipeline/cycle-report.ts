import type { Alert, FeedConfig } from '../model.js';

export type FeedOutcome =
  | {
      feed: FeedConfig;
      status: 'ok';
      items: number;
      newItems: number;
      violations: number;
      /** Violations recorded but not alerted: published before the feed's report-age limit. */
      backlog: number;
      /** Article pages that could not be fetched: those items were classified on the feed's text. */
      articleFailures: string[];
      durationMs: number;
    }
  | { feed: FeedConfig; status: 'not-modified'; durationMs: number }
  | { feed: FeedConfig; status: 'failed'; error: string; durationMs: number };

export interface FoldReport {
  /** Violation items folded into incidents in this cycle (including an earlier run's leftovers). */
  folded: number;
  opened: number;
  grown: number;
  /** Items that could not be folded; they stay pending and are retried next cycle. */
  failures: string[];
}

export interface DeliveryReport {
  sent: Alert[];
  /** Alerts that could not be sent; their incidents stay pending and are retried next cycle. */
  failures: string[];
}

export interface CycleReport {
  feeds: FeedOutcome[];
  fold: FoldReport;
  delivery: DeliveryReport;
}

/** Hooks for progress output; every one is optional. */
export interface CycleEvents {
  feedStarted?(feed: FeedConfig, index: number, total: number): void;
  feedFinished?(outcome: FeedOutcome, finishedCount: number, total: number): void;
  alertSent?(alert: Alert): void;
}
