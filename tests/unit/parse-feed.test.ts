import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  parseFeed,
  parseFeedDate,
  type ParsedFeed,
} from '../../functions/core/feeds/parse-feed.js';
import type { FeedConfig } from '../../functions/core/model.js';
import { decodeDocument } from '../../functions/core/text/decode-document.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  name: string;
  /** The fixture is kept as UTF-8 text; the test turns it into these bytes, as a server would send. */
  encodeAs?: string;
  contentType?: string;
}

const GOLDEN_CASES: GoldenCase[] = [
  { name: 'rss2-content-encoded' },
  { name: 'atom' },
  { name: 'rdf' },
  { name: 'windows-1251', encodeAs: 'windows-1251' },
  { name: 'no-guids' },
  { name: 'relative-links' },
  { name: 'stray-ampersands' },
  { name: 'prefixed-atom' },
];

function feedConfig(name: string): FeedConfig {
  return { id: name, url: `https://news.example.org/feeds/${name}.xml`, fetchArticle: false };
}

async function parseFixture(testCase: GoldenCase) {
  const source = readFileSync(`${FIXTURES}${testCase.name}.xml`);
  const bytes = testCase.encodeAs
    ? iconv.encode(source.toString('utf8'), testCase.encodeAs)
    : source;
  const { text, encoding } = decodeDocument(bytes, testCase.contentType);
  return { encoding, feed: await parseFeed(text, feedConfig(testCase.name)) };
}

describe('parseFeed golden files', () => {
  it.each(GOLDEN_CASES)('$name matches its expected output', async (testCase) => {
    const actual = await parseFixture(testCase);
    const expectedPath = `${FIXTURES}${testCase.name}.expected.json`;
    if (UPDATE_GOLDEN) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(expectedPath)) {
      throw new Error(
        `${expectedPath} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/unit/parse-feed.test.ts`,
      );
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

// The golden files pin the whole output; these name the behaviour each one is there to show.
describe('parseFeed behaviour', () => {
  it('prefers content:encoded over a shorter description, with paragraphs and no script', async () => {
    const { feed } = await parseFixture({ name: 'rss2-content-encoded' });
    const first = feed.items[0];
    expect(first?.text.split('\n\n')).toHaveLength(4);
    expect(first?.text).toContain('Two civilians were killed');
    expect(first?.text).toContain('“as soon as it is safe”');
    expect(first?.text).not.toContain('trackRead');
  });

  it('decodes entities, strips markup from titles and repairs mojibake', async () => {
    const { feed } = await parseFixture({ name: 'rss2-content-encoded' });
    expect(feed.title).toBe('Valley Herald – Conflict desk');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Shelling breaks truce near Dorvik & Marren',
      'Commission’s patrol reports “calm night” in the south',
      'Negotiators to meet again—but not before April',
      'Audio briefing: week in review',
    ]);
    expect(feed.items[2]?.text).toBe(
      'The mediator’s office said the next round would take place in Selna. “We remain hopeful,” a spokesperson said.',
    );
  });

  it('skips entries with no title, text or link, and counts them', async () => {
    const { feed } = await parseFixture({ name: 'rss2-content-encoded' });
    expect(feed.items).toHaveLength(4);
    expect(feed.skipped).toBe(1);
  });

  it('reads dates with zones as UTC instants and leaves unparseable ones out', async () => {
    const { feed } = await parseFixture({ name: 'rss2-content-encoded' });
    expect(feed.items.map((item) => item.published)).toEqual([
      '2025-03-14T06:40:00.000Z',
      '2025-03-13T19:05:00.000Z',
      '2025-03-12T15:00:00.000Z',
      undefined,
    ]);
  });

  it('resolves Atom links against xml:base and drops the fragment', async () => {
    const { feed } = await parseFixture({ name: 'atom' });
    expect(feed.format).toBe('atom');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://monitor.example.net/updates/2025/03/kesselberg-depot',
      'https://monitor.example.net/archive/week-10.html',
      undefined,
    ]);
    expect(feed.items[1]?.text).toBe(
      'Monitors logged 14 incidents during the week.\n\nMost were small-arms fire near Ostrel.',
    );
    expect(feed.items[1]?.published).toBe('2025-03-09T18:00:00.000Z');
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const { feed } = await parseFixture({ name: 'rdf' });
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((item) => item.published)).toEqual([
      '2025-03-13T20:30:00.000Z',
      '2025-03-13T00:00:00.000Z',
    ]);
    expect(feed.items[1]?.text).toContain('first delivery since the truce began');
  });

  it('decodes a windows-1251 feed whose bytes were never UTF-8', async () => {
    const { encoding, feed } = await parseFixture({
      name: 'windows-1251',
      encodeAs: 'windows-1251',
    });
    expect(encoding).toBe('windows-1251');
    expect(feed.title).toBe('Вести Приречья');
    expect(feed.items[0]?.text).toContain('«грубым нарушением»');
  });

  it('resolves relative links against the feed URL and removes tracking parameters', async () => {
    const { feed } = await parseFixture({ name: 'relative-links' });
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://news.example.org/world/2025/03/14/sniper-tal?id=77',
      'https://news.example.org/world/2025/03/13/figures?page=2',
      'https://www.border-times.example/photos/life-along-the-line?a=1&b=2',
      'https://live.border-times.example/truce-extension',
      undefined,
    ]);
  });

  it('gives items without guid or link an id from their content, stable across parses', async () => {
    const first = await parseFixture({ name: 'no-guids' });
    const second = await parseFixture({ name: 'no-guids' });
    const ids = first.feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(3);
    expect(second.feed.items.map((item) => item.id)).toEqual(ids);
    expect(first.feed.items[0]?.url).toBe('http://bulletin.example.com/news/curfew-lifted');
  });

  it('recovers from bare ampersands and HTML entities that XML does not define', async () => {
    const { feed } = await parseFixture({ name: 'stray-ampersands' });
    expect(feed.title).toBe('Harbour & Hills Daily');
    expect(feed.items[0]?.title).toBe('Talks resume — with conditions');
    expect(feed.items[0]?.url).toBe('https://hh-daily.example.com/story?id=5&page=2');
    expect(feed.items[0]?.text).toBe(
      'Delegations met in Selna & agreed to resume talks on Monday… © HH Daily',
    );
  });

  it('reads Atom whose elements carry a namespace prefix', async () => {
    const { feed } = await parseFixture({ name: 'prefixed-atom' });
    expect(feed.format).toBe('atom');
    expect(feed.items[0]?.title).toBe('Evacuation corridor opened at Brenna');
  });

  it('gives the same article the same id whichever feed it came through', async () => {
    const xml = (link: string) =>
      `<rss version="2.0"><channel><title>t</title><item><title>Same story</title><link>${link}</link></item></channel></rss>`;
    const a = await parseFeed(xml('https://x.example/story?utm_source=a'), feedConfig('a'));
    const b = await parseFeed(xml('https://X.example/story#top'), feedConfig('b'));
    expect(a.items[0]?.id).toBe(b.items[0]?.id);
  });
});

