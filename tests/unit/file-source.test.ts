import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFeedSource, RoutingFeedSource } from '../../functions/adapters/feed-source.js';
import { FileSource } from '../../functions/adapters/file-source.js';
import type { FeedConfig, FeedValidators } from '../../functions/core/model.js';
import type { FeedFetchResult, FeedSource, FetchedDocument } from '../../functions/core/ports.js';

const directory = mkdtempSync(path.join(tmpdir(), 'file-source-'));
const feedPath = path.join(directory, 'herald.xml');
const BYTES = new Uint8Array([0x3c, 0x72, 0x73, 0x73, 0x2f, 0x3e, 0xe9]);
writeFileSync(feedPath, BYTES);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function feed(url: string): FeedConfig {
  return { id: 'herald', url, fetchArticle: false };
}

describe('FileSource', () => {
  it('reads a local path as raw bytes, always as a fresh fetch', async () => {
    const result = await new FileSource().fetchFeed(feed(feedPath), { etag: '"x"' });
    expect(result).toEqual({
      status: 'ok',
      validators: {},
      body: BYTES,
      finalUrl: pathToFileURL(feedPath).href,
    });
  });

  it('reads file:// URLs and relative paths', async () => {
    const viaUrl = await new FileSource().fetchArticle(pathToFileURL(feedPath).href);
    expect(viaUrl.body).toEqual(BYTES);
    const relative = path.relative(process.cwd(), feedPath);
    expect((await new FileSource().fetchArticle(relative)).body).toEqual(BYTES);
  });

  it('names a missing file', async () => {
    const missing = path.join(directory, 'missing.xml');
    await expect(new FileSource().fetchFeed(feed(missing), {})).rejects.toThrow(
      `file not found: ${missing}`,
    );
  });

  it('names a directory given as a file', async () => {
    await expect(new FileSource().fetchArticle(directory)).rejects.toThrow(
      `not a file: ${directory}`,
    );
  });

  it('refuses other URL schemes by name', async () => {
    await expect(new FileSource().fetchArticle('ftp://files.example.org/a.xml')).rejects.toThrow(
      'unsupported URL scheme ftp:',
    );
  });
});

describe('RoutingFeedSource', () => {
  class NamedSource implements FeedSource {
    constructor(readonly name: string) {}
    async fetchFeed(_feed: FeedConfig, _validators: FeedValidators): Promise<FeedFetchResult> {
      return { status: 'ok', validators: {}, body: new Uint8Array(), finalUrl: this.name };
    }
    async fetchArticle(_url: string): Promise<FetchedDocument> {
      return { body: new Uint8Array(), finalUrl: this.name };
    }
  }
  const router = new RoutingFeedSource(new NamedSource('web'), new NamedSource('local'));

  it.each([
    ['https://news.example.org/feed.xml', 'web'],
    ['HTTP://news.example.org/feed.xml', 'web'],
    ['/srv/feeds/herald.xml', 'local'],
    ['feeds/herald.xml', 'local'],
    ['file:///srv/feeds/herald.xml', 'local'],
  ])('sends %s to the %s source, for feeds and articles', async (url, expected) => {
    const fetched = await router.fetchFeed(feed(url), {});
    expect(fetched.status === 'ok' && fetched.finalUrl).toBe(expected);
    expect((await router.fetchArticle(url)).finalUrl).toBe(expected);
  });
});

describe('createFeedSource', () => {
  it('reads local feeds from disk', async () => {
    const result = await createFeedSource({ timeoutMs: 1000 }).fetchFeed(feed(feedPath), {});
    expect(result.status === 'ok' && result.body).toEqual(BYTES);
  });
});
