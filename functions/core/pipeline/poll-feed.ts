import { needsFullText } from '../feeds/needs-full-text.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { reportLead } from '../incidents/report-lead.js';
import type { FeedConfig, FeedItem, FeedState } from '../model.js';
import { type FeedSource, RetryLaterError, type Store, type StoredItem } from '../ports.js';
import { decodeDocument } from '../text/decode-document.js';
import { extractArticle } from '../text/extract-article.js';
import type { FeedOutcome } from './cycle-report.js';
import { MAX_RETRY_AFTER_MS } from './feed-schedule.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { isBacklogReport } from './report-age.js';

/** For the caller that schedules many polls. */
export interface PollOptions {
  /**
   * Called once the feed's document is read in full and the request to its host is over; the
   * poll goes on (decode, parse, classify, record) when this resolves.
   */
  afterFetch?(): Promise<void>;
}

/**
 * One feed, one poll: conditional fetch, decode, parse, classify what is new and record it.
 * Never throws: whatever goes wrong becomes a `failed` outcome naming the stage, so the other feeds go on.
 * Validators are saved only after every new item is recorded, so a crash mid-way means the next poll
 * fetches the feed in full again and nothing is lost. A 304 on a healthy feed writes nothing at
 * all: its state has nothing new to say, and a feed whose last poll time is older is simply due
 * again at the next round, which is the interval anyway.
 */
export async function pollFeed(
  feed: FeedConfig,
  deps: PipelineDeps,
  options: PollOptions = {},
): Promise<FeedOutcome> {
  const { store, clock } = deps;
  const started = clock.now();
  const elapsed = (): number => clock.now().getTime() - started.getTime();
  let stored: FeedState | undefined;
  try {
    stored = await store.getFeedState(feed.id);
  } catch (error) {
    // Without the stored state a failure would overwrite its validators and failure count: the
    // feed is left as it is and polled again next round.
    return {
      feed,
      status: 'failed',
      error: describeFailure('store', error),
      durationMs: elapsed(),
    };
  }
  const previous: FeedState = stored ?? { feedId: feed.id, url: feed.url, consecutiveFailures: 0 };
  const polledAt = started.toISOString();

  let stage = 'fetch';
  try {
    const fetched = await deps.source.fetchFeed(feed, {
      etag: previous.etag,
      lastModified: previous.lastModified,
    });
    if (fetched.status === 'not-modified') {
      if (stored === undefined || !isSettled(stored, feed)) {
        stage = 'store';
        await store.putFeedState({
          ...withoutTrouble(previous),
          url: feed.url,
          lastPolledAt: polledAt,
        });
      }
      return { feed, status: 'not-modified', durationMs: elapsed() };
    }
    await options.afterFetch?.();
    // Only the validators and the counts are kept past the parse, not the body or the items: the
    // store writes that follow take a while, and those would wait with them.
    const { validators } = fetched;

    stage = 'parse';
    const { text } = decodeDocument(fetched.body, fetched.contentType);
    // Relative links resolve against where the feed was finally read, after any redirect.
    const readFrom = /^https?:/i.test(fetched.finalUrl) ? fetched.finalUrl : feed.url;
    const { items } = await parseFeed(text, { ...feed, url: readFrom });
    const itemCount = items.length;

    stage = 'store';
    const fresh = await unseenItems(items, store);
    const newItems = fresh.length;
    const articleFailures: string[] = [];
    let backlog = 0;
    // Written once the feed is read: violations each on its own condition, the items with nothing
    // left to do many to a request, all at once.
    const reports: StoredItem[] = [];
    const settled: StoredItem[] = [];
    for (const item of fresh) {
      stage = 'classify';
      // Classifying is the longest stretch of a poll without I/O: a turn of the event loop between
      // items lets the answers other feeds are waiting for come in meanwhile.
      await nextTurn();
      const readable = await withFullText(item, feed, deps.source, articleFailures);
      const verdict = deps.classifier.classify({
        title: readable.title,
        text: readable.text,
        published: readable.published,
      });
      const isBacklog =
        verdict.label === 'violation' &&
        isBacklogReport(item.published, verdict, started, feed.maxReportAgeMs);
      const isViolation = verdict.label === 'violation' && !isBacklog;
      const record: StoredItem = {
        itemId: item.id,
        feedId: feed.id,
        url: item.url,
        title: readable.title,
        published: item.published,
        recordedAt: clock.now().toISOString(),
        verdict,
        pending: isViolation,
        lead: isViolation ? reportLead(readable.text, readable.title) : undefined,
        ...(isBacklog && { backlog: true }),
      };
      if (isViolation) reports.push(record);
      else settled.push(record);
      if (isBacklog) backlog += 1;
    }
    stage = 'store';
    const [recorded] = await Promise.all([
      Promise.all(reports.map((report) => store.recordItem(report))),
      store.recordSettledItems(settled),
    ]);
    // A report another run recorded first is its to count.
    const violations = recorded.filter(Boolean).length;

    await store.putFeedState({
      feedId: feed.id,
      url: feed.url,
      etag: validators.etag,
      lastModified: validators.lastModified,
      lastPolledAt: polledAt,
      lastOkAt: polledAt,
      consecutiveFailures: 0,
    });
    return {
      feed,
      status: 'ok',
      items: itemCount,
      newItems,
      violations,
      backlog,
      articleFailures,
      durationMs: elapsed(),
    };
  } catch (error) {
    const reason = describeFailure(stage, error);
    const retryNotBefore = retryTime(error, started);
    await safely(() =>
      store.putFeedState({
        ...withoutTrouble(previous),
        url: feed.url,
        lastPolledAt: polledAt,
        consecutiveFailures: previous.consecutiveFailures + 1,
        lastError: reason,
        ...(retryNotBefore !== undefined && { retryNotBefore }),
      }),
    );
    return { feed, status: 'failed', error: reason, durationMs: elapsed() };
  }
}

