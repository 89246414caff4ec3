import { describe, expect, it } from 'vitest';
import { decodeBase64TextElements } from '../../functions/core/feeds/decode-base64-text.js';
import { parseFeed } from '../../functions/core/feeds/parse-feed.js';
import type { FeedConfig } from '../../functions/core/model.js';

const feed: FeedConfig = {
  id: 'base64',
  url: 'https://news.example.org/feeds/base64.xml',
  fetchArticle: false,
};

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function atom(entry: string): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry>${entry}<link href="https://news.example.org/1"/></entry></feed>`;
}

describe('base64 text in Atom feeds', () => {
  it('decodes a title whose media type is neither text nor XML (Atom 1.0)', async () => {
    const xml = atom(
      `<title type="application/octet-stream">\n  ${base64('Patrols report shelling near the river')}\n</title>`,
    );
    const parsed = await parseFeed(xml, feed);
    expect(parsed.items[0]?.title).toBe('Patrols report shelling near the river');
  });

  it('decodes Atom 0.3 mode="base64", keeping HTML as markup to read', async () => {
    const xml = atom(
      `<title mode="base64" type="text/html">${base64('Truce <b>holds</b> in the valley')}</title>` +
        `<summary mode="base64">${base64('Café owners reopened on Monday.')}</summary>`,
    );
    const parsed = await parseFeed(xml, feed);
    expect(parsed.items[0]?.title).toBe('Truce holds in the valley');
    expect(parsed.items[0]?.text).toBe('Café owners reopened on Monday.');
  });

  it('keeps the characters of decoded plain text as text, not markup', () => {
    const xml = `<title type="application/octet-stream">${base64('a < b & c')}</title>`;
    expect(decodeBase64TextElements(xml)).toBe('<title>a &amp;lt; b &amp;amp; c</title>');
  });

  it('leaves text, XML types and content that is not base64 text as written', () => {
    const unchanged = [
      `<title type="text">${base64('plain')}</title>`,
      `<content type="application/xhtml+xml">not encoded</content>`,
      `<title type="application/octet-stream">not base64!</title>`,
      // Bytes that are no UTF-8 text (an image, say) would read as garbage.
      `<content type="image/png">${Buffer.from([0xff, 0xd8, 0xff, 0x00]).toString('base64')}</content>`,
    ];
    for (const xml of unchanged) expect(decodeBase64TextElements(xml)).toBe(xml);
  });
});
