import type { FeedItem } from '../model.js';
import { canonicalUrl } from './canonical-url.js';
import { itemIdFor } from './item-id.js';

/** What any feed format says of one entry, already decoded and repaired. */
export interface EntryFields {
  feedId: string;
  title: string | null;
  guid?: string;
  /** Candidate links, the preferred first; the first that is an http(s) URL is the item's. */
  links: readonly (string | undefined)[];
  /** What relative links resolve against. */
  base?: string;
  text: string;
  published?: string;
}

/** The entry as a FeedItem; undefined for an entry with no title, no text and no link. */
export function assembleFeedItem(entry: EntryFields): FeedItem | undefined {
  const { feedId, title, guid, text, published } = entry;
  const url = entry.links
    .map((candidate) => (candidate === undefined ? undefined : canonicalUrl(candidate, entry.base)))
    .find((candidate) => candidate !== undefined);
  if (title === null && text === '' && url === undefined) return undefined;
  const item: FeedItem = { id: itemIdFor({ url, guid, title, text, feedId }), feedId, title, text };
  if (url !== undefined) item.url = url;
  if (published !== undefined) item.published = published;
  return item;
}
