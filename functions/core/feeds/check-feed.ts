// One feed through the production path (fetch, decode, parse) with the outcome reported rather
// than thrown: what `check-feed` prints and what the corpus benchmark counts.
import type { FeedSource } from '../ports.js';
import { decodeDocument } from '../text/decode-document.js';
import { parseFeed, type FeedFormat, type ParsedFeed } from './parse-feed.js';

export interface FeedCheck {
  /** The URL or path as given. */
  source: string;
  ok: boolean;
  format: FeedFormat | null;
  /** The encoding the document was decoded with; null when it was never fetched. */
  encoding: string | null;
  items: number;
  /** The first three item titles, decoded. */
  titles: (string | null)[];
  /** One line naming the stage and what was wrong; null when the feed parsed. */
  error: string | null;
  /**
   * The failure was a fault of this code (a TypeError, RangeError or ReferenceError anywhere in
   * the error's causes, or a thrown non-Error), not a problem of the feed.
   */
  crashed: boolean;
  /** The whole parse, for callers that compare items. */
  parsed?: ParsedFeed;
}

export interface CheckFeedOptions {
  /** Read the document as if it had been served with this Content-Type header. */
  contentType?: string;
}

const TITLES_SHOWN = 3;

/** A check of `source` that found nothing (yet): what a failure reports. */
export function failedCheck(source: string, error: string | null, crashed: boolean): FeedCheck {
  return { source, ok: false, format: null, encoding: null, items: 0, titles: [], error, crashed };
}

export async function checkFeed(
  source: FeedSource,
  location: string,
  options: CheckFeedOptions = {},
): Promise<FeedCheck> {
  const feed = { id: 'check-feed', url: location, fetchArticle: false };
  const check = failedCheck(location, null, false);
  let stage = 'fetch';
  try {
    const fetched = await source.fetchFeed(feed, {});
    // A check never sends validators, so a server has no reason to answer 304.
    if (fetched.status === 'not-modified') throw new Error('HTTP 304 Not Modified');
    stage = 'decode';
    const decoded = decodeDocument(fetched.body, options.contentType ?? fetched.contentType);
    check.encoding = decoded.encoding;
    stage = 'parse';
    const readFrom = /^https?:/i.test(fetched.finalUrl) ? fetched.finalUrl : location;
    const parsed = await parseFeed(decoded.text, { ...feed, url: readFrom });
    check.ok = true;
    check.format = parsed.format;
    check.items = parsed.items.length;
    check.titles = parsed.items.slice(0, TITLES_SHOWN).map((item) => item.title);
    check.parsed = parsed;
  } catch (error) {
    check.crashed = isCrash(error);
    check.error = `${stage}: ${oneLine(error)}`;
  }
  return check;
}

/** Faults of the code rather than of the input: the benchmark's crash count. */
export function isCrash(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  for (let current: unknown = error, depth = 0; depth < 8; depth += 1) {
    if (
      current instanceof TypeError ||
      current instanceof RangeError ||
      current instanceof ReferenceError
    ) {
      return true;
    }
    if (!(current instanceof Error) || current.cause === undefined) return false;
    current = current.cause;
  }
  return false;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = isCrash(error) && error instanceof Error ? `${error.name}: ` : '';
  return `${prefix}${message}`.replace(/\s*\n\s*/g, ' ').trim();
}