/** Items of this fetch not recorded before, each once even when the feed repeats an entry. */
async function unseenItems(items: readonly FeedItem[], store: Store): Promise<FeedItem[]> {
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const known = await store.knownItemIds(unique.map((item) => item.id));
  return unique.filter((item) => !known.has(item.id));
}

/**
 * Swaps a snippet for the article's main text when the feed asks for it. A page that cannot be fetched
 * is not a reason to drop the item: it is classified on what the feed gave, and the failure reported.
 */
async function withFullText(
  item: FeedItem,
  feed: FeedConfig,
  source: FeedSource,
  failures: string[],
): Promise<FeedItem> {
  if (!feed.fetchArticle || item.url === undefined || !needsFullText(item)) return item;
  try {
    const page = await source.fetchArticle(item.url);
    const { text } = decodeDocument(page.body, page.contentType);
    const article = extractArticle(text, page.finalUrl);
    if (article.text.length <= item.text.length) return item;
    return { ...item, title: item.title ?? article.title, text: article.text };
  } catch (error) {
    const message = errorMessage(error);
    // HTTP errors already begin "fetch <url>:"; others are named here.
    failures.push(message.startsWith('fetch ') ? message : `${item.url}: ${message}`);
    return item;
  }
}

/** A state a 304 leaves as it is: no failure to clear, no server wait to forget, same URL. */
function isSettled(state: FeedState, feed: FeedConfig): boolean {
  return (
    state.consecutiveFailures === 0 &&
    state.lastError === undefined &&
    state.retryNotBefore === undefined &&
    state.url === feed.url
  );
}

/** The state without what a failure recorded: the poll that is being saved answered otherwise. */
function withoutTrouble(state: FeedState): FeedState {
  const { lastError: _lastError, retryNotBefore: _retryNotBefore, ...rest } = state;
  return { ...rest, consecutiveFailures: 0 };
}

/** "fetch: HTTP 404 Not Found", without saying "fetch" twice when the source's error already does. */
function describeFailure(stage: string, error: unknown): string {
  const message = errorMessage(error);
  return message.startsWith(`${stage} `) ? message : `${stage}: ${message}`;
}

/**
 * When the server asked to be polled again, from a Retry-After it sent with a 429 or 503. Capped
 * here as in the scheduler, so a hostile header stores no date a year away.
 */
function retryTime(error: unknown, polledAt: Date): string | undefined {
  if (!(error instanceof RetryLaterError)) return undefined;
  const waitMs = Math.min(Math.max(0, error.retryAfterMs), MAX_RETRY_AFTER_MS);
  return new Date(polledAt.getTime() + waitMs).toISOString();
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function safely<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch {
    return undefined;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
