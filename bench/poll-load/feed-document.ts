// The document each planned feed serves: RSS or Atom with invented items for a healthy feed, an
// unclosed element or an HTML page for the broken ones that answer 200.
import type { PlannedFeed } from './feed-plan.js';
import { type InventedStory, unrelatedStory, violationReport } from './invented-news.js';
import { seededRandom } from './seeded-random.js';

export interface FeedDocument {
  body: string;
  contentType: string;
  /** Validators of a healthy feed; the broken ones send none. */
  etag?: string;
  lastModified?: string;
  /** Entries in the document, and how many of them report a ceasefire violation. */
  items: number;
  violationReports: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Chance that a feed carries one violation report, and that it carries a second one. */
const ONE_REPORT = 0.35;
const TWO_REPORTS = 0.05;

/** The document of `feed` as served at `now`: the same inputs give the same bytes. */
export function feedDocument(feed: PlannedFeed, now: Date, seed: number): FeedDocument {
  switch (feed.behaviour) {
    case 'valid':
    case 'slow':
      return healthyDocument(feed, now, seed);
    case 'malformed-xml':
      // An unquoted attribute, an HTML habit: no forgiving repair can tell where the value ends.
      return {
        body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${feed.host}</title><item><title>Quoted carelessly</title><link href=https://outlet-${feed.host}.example/${feed.id}/1>read on</link></item></channel></rss>`,
        contentType: 'application/rss+xml; charset=utf-8',
        items: 0,
        violationReports: 0,
      };
    case 'html-page':
      return {
        body: `<!DOCTYPE html><html><head><title>We have moved</title></head><body><h1>We have moved</h1><p>Our news is now on the home page.</p></body></html>`,
        contentType: 'text/html; charset=utf-8',
        items: 0,
        violationReports: 0,
      };
    default:
      // Answered by the server without a body: a status, a reset or silence.
      return { body: '', contentType: 'text/plain', items: 0, violationReports: 0 };
  }
}

interface DatedStory extends InventedStory {
  link: string;
  published: Date;
}

function healthyDocument(feed: PlannedFeed, now: Date, seed: number): FeedDocument {
  const random = seededRandom(seed ^ Math.imul(feed.index + 1, 0x9e3779b1));
  const roll = random.next();
  const reports = roll < TWO_REPORTS ? 2 : roll < TWO_REPORTS + ONE_REPORT ? 1 : 0;
  const eventDay = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS);
  const site = `https://outlet-${feed.host}.example`;
  const stories: DatedStory[] = [];
  for (let position = 0; position < feed.itemCount; position += 1) {
    const story = position < reports ? violationReport(random, eventDay) : unrelatedStory(random);
    stories.push({
      ...story,
      link: `${site}/${feed.id}/story-${position + 1}`,
      // Newest first, as feeds list them; the reports come after the event day began.
      published: new Date(
        now.getTime() - (position + 1) * HOUR_MS + random.intBetween(0, 50) * 60_000,
      ),
    });
  }
  const lastModified = new Date(now.getTime() - 5 * 60_000).toUTCString();
  const body =
    feed.format === 'atom'
      ? atomDocument(feed, site, stories)
      : rssDocument(feed, site, stories, lastModified);
  return {
    body,
    contentType:
      feed.format === 'atom'
        ? 'application/atom+xml; charset=utf-8'
        : 'application/rss+xml; charset=utf-8',
    etag: `"${feed.id}-${random.intBetween(100_000, 999_999)}"`,
    lastModified,
    items: stories.length,
    violationReports: reports,
  };
}

function rssDocument(
  feed: PlannedFeed,
  site: string,
  stories: DatedStory[],
  lastModified: string,
): string {
  const items = stories.map(
    (story) =>
      `<item><title>${escapeXml(story.title)}</title><link>${story.link}</link>` +
      `<guid isPermaLink="true">${story.link}</guid><pubDate>${story.published.toUTCString()}</pubDate>` +
      `<description><![CDATA[${paragraphsHtml(story)}]]></description></item>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>` +
    `<title>Outlet ${feed.host}: ${feed.id}</title><link>${site}/</link>` +
    `<description>Invented stories for a load test</description><lastBuildDate>${lastModified}</lastBuildDate>` +
    `${items.join('\n')}</channel></rss>\n`
  );
}

function atomDocument(feed: PlannedFeed, site: string, stories: DatedStory[]): string {
  const updated = stories[0]?.published.toISOString() ?? new Date(0).toISOString();
  const entries = stories.map(
    (story) =>
      `<entry><title>${escapeXml(story.title)}</title><link href="${story.link}"/>` +
      `<id>${story.link}</id><updated>${story.published.toISOString()}</updated>` +
      `<content type="html">${escapeXml(paragraphsHtml(story))}</content></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<title>Outlet ${feed.host}: ${feed.id}</title><link href="${site}/"/><id>${site}/${feed.id}</id>` +
    `<updated>${updated}</updated>${entries.join('\n')}</feed>\n`
  );
}

function paragraphsHtml(story: InventedStory): string {
  return story.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('');
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
