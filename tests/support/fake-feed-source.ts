import type { FeedConfig, FeedValidators } from '../../functions/core/model.js';
import type { FeedFetchResult, FeedSource, FetchedDocument } from '../../functions/core/ports.js';

interface ServedFeed {
  body: string;
  etag?: string;
}

/** Serves feeds from memory, honouring ETags like a polite server, and records every request. */
export class FakeFeedSource implements FeedSource {
  readonly requests: { url: string; validators: FeedValidators }[] = [];
  private readonly feeds = new Map<string, ServedFeed | Error>();
  private readonly articles = new Map<string, string>();

  serve(url: string, feed: ServedFeed | Error): this {
    this.feeds.set(url, feed);
    return this;
  }

  serveArticle(url: string, html: string): this {
    this.articles.set(url, html);
    return this;
  }

  async fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
    this.requests.push({ url: feed.url, validators });
    const served = this.feeds.get(feed.url);
    if (served === undefined) throw new Error('HTTP 404 Not Found');
    if (served instanceof Error) throw served;
    if (served.etag !== undefined && validators.etag === served.etag) {
      return { status: 'not-modified' };
    }
    return {
      status: 'ok',
      body: new TextEncoder().encode(served.body),
      contentType: 'application/rss+xml; charset=utf-8',
      finalUrl: feed.url,
      validators: served.etag === undefined ? {} : { etag: served.etag },
    };
  }

  async fetchArticle(url: string): Promise<FetchedDocument> {
    const html = this.articles.get(url);
    if (html === undefined) throw new Error('HTTP 404 Not Found');
    return { body: new TextEncoder().encode(html), contentType: 'text/html', finalUrl: url };
  }
}
