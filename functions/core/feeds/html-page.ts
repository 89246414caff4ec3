// An HTML page where a feed was expected: a moved feed, a login wall, a maintenance page, all
// served with status 200. Its title is usually the quickest way to tell which.
import { htmlToText } from '../text/html-to-text.js';

const TITLE_SHOWN = 80;

/** `not a feed: got an HTML page (title "…")`, or `(no title)`. */
export function describeHtmlPage(html: string): string {
  const raw = /<title\b[^>]*>([\s\S]{0,2000}?)<\/title\s*>/i.exec(html)?.[1];
  const title = raw === undefined ? '' : htmlToText(raw).replace(/\s+/g, ' ').trim();
  if (title === '') return 'not a feed: got an HTML page (no title)';
  const shown = title.length > TITLE_SHOWN ? `${title.slice(0, TITLE_SHOWN - 1)}…` : title;
  return `not a feed: got an HTML page (title "${shown}")`;
}

/**
 * A whole Atom or RSS document written inside a page, as some blog templates do; undefined when
 * there is none. Escaped feed source shown on a page (`&lt;rss`) does not count.
 */
export function embeddedFeed(html: string): string | undefined {
  const atom = /<feed\s[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["'][^>]*>/i.exec(
    html,
  );
  if (atom) return closedElement(html, atom.index, '</feed>');
  const rss = /<rss[\s>]/i.exec(html);
  if (rss) return closedElement(html, rss.index, '</rss>');
  return undefined;
}

function closedElement(html: string, start: number, closing: string): string | undefined {
  const end = html.toLowerCase().lastIndexOf(closing);
  return end > start ? html.slice(start, end + closing.length) : undefined;
}
