// Fetches feeds and article pages over HTTP with Node's fetch: conditional requests, redirects
// followed by hand (so each hop's scheme is checked), one deadline for the whole exchange, and a
// cap on the decoded body that also stops compression bombs.
import { STATUS_CODES } from 'node:http';
import type { FeedConfig, FeedValidators } from '../core/model.js';
import type { FeedFetchResult, FeedSource, FetchedDocument } from '../core/ports.js';

export interface HttpSourceOptions {
  /** Deadline for a whole fetch, redirects and body included. Default 20 000. */
  timeoutMs?: number;
  /** Largest body accepted, counted after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

export const DEFAULT_USER_AGENT =
  'CeasefireWatch/0.1 (+https://github.com/ceasefire-watch/ceasefire-watch)';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const ARTICLE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface HttpResult {
  status: number;
  headers: Headers;
  body: Uint8Array;
  finalUrl: string;
}

export class HttpSource implements FeedSource {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;

  constructor(options: HttpSourceOptions = {}) {
    this.timeoutMs = positive(options.timeoutMs, 20_000, 'timeoutMs');
    this.maxBytes = positive(options.maxBytes, 5 * 1024 * 1024, 'maxBytes');
    this.maxRedirects = positive(options.maxRedirects, 5, 'maxRedirects', true);
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  async fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
    const headers: Record<string, string> = { accept: FEED_ACCEPT };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const result = await this.get(feed.url, headers, true);
    if (result.status === 304) return { status: 'not-modified' };
    // A server that sends no validators this time may still honour the ones it sent before.
    const etag = result.headers.get('etag') ?? validators.etag;
    const lastModified = result.headers.get('last-modified') ?? validators.lastModified;
    return {
      status: 'ok',
      validators: {
        ...(etag !== undefined && { etag }),
        ...(lastModified !== undefined && { lastModified }),
      },
      ...toDocument(result),
    };
  }

  async fetchArticle(url: string): Promise<FetchedDocument> {
    return toDocument(await this.get(url, { accept: ARTICLE_ACCEPT }, false));
  }

  private async get(
    url: string,
    headers: Record<string, string>,
    acceptNotModified: boolean,
  ): Promise<HttpResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await this.follow(
        httpUrl(url),
        { ...headers, 'user-agent': this.userAgent },
        {
          signal: controller.signal,
          acceptNotModified,
        },
      );
    } catch (error) {
      if (controller.signal.aborted) {
        throw new Error(`timed out after ${formatSeconds(this.timeoutMs)}`, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(
    start: URL,
    headers: Record<string, string>,
    context: { signal: AbortSignal; acceptNotModified: boolean },
  ): Promise<HttpResult> {
    let url = start;
    for (let redirects = 0; ; redirects += 1) {
      const response = await send(url, headers, context.signal);
      if (REDIRECT_STATUSES.has(response.status)) {
        const location = response.headers.get('location');
        await discard(response);
        if (!location) throw new Error(`${statusLine(response)} without a Location header`);
        if (redirects >= this.maxRedirects) {
          throw new Error(`too many redirects (more than ${this.maxRedirects})`);
        }
        url = redirectTarget(location, url);
        continue;
      }
      if (response.status === 304 && context.acceptNotModified) {
        await discard(response);
        return {
          status: 304,
          headers: response.headers,
          body: new Uint8Array(0),
          finalUrl: url.href,
        };
      }
      if (response.status < 200 || response.status > 299) {
        await discard(response);
        throw new Error(statusLine(response));
      }
      const body = await readCapped(response, this.maxBytes, url);
      return { status: response.status, headers: response.headers, body, finalUrl: url.href };
    }
  }
}

async function send(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response> {
  try {
    return await fetch(url, { method: 'GET', headers, redirect: 'manual', signal });
  } catch (error) {
    throw signal.aborted ? error : describeNetworkError(error, url);
  }
}

/** Streams the body, giving up as soon as it passes the cap (fetch has already decompressed it). */
async function readCapped(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  const tooLarge = (): Error => new Error(`response larger than ${formatBytes(maxBytes)}`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // The declared length is of the bytes on the wire: if those exceed the cap, so will the rest.
  if (declared > maxBytes) {
    await discard(response);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await readChunk(reader, url);
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  url: URL,
): ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> {
  try {
    return await reader.read();
  } catch (error) {
    throw describeNetworkError(error, url, 'reading the response body');
  }
}

function toDocument(result: HttpResult): FetchedDocument {
  const contentType = result.headers.get('content-type');
  return {
    body: result.body,
    ...(contentType !== null && { contentType }),
    finalUrl: result.finalUrl,
  };
}

function httpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`invalid URL: ${url}`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`unsupported URL scheme ${parsed.protocol}`);
  }
  return parsed;
}

function redirectTarget(location: string, from: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (error) {
    throw new Error(`redirect to an invalid URL: ${location}`, { cause: error });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`redirect to unsupported scheme ${target.protocol}`);
  }
  return target;
}

/** Frees the connection of a response whose body is not wanted. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function statusLine(response: Response): string {
  const reason = response.statusText || STATUS_CODES[response.status] || '';
  return `HTTP ${response.status}${reason ? ` ${reason}` : ''}`;
}

interface SystemError {
  code?: string;
  hostname?: string;
  message?: string;
  errors?: SystemError[];
  cause?: unknown;
}

/** fetch fails with "fetch failed"; the reason is a `code` somewhere down the `cause` chain. */
function describeNetworkError(error: unknown, url: URL, during?: string): Error {
  const causes = causeChain(error);
  const code = causes
    .map((cause) => cause.code ?? cause.errors?.find((inner) => inner.code)?.code)
    .find((found) => found !== undefined);
  const where = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
  const message = messageForCode(code, url.hostname, where);
  if (message) return new Error(message, { cause: error });
  const detail = causes.at(-1)?.message || String(error);
  const reason = `request to ${where} failed${during ? ` while ${during}` : ''}: ${detail}`;
  return new Error(reason, { cause: error });
}

function messageForCode(code: string | undefined, host: string, where: string): string | undefined {
  switch (code) {
    case undefined:
      return undefined;
    case 'ECONNREFUSED':
      return `connection refused (${where})`;
    case 'ENOTFOUND':
      return `host not found: ${host}`;
    case 'EAI_AGAIN':
      return `host not found: ${host} (DNS lookup failed, may be temporary)`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `connection closed by the server (${where})`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `connection to ${where} timed out`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `host unreachable: ${host}`;
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `${where} stopped responding`;
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR_BROTLI_DECOMPRESSION_FAILED':
      return `could not decompress the response from ${where}`;
    default:
      return /CERT|SSL|TLS|SELF_SIGNED/.test(code)
        ? `TLS certificate problem with ${host}: ${code}`
        : undefined;
  }
}

/** The error and its causes, outermost first. */
function causeChain(error: unknown): SystemError[] {
  const chain: SystemError[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 5) {
    chain.push(current as SystemError);
    current = (current as SystemError).cause;
  }
  return chain;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function positive(
  value: number | undefined,
  fallback: number,
  name: string,
  zeroAllowed = false,
): number {
  if (value === undefined) return fallback;
  const valid = Number.isFinite(value) && (zeroAllowed ? value >= 0 : value > 0);
  if (!valid) throw new Error(`HttpSource option ${name} must be a positive number, got ${value}`);
  return value;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
