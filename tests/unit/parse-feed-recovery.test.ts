import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../functions/core/feeds/parse-feed.js';
import type { FeedConfig } from '../../functions/core/model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));
const feed: FeedConfig = {
  id: 'recovery',
  url: 'https://news.example.org/feeds/recovery.xml',
  fetchArticle: false,
};

const item = (n: number): string =>
  `<item><title>Report ${n}</title><link>https://news.example.org/${n}</link></item>`;

describe('parseFeed recovers what a reader would', () => {
  it('maps HTML named entities to characters, and leaves the XML ones to the parser', async () => {
    const parsed = await parseFeed(readFileSync(`${FIXTURES}html-entities.xml`, 'utf8'), feed);
    expect(parsed.title).toBe('Café Desk — Border news');
    expect(parsed.items[0]?.title).toBe('Truce holds in São René valley');
    expect(parsed.items[0]?.text).toBe('Patrols … reported no incidents & no casualties.');
    expect(parsed.items[0]?.url).toBe('https://desk.example.com/a?id=1&section=border');
  });

  it('leaves an unknown entity as written', async () => {
    const xml = `<rss><channel><item><title>Q&amp;A &madeup; day</title></item></channel></rss>`;
    expect((await parseFeed(xml, feed)).items[0]?.title).toBe('Q&A &madeup; day');
  });

  it('keeps the complete items of a truncated feed and drops the cut one', async () => {
    const full = `<rss version="2.0"><channel><title>Cut</title>${item(1)}${item(2)}${item(3)}</channel></rss>`;
    const cut = full.slice(0, full.indexOf('Report 3') + 4);
    const parsed = await parseFeed(cut, feed);
    expect(parsed.items.map((entry) => entry.title)).toEqual(['Report 1', 'Report 2']);
  });

  it.each([
    ['inside a tag', (xml: string) => xml.slice(0, xml.lastIndexOf('</channel>') + 5)],
    ['inside the closing root tag', (xml: string) => xml.slice(0, -1)],
    ['inside an entity', (xml: string) => `${xml.slice(0, xml.lastIndexOf('</item>') + 7)}A &am`],
    [
      'inside a CDATA section',
      (xml: string) => `${xml.slice(0, xml.lastIndexOf('</item>') + 7)}<item><title><![CDATA[half`,
    ],
  ])('recovers a feed cut off %s', async (_label, cutOff) => {
    const full = `<rss version="2.0"><channel>${item(1)}${item(2)}</channel></rss>`;
    const parsed = await parseFeed(cutOff(full), feed);
    expect(parsed.items.map((entry) => entry.title)).toEqual(['Report 1', 'Report 2']);
  });

  it('keeps the items of an Atom feed cut inside an entry', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>One</title></entry><entry><title>Tw`;
    const parsed = await parseFeed(xml, feed);
    expect(parsed.items.map((entry) => entry.title)).toEqual(['One']);
  });

  it('closes an element left open before the items, so the items stay in the channel', async () => {
    const xml = `<rss version="2.0"><channel><category text="News">${item(1)}${item(2)}</channel></rss>`;
    const parsed = await parseFeed(xml, feed);
    expect(parsed.items.map((entry) => entry.title)).toEqual(['Report 1', 'Report 2']);
  });

  it('drops a closing tag that closes nothing', async () => {
    const xml = `<rss version="2.0"><channel>${item(1)}</div></channel></rss>`;
    expect((await parseFeed(xml, feed)).items).toHaveLength(1);
  });

  it('escapes bare ampersands', async () => {
    const xml = `<rss><channel><item><title>Fish & chips</title><link>https://a.example/?a=1&b=2</link></item></channel></rss>`;
    const parsed = await parseFeed(xml, feed);
    expect(parsed.items[0]).toMatchObject({
      title: 'Fish & chips',
      url: 'https://a.example/?a=1&b=2',
    });
  });

  it('ignores a byte order mark left in the text', async () => {
    expect(
      (await parseFeed(`\uFEFF<rss><channel>${item(1)}</channel></rss>`, feed)).items,
    ).toHaveLength(1);
  });

  it('reads a feed a page wraps whole, as some blog templates do', async () => {
    const page = `<!DOCTYPE html><html><body><feed xmlns="http://www.w3.org/2005/Atom"><title>Inner</title><entry><title>Kept</title></entry></feed></body></html>`;
    const parsed = await parseFeed(page, feed);
    expect(parsed).toMatchObject({ format: 'atom', title: 'Inner' });
    expect(parsed.items[0]?.title).toBe('Kept');
  });

  it('still refuses an HTML page that only shows feed source, escaped', async () => {
    const page = `<html><head><title>Our feeds</title></head><body><pre>&lt;rss&gt;&lt;/rss&gt;</pre></body></html>`;
    await expect(parseFeed(page, feed)).rejects.toThrow(
      'not a feed: got an HTML page (title "Our feeds")',
    );
  });
});

