import { describe, expect, it } from 'vitest';
import { checkFeed, isCrash } from '../../functions/core/feeds/check-feed.js';
import type { FeedSource } from '../../functions/core/ports.js';

function sourceOf(fetchFeed: FeedSource['fetchFeed']): FeedSource {
  return { fetchFeed, fetchArticle: () => Promise.reject(new Error('not used')) };
}

const served = (body: string, contentType?: string): FeedSource =>
  sourceOf(() =>
    Promise.resolve({
      status: 'ok',
      validators: {},
      body: new TextEncoder().encode(body),
      finalUrl: 'https://news.example.org/feed.xml',
      ...(contentType === undefined ? {} : { contentType }),
    }),
  );

describe('checkFeed', () => {
  it('reports format, encoding, item count and the first three titles', async () => {
    const items = [1, 2, 3, 4].map((n) => `<item><title>Report ${n}</title></item>`).join('');
    const check = await checkFeed(
      served(`<rss version="2.0"><channel>${items}</channel></rss>`),
      'https://news.example.org/feed.xml',
    );
    expect(check).toMatchObject({
      ok: true,
      format: 'rss',
      encoding: 'utf-8',
      items: 4,
      titles: ['Report 1', 'Report 2', 'Report 3'],
      error: null,
      crashed: false,
    });
  });

  it('decodes with a replayed Content-Type over the served one', async () => {
    const check = await checkFeed(served('<rss><channel/></rss>', 'text/xml'), 'x', {
      contentType: 'text/xml; charset=windows-1251',
    });
    expect(check.encoding).toBe('windows-1251');
  });

  it('names the stage that failed, and counts a feed problem as no crash', async () => {
    const fetchFailure = await checkFeed(
      sourceOf(() => Promise.reject(new Error('HTTP 503 Service Unavailable'))),
      'https://news.example.org/feed.xml',
    );
    expect(fetchFailure).toMatchObject({
      ok: false,
      error: 'fetch: HTTP 503 Service Unavailable',
      crashed: false,
    });
    const parseFailure = await checkFeed(served('<html><title>Moved</title></html>'), 'x');
    expect(parseFailure).toMatchObject({
      ok: false,
      encoding: 'utf-8',
      error: 'parse: not a feed: got an HTML page (title "Moved")',
    });
  });

  it('counts a TypeError as a crash, with its name in the error', async () => {
    const check = await checkFeed(
      sourceOf(() =>
        Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
      ),
      'x',
    );
    expect(check).toMatchObject({ ok: false, crashed: true });
    expect(check.error).toBe("fetch: TypeError: Cannot read properties of undefined (reading 'x')");
  });
});

describe('isCrash', () => {
  it.each([
    [new TypeError('x'), true],
    [new RangeError('x'), true],
    [new ReferenceError('x'), true],
    [new Error('wrapped', { cause: new TypeError('inner') }), true],
    ['a thrown string', true],
    [new Error('not a feed'), false],
    [new Error('wrapped', { cause: new Error('inner') }), false],
  ])('%s → %s', (error, crash) => {
    expect(isCrash(error)).toBe(crash);
  });
});
