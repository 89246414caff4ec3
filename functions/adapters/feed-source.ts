// The FeedSource the pipeline gets: web URLs over HTTP, everything else from disk.
import type { FeedConfig, FeedValidators } from '../core/model.js';
import type { FeedFetchResult, FeedSource, FetchedDocument } from '../core/ports.js';
import { FileSource } from './file-source.js';
import { HttpSource, type HttpSourceOptions } from './http-source.js';

export type FeedSourceOptions = HttpSourceOptions;

/** HttpSource for http(s) URLs, FileSource for paths and file:// URLs (feeds and articles alike). */
export function createFeedSource(options: FeedSourceOptions = {}): FeedSource {
  return new RoutingFeedSource(new HttpSource(options), new FileSource());
}

export class RoutingFeedSource implements FeedSource {
  constructor(
    private readonly web: FeedSource,
    private readonly local: FeedSource,
  ) {}

  fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
    return this.sourceFor(feed.url).fetchFeed(feed, validators);
  }

  fetchArticle(url: string): Promise<FetchedDocument> {
    return this.sourceFor(url).fetchArticle(url);
  }

  private sourceFor(url: string): FeedSource {
    return /^https?:\/\//i.test(url.trim()) ? this.web : this.local;
  }
}
