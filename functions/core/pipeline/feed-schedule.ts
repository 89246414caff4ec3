import type { FeedConfig, FeedState } from '../model.js';
import type { Store } from '../ports.js';

export interface PollPolicy {
  /** Time between two polls of a healthy feed. */
  intervalMs: number;
  /** Longest wait a failing feed backs off to. Default 24 h. */
  maxBackoffMs?: number;
}

const DAY_MS = 24 * 60 * 60_000;
/**
 * Longest a server's Retry-After may hold a feed back: a hostile or mistaken header must not
 * silence a feed for a year.
 */
export const MAX_RETRY_AFTER_MS = DAY_MS;
/**
 * The dispatcher runs once per interval and a poll starts a little after its dispatch, so a feed
 * polled in the last round is always a few seconds short of a full interval. Without this allowance
 * every feed would be skipped every other round.
 */
const DISPATCH_ALLOWANCE = 0.2;
/**
 * A backoff wait is shortened by up to this fraction: feeds that failed together (one host down)
 * then come back spread out instead of all in the same round.
 */
const JITTER = 0.25;

/**
 * How long after its last poll a feed should be polled again: the interval when it is healthy,
 * interval × 2^failures after consecutive failures, at most `maxBackoffMs`, less a jitter that is
 * fixed for a given feed and poll so every dispatcher round agrees on the same answer.
 */
export function pollWaitMs(state: FeedState, policy: PollPolicy): number {
  const { intervalMs } = policy;
  if (!(intervalMs > 0)) throw new Error(`poll interval must be positive, got ${intervalMs} ms`);
  const failures = Math.max(0, Math.floor(state.consecutiveFailures));
  if (failures === 0) return intervalMs;
  const capMs = Math.max(intervalMs, policy.maxBackoffMs ?? DAY_MS);
  // 2^failures overflows to Infinity long after it passes any cap, so Math.min still holds.
  const backoffMs = Math.min(intervalMs * 2 ** failures, capMs);
  const spread = unitHash(`${state.feedId}\n${state.lastPolledAt ?? ''}`);
  return Math.max(intervalMs, Math.round(backoffMs * (1 - JITTER * spread)));
}

/**
 * Whether the dispatcher should send this feed to be polled now: it was never polled, or its wait
 * (see pollWaitMs) has passed, give or take the allowance for dispatch delays, and the time the
 * server asked for with Retry-After, if any, has come (at most MAX_RETRY_AFTER_MS after the poll).
 *
 * A 304 on a healthy feed leaves its state, last poll time included, untouched: such a feed is
 * due at every round, and rounds come once per interval.
 */
export function isFeedDue(state: FeedState | undefined, now: Date, policy: PollPolicy): boolean {
  if (state?.lastPolledAt === undefined) return true;
  const lastPolled = Date.parse(state.lastPolledAt);
  // A state that cannot be read is better polled (which rewrites it) than skipped forever.
  if (Number.isNaN(lastPolled)) return true;
  const waitMs = pollWaitMs(state, policy);
  const backedOff = now.getTime() - lastPolled >= waitMs - policy.intervalMs * DISPATCH_ALLOWANCE;
  return backedOff && now.getTime() >= retryAllowedAt(state, lastPolled);
}

/** When the server's Retry-After lets the feed be polled again; no earlier than 0. */
function retryAllowedAt(state: FeedState, lastPolled: number): number {
  if (state.retryNotBefore === undefined) return 0;
  const asked = Date.parse(state.retryNotBefore);
  if (Number.isNaN(asked)) return 0;
  return Math.min(asked, lastPolled + MAX_RETRY_AFTER_MS);
}

/**
 * The feeds due now, in their order. A feed whose state cannot be read counts as due: its poll
 * will meet the same store and report the problem.
 */
export async function selectDueFeeds(
  feeds: readonly FeedConfig[],
  store: Pick<Store, 'getFeedState'>,
  now: Date,
  policy: PollPolicy,
): Promise<FeedConfig[]> {
  const due = await Promise.all(
    feeds.map(async (feed) => {
      const state = await store.getFeedState(feed.id).catch(() => undefined);
      return isFeedDue(state, now, policy);
    }),
  );
  return feeds.filter((_feed, index) => due[index]);
}

/** A number in [0, 1) that depends only on the text (FNV-1a). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
