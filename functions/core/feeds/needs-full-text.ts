// Many feeds carry a teaser, not the story: a classifier reading "Shelling resumed near…" misses
// the casualty figures in paragraph four. Such items are worth an article fetch.
import type { FeedItem } from '../model.js';

/** Below this many characters a feed's text is taken for a teaser. */
export const SNIPPET_MAX_CHARS = 500;

/** How teasers end: an ellipsis, "[…]", "Read more", "Continue reading »" and the like. */
const TEASER_ENDING =
  /(\u2026|\.{3}|\[\s*(\u2026|\.{3})\s*\]|\(\s*more\s*(\u2026|\.{3})?\s*\)|\b(read|see) (more|the (full|whole|rest of the) (story|article|post))|\bcontinue reading(\s+\S+){0,6}|\bfull (story|article)|\bmore\s*(»|›|>>))\W*$/i;

/** Teaser endings are short: only the tail of a long text is searched. */
const TAIL_CHARS = 200;

/**
 * True when the item's text looks like a snippet (short, or ending like a teaser) and the item
 * links to an http(s) page to fetch the full text from.
 */
export function needsFullText(item: FeedItem): boolean {
  if (item.url === undefined || !/^https?:\/\//i.test(item.url)) return false;
  const text = item.text.trim();
  return text.length < SNIPPET_MAX_CHARS || TEASER_ENDING.test(text.slice(-TAIL_CHARS));
}
