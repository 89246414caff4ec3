// Feeds and pages read from disk: offline runs, demos and tests use the same pipeline as live ones.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeedConfig, FeedValidators } from '../core/model.js';
import type { FeedFetchResult, FeedSource, FetchedDocument } from '../core/ports.js';

/** Reads local paths and file:// URLs. Files have no validators, so a feed is never 'not-modified'. */
export class FileSource implements FeedSource {
  async fetchFeed(feed: FeedConfig, _validators: FeedValidators): Promise<FeedFetchResult> {
    return { status: 'ok', validators: {}, ...(await readDocument(feed.url)) };
  }

  async fetchArticle(url: string): Promise<FetchedDocument> {
    return readDocument(url);
  }
}

async function readDocument(location: string): Promise<FetchedDocument> {
  const file = localPath(location);
  try {
    const body = new Uint8Array(await readFile(file));
    return { body, finalUrl: pathToFileURL(file).href };
  } catch (error) {
    throw new Error(describeReadError(error, file), { cause: error });
  }
}

/** An absolute path for a file:// URL or a path; other URL schemes are refused by name. */
export function localPath(location: string): string {
  if (/^file:/i.test(location)) {
    try {
      return fileURLToPath(location);
    } catch (error) {
      throw new Error(`invalid file URL: ${location}`, { cause: error });
    }
  }
  // Two letters at least, so that a Windows drive ("C:\feeds") is not taken for a scheme.
  const scheme = /^([a-z][a-z\d+.-]+):\/\//i.exec(location);
  if (scheme) throw new Error(`unsupported URL scheme ${scheme[1]?.toLowerCase()}:`);
  return path.resolve(location);
}

function describeReadError(error: unknown, file: string): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `file not found: ${file}`;
    case 'EISDIR':
      return `not a file: ${file}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${file}`;
    default:
      return `could not read ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
