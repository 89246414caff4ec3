// Item ids decide what counts as "already seen", so they must not change between polls and must
// agree between feeds that carry the same article.
import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url.js';

export interface ItemIdParts {
  url?: string;
  guid?: string;
  title: string | null;
  text: string;
  feedId: string;
}

/** How much of the text identifies an item that has neither URL nor guid. */
const TEXT_PREFIX_CHARS = 500;

/**
 * `i-` and 24 hex characters of a SHA-256 over the canonical URL when there is one (the same
 * article through two feeds gets the same id), else over the feed id and guid, else over the feed
 * id, title and start of the text.
 */
export function itemIdFor(parts: ItemIdParts): string {
  return `i-${createHash('sha256').update(identityKey(parts), 'utf8').digest('hex').slice(0, 24)}`;
}

/** What identifies the item, most stable first; the prefix keeps the three kinds apart. */
function identityKey(parts: ItemIdParts): string {
  const url = parts.url === undefined ? undefined : canonicalUrl(parts.url);
  if (url) return `url\u0000${url}`;
  const guid = parts.guid?.trim();
  if (guid) return `guid\u0000${parts.feedId}\u0000${guid}`;
  const text = parts.text.slice(0, TEXT_PREFIX_CHARS);
  return `text\u0000${parts.feedId}\u0000${parts.title ?? ''}\u0000${text}`;
}