describe('parseFeed with markup left unescaped', () => {
  it('keeps the words of child elements in order', async () => {
    const xml =
      '<rss version="2.0"><channel><title>t</title><item><title>Shelling <em>resumes</em> at dawn</title>' +
      '<description><p>Monitors counted <b>twelve</b> craters near <a href="/x">the school</a>.</p><p>Nobody was hurt.</p></description>' +
      '</item></channel></rss>';
    const { items } = await parseFeed(xml, feedConfig('markup'));
    expect(items[0]?.title).toBe('Shelling resumes at dawn');
    expect(items[0]?.text).toBe(
      'Monitors counted twelve craters near the school.\n\nNobody was hurt.',
    );
  });
});

describe('parseFeed with entities escaped twice or stripped of their "&"', () => {
  it('reads them as the characters they stand for', async () => {
    const xml =
      '<rss version="2.0"><channel><title>t</title><item><title>Army&amp;#039;s statement on the truce</title>' +
      '<description>The cabinet decided quot;to withdraw from the ceasefire agreementquot; on Wednesday.</description>' +
      '</item></channel></rss>';
    const { items } = await parseFeed(xml, feedConfig('entities'));
    expect(items[0]?.title).toBe("Army's statement on the truce");
    expect(items[0]?.text).toBe(
      'The cabinet decided "to withdraw from the ceasefire agreement" on Wednesday.',
    );
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 14 Mar 2025 06:40:00 GMT', '2025-03-14T06:40:00.000Z'],
    ['14 Mar 2025 06:40:00 +0200', '2025-03-14T04:40:00.000Z'],
    ['Fri,14 Mar 2025 06:40 EST', '2025-03-14T11:40:00.000Z'],
    ['Fri, 14 Mar 25 06:40:00 UT', '2025-03-14T06:40:00.000Z'],
    ['Fri, 14 Mar 2025 06:40:00 BST', '2025-03-14T05:40:00.000Z'],
    ['Fri, 14 Mar 2025 06:40:00', '2025-03-14T06:40:00.000Z'],
    ['Friday, March 14, 2025 06:40 PM', '2025-03-14T18:40:00.000Z'],
    ['2025-03-14T06:40:00+02:00', '2025-03-14T04:40:00.000Z'],
    ['2025-03-14T06:40:00.250Z', '2025-03-14T06:40:00.250Z'],
    ['2025-03-14 06:40:00', '2025-03-14T06:40:00.000Z'],
    ['2025/3/14 6:40:00', '2025-03-14T06:40:00.000Z'],
    ['14.03.2025 06:40', '2025-03-14T06:40:00.000Z'],
    ['2025-03-14', '2025-03-14T00:00:00.000Z'],
    ['1741934400', '2025-03-14T06:40:00.000Z'],
  ])('%s → %s, whatever the machine time zone', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each([[''], ['soon'], ['Sex, 14 Mar 2025 25:99:00 GMT'], ['Mon, 01 Jan 1900 00:00:00 GMT']])(
    'gives undefined for %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined();
    },
  );
});