describe('parseFeed and DOCTYPEs', () => {
  /** The classic "billion laughs": ten levels of ten references, 10^9 copies once expanded. */
  function billionLaughs(): string {
    const declarations = ['<!ENTITY lol0 "lol">'];
    for (let level = 1; level <= 9; level += 1) {
      declarations.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
    }
    return `<?xml version="1.0"?><!DOCTYPE rss [${declarations.join('')}]><rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>`;
  }

  it('refuses a billion-laughs document without expanding it', async () => {
    await expect(parseFeed(billionLaughs(), feed)).rejects.toThrow(
      /^feed declares XML entities in its DOCTYPE; refused$/,
    );
  });

  it.each([
    ['an external SYSTEM entity', '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'],
    [
      'an external PUBLIC entity',
      '<!DOCTYPE rss [<!ENTITY remote PUBLIC "-//X//Y" "http://127.0.0.1:9/x">]>',
    ],
    [
      'a parameter entity',
      '<!DOCTYPE rss [<!ENTITY % lat1 PUBLIC "-//W3C//ENTITIES Latin 1//EN" "x.ent"> %lat1;]>',
    ],
    ['an internal entity', '<!DOCTYPE rss [<!ENTITY name "Valley Herald">]>'],
  ])('refuses %s', async (_label, doctype) => {
    const xml = `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>&secret;</title></channel></rss>`;
    await expect(parseFeed(xml, feed)).rejects.toThrow(
      'feed declares XML entities in its DOCTYPE; refused',
    );
  });

  it("allows a DOCTYPE that only names a DTD, as RSS 0.91's Netscape one does", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old &eacute;dition</title>${item(1)}</channel></rss>`;
    const parsed = await parseFeed(xml, feed);
    expect(parsed.title).toBe('Old édition');
    expect(parsed.items).toHaveLength(1);
  });
});

describe('parseFeed with JSON Feed', () => {
  const jsonFeed = readFileSync(`${FIXTURES}json-feed.json`, 'utf8');

  it('reads JSON Feed items into the same shape as RSS items', async () => {
    const parsed = await parseFeed(jsonFeed, feed);
    expect(parsed.format).toBe('json');
    expect(parsed.title).toBe('Harbour Gazette – Frontline');
    expect(parsed.skipped).toBe(1);
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]).toMatchObject({
      feedId: 'recovery',
      title: 'Shelling reported north of Veldmar despite truce',
      url: 'https://news.example.org/frontline/2031-shelling-north',
      text: 'Residents of Veldmar said artillery fire resumed at dawn.\n\nTwo people were hurt.',
      published: '2026-03-04T04:15:00.000Z',
    });
    expect(parsed.items[1]).toMatchObject({
      url: 'https://wire.example.org/stories/calm-night',
      text: 'Monitors recorded no violations overnight.',
      published: '2026-03-03T22:00:00.000Z',
    });
    expect(parsed.items[0]?.id).toMatch(/^i-[\da-f]{24}$/);
  });

  it('resolves relative links against the home page when read from disk', async () => {
    const parsed = await parseFeed(jsonFeed, { ...feed, url: '/tmp/feeds/gazette.json' });
    expect(parsed.items[0]?.url).toBe('https://gazette.example.net/frontline/2031-shelling-north');
  });

  it('reports a truncated JSON Feed', async () => {
    await expect(parseFeed(jsonFeed.slice(0, 200), feed)).rejects.toThrow(
      /^not a valid JSON Feed: the JSON does not parse/,
    );
  });

  it.each([
    ['no version', '{"items": []}', /^not a feed: JSON without a JSON Feed version/],
    ['an array', '[1, 2]', /^not a feed: the document is JSON but not an object/],
    [
      'items that are not a list',
      '{"version": "https://jsonfeed.org/version/1", "items": {}}',
      /^not a valid JSON Feed: field "items" is not an array/,
    ],
  ])('names the problem with %s', async (_label, text, error) => {
    await expect(parseFeed(text, feed)).rejects.toThrow(error);
  });
});
