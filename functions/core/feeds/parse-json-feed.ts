// JSON Feed (https://jsonfeed.org, versions 1 and 1.1) to the same items as RSS and Atom.
import type { FeedConfig, FeedItem } from '../model.js';
import { htmlToText } from '../text/html-to-text.js';
import { repairText } from '../text/repair-text.js';
import { assembleFeedItem } from './assemble-feed-item.js';
import { parseFeedDate } from './feed-date.js';

export interface ParsedJsonFeed {
  title: string | null;
  items: FeedItem[];
  /** Entries with no title, no text and no link. */
  skipped: number;
}

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/;

/**
 * Parses a JSON Feed. Throws `not a valid JSON Feed: …` for JSON that does not parse (a truncated
 * download) or lacks the feed's shape, and `not a feed: …` for JSON that is something else.
 */
export function parseJsonFeed(text: string, feed: FeedConfig): ParsedJsonFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a valid JSON Feed: the JSON does not parse (${reason})`, {
      cause: error,
    });
  }
  if (!isRecord(document)) {
    throw new Error('not a feed: the document is JSON but not an object');
  }
  const version = document.version;
  if (typeof version !== 'string' || !JSON_FEED_VERSION.test(version.trim())) {
    const found = typeof version === 'string' ? `"${version.slice(0, 60)}"` : 'none';
    throw new Error(
      `not a feed: JSON without a JSON Feed version (expected "https://jsonfeed.org/version/1.1", found ${found})`,
    );
  }
  if (!Array.isArray(document.items)) {
    throw new Error('not a valid JSON Feed: field "items" is not an array');
  }
  const documentUrl = /^https?:\/\//i.test(feed.url)
    ? feed.url
    : stringField(document, 'home_page_url');
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const entry of document.items as unknown[]) {
    const item = isRecord(entry) ? normaliseEntry(entry, feed, documentUrl) : undefined;
    if (item) items.push(item);
    else skipped += 1;
  }
  return { title: plainTitle(stringField(document, 'title')), items, skipped };
}

function normaliseEntry(
  entry: Record<string, unknown>,
  feed: FeedConfig,
  base: string | undefined,
): FeedItem | undefined {
  const title = plainTitle(stringField(entry, 'title'));
  const guid = stringField(entry, 'id') ?? numberField(entry, 'id');
  const published = [stringField(entry, 'date_published'), stringField(entry, 'date_modified')]
    .map((date) => (date === undefined ? undefined : parseFeedDate(date)))
    .find((date) => date !== undefined);
  return assembleFeedItem({
    feedId: feed.id,
    title,
    guid,
    links: [stringField(entry, 'url'), stringField(entry, 'external_url')],
    base,
    text: repairText(longestText(entry)),
    published,
  });
}

function longestText(entry: Record<string, unknown>): string {
  const candidates = [
    stringField(entry, 'content_html'),
    stringField(entry, 'content_text'),
    stringField(entry, 'summary'),
  ];
  let longest = '';
  for (const candidate of candidates) {
    if (candidate === undefined || candidate.trim() === '') continue;
    const text = htmlToText(candidate);
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

function plainTitle(value: string | undefined): string | null {
  if (value === undefined) return null;
  const title = repairText(htmlToText(value).replace(/\s*\n+\s*/g, ' ')).trim();
  return title === '' ? null : title;
}

function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}

/** JSON Feed ids are strings, but some publishers write numbers. */
function numberField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