describe('parseFeed errors', () => {
  const feed = feedConfig('errors');

  it.each([
    [
      'an HTML page with a doctype',
      '<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>',
    ],
    ['an HTML page without a doctype', '\n<html lang="en"><body><p>Moved</p></body></html>'],
    ['an HTML fragment of a page', '<head><title>Document Moved</title></head><body>Gone</body>'],
  ])('refuses %s', async (_label, text) => {
    await expect(parseFeed(text, feed)).rejects.toThrow(/^not a feed: got an HTML page \(/);
  });

  it('names the HTML page by its title', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>Sign in &ndash; Valley Herald</title></head></html>';
    await expect(parseFeed(page, feed)).rejects.toThrow(
      'not a feed: got an HTML page (title "Sign in – Valley Herald")',
    );
  });

  it('says when the HTML page has no title', async () => {
    await expect(parseFeed('<html><body>Gone</body></html>', feed)).rejects.toThrow(
      'not a feed: got an HTML page (no title)',
    );
  });

  it.each([[''], ['   \n\t'], ['\uFEFF']])('reports an empty body (%j)', async (text) => {
    await expect(parseFeed(text, feed)).rejects.toThrow(/^empty response$/);
  });

  it('reports where broken XML breaks', async () => {
    const broken =
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<item><link href=https://a.example/1>x</link></item>\n</channel></rss>';
    await expect(parseFeed(broken, feed)).rejects.toThrow(
      'not a valid RSS/Atom feed: unquoted attribute value at line 5',
    );
  });

  it('reports a feed cut off inside its first item: there is nothing to keep', async () => {
    const truncated = '<rss version="2.0"><channel><title>t</title><item><title>cut off';
    await expect(parseFeed(truncated, feed)).rejects.toThrow(
      /^not a valid RSS\/Atom feed: unclosed root tag at line 1/,
    );
  });

  it.each([
    [
      'an unknown root element',
      '<note><to>x</to></note>',
      'the root element is <note>, expected <rss>, <feed> or <rdf:RDF>',
    ],
    [
      'plain text',
      'Service temporarily unavailable',
      'the response is not XML (it starts with "Service temporarily unavailable")',
    ],
  ])('names the problem with %s', async (_label, text, reason) => {
    await expect(parseFeed(text, feed)).rejects.toThrow(`not a valid RSS/Atom feed: ${reason}`);
  });

  it('says so when the server sent JSON that is not a JSON Feed', async () => {
    await expect(parseFeed('{"rss": {"channel": {}}}', feed)).rejects.toThrow(
      /^not a feed: JSON without a JSON Feed version/,
    );
  });

  it('reads RSS without a channel as the empty feed it is', async () => {
    const parsed = await parseFeed('<rss version="2.0"></rss>', feed);
    expect(parsed).toMatchObject({ format: 'rss', items: [], title: null });
  });

  it.each([
    [
      'an Atom link without attributes',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><link>https://a.example/1</link></entry></feed>',
    ],
    [
      'an Atom entry with an impossible date',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><published>yesterday</published></entry></feed>',
    ],
    ['an empty channel', '<rss version="2.0"><channel/></rss>'],
    ['an item that is an empty element', '<rss version="2.0"><channel><item/></channel></rss>'],
    [
      'elements where text was expected',
      '<rss version="2.0"><channel><item><title><b>x</b></title><link><a href="https://a.example/2"/></link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><p>y</p></content:encoded></item></channel></rss>',
    ],
    ['an Atom feed with no entries', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'],
  ])('never lets a TypeError escape on %s', async (_label, text) => {
    const outcome: ParsedFeed | Error = await parseFeed(text, feed).catch((error: Error) => error);
    if (outcome instanceof Error) {
      expect(outcome.constructor).toBe(Error);
      expect(outcome.message).toMatch(/^not a valid RSS\/Atom feed: /);
    } else {
      expect(outcome.items.length + outcome.skipped).toBeLessThanOrEqual(1);
    }
  });
});
