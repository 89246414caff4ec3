// Fetches feeds and article pages over HTTP, bounded in time, memory and politeness whatever the
// server does: a connect timeout and one deadline for the whole exchange, a cap on the decoded
// body that also stops compression bombs, redirects followed by hand (each hop's scheme and
// address checked), and at most two requests open to one host at a time, for every caller.
//
// Built on node:http and node:https rather than the global fetch: fetch takes no DNS lookup of
// our own without the separate `undici` package, and article links must be checked on the
// addresses DNS actually returns, just before the socket connects to them (a check made apart
// from the connection could be answered differently by a rebinding DNS server).
import {
  type ClientRequest,
  type IncomingMessage,
  STATUS_CODES,
  validateHeaderValue,
} from 'node:http';
import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import type { LookupFunction, Socket } from 'node:net';
import type { FeedConfig, FeedValidators } from '../core/model.js';
import {
  type FeedFetchResult,
  type FeedSource,
  type FetchedDocument,
  RetryLaterError,
} from '../core/ports.js';
import {
  type AddressCheck,
  checkConnectedAddress,
  checkLiteralHost,
  guardedLookup,
  publicAddressesOnly,
} from './address-guard.js';
import { HostLimiter } from './host-limiter.js';
import { ACCEPT_ENCODING, readResponseBody } from './response-body.js';
import { parseRetryAfter } from './retry-after.js';

export interface HttpSourceOptions {
  /** Deadline for a whole fetch, redirects and body included. Default 20 000. */
  timeoutMs?: number;
  /** Longest wait for one connection: DNS lookup, TCP connect and TLS handshake. Default 10 000. */
  connectTimeoutMs?: number;
  /** Largest body accepted, counted on the wire and again after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Requests open to one host at once, feeds and articles together. Default 2. */
  maxRequestsPerHost?: number;
  userAgent?: string;
  /**
   * Non-public addresses article fetches may still reach (exact IPs, e.g. '127.0.0.1' for a test
   * server or an intranet publisher). Feeds are the operator's choice and are never checked.
   */
  allowPrivateAddressesFor?: readonly string[];
  /** DNS lookup; dns.lookup by default. */
  lookup?: LookupFunction;
  /**
   * Certificate authorities (PEM) trusted besides Node's bundled ones: a publisher behind a
   * private CA, or a test server.
   */
  extraCertificateAuthorities?: readonly string[];
}

export const DEFAULT_USER_AGENT =
  'CeasefireWatch/0.1 (+https://github.com/ceasefire-watch/ceasefire-watch)';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const ARTICLE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses whose Retry-After asks the poller to come back later. */
const RETRY_LATER_STATUSES = new Set([429, 503]);

interface HttpResult {
  status: number;
  headers: IncomingMessage['headers'];
  body: Uint8Array;
  finalUrl: string;
}

/** How one fetch is made: article links are untrusted, feeds are not. */
interface FetchPlan {
  headers: Record<string, string>;
  acceptNotModified: boolean;
  /** Set for untrusted URLs: the addresses they may reach. */
  addressCheck?: AddressCheck;
}

/** Where a fetch is: named in a timeout so it says what the server was slow at. */
interface Progress {
  phase: string;
}

export class HttpSource implements FeedSource {
  private readonly timeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  private readonly limiter: HostLimiter;
  private readonly articleAddresses: AddressCheck;
  private readonly lookup: LookupFunction | undefined;
  /** Set only when extra authorities are given: Node's own list is otherwise used as it is. */
  private readonly certificateAuthorities: string[] | undefined;

  constructor(options: HttpSourceOptions = {}) {
    this.timeoutMs = positive(options.timeoutMs, 20_000, 'timeoutMs');
    this.connectTimeoutMs = positive(options.connectTimeoutMs, 10_000, 'connectTimeoutMs');
    this.maxBytes = positive(options.maxBytes, 5 * 1024 * 1024, 'maxBytes');
    this.maxRedirects = positive(options.maxRedirects, 5, 'maxRedirects', true);
    this.limiter = new HostLimiter(positive(options.maxRequestsPerHost, 2, 'maxRequestsPerHost'));
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.articleAddresses = publicAddressesOnly(options.allowPrivateAddressesFor);
    this.lookup = options.lookup;
    const extra = options.extraCertificateAuthorities ?? [];
    // A `ca` list replaces Node's bundled authorities, so they are listed with the extra ones.
    this.certificateAuthorities =
      extra.length > 0 ? [...tls.rootCertificates, ...extra] : undefined;
  }

  async fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
    const headers: Record<string, string> = { accept: FEED_ACCEPT };
    // Replayed exactly as the server sent them (quotes, W/ prefix, spacing and all).
    if (replayable('if-none-match', validators.etag)) headers['if-none-match'] = validators.etag;
    if (replayable('if-modified-since', validators.lastModified)) {
      headers['if-modified-since'] = validators.lastModified;
    }
    const result = await this.get(feed.url, { headers, acceptNotModified: true });
    if (result.status === 304) return { status: 'not-modified' };
    // A server that sends no validators this time may still honour the ones it sent before.
    const etag = result.headers.etag ?? validators.etag;
    const lastModified = result.headers['last-modified'] ?? validators.lastModified;
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
    const result = await this.get(url, {
      headers: { accept: ARTICLE_ACCEPT },
      acceptNotModified: false,
      addressCheck: this.articleAddresses,
    });
    return toDocument(result);
  }

  /** Every error names the URL asked for: "fetch https://x/feed: body larger than 5 MiB …". */
  private async get(url: string, plan: FetchPlan): Promise<HttpResult> {
    const deadline = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const startDeadline = (): void => {
      timer ??= setTimeout(() => deadline.abort(), this.timeoutMs);
    };
    const progress: Progress = { phase: 'while waiting for a free connection' };
    try {
      const headers = {
        ...plan.headers,
        'accept-encoding': ACCEPT_ENCODING,
        'user-agent': this.userAgent,
      };
      return await this.follow(httpUrl(url), { ...plan, headers }, deadline.signal, {
        startDeadline,
        progress,
      });
    } catch (error) {
      const reason = deadline.signal.aborted
        ? `timed out after ${formatSeconds(this.timeoutMs)} ${progress.phase}`
        : errorMessage(error);
      const message = `fetch ${url}: ${reason}`;
      if (error instanceof RetryLaterError) {
        throw new RetryLaterError(message, error.retryAfterMs, { cause: error });
      }
      throw new Error(message, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(
    start: URL,
    plan: FetchPlan,
    signal: AbortSignal,
    tracking: { startDeadline: () => void; progress: Progress },
  ): Promise<HttpResult> {
    const { progress } = tracking;
    let url = start;
    for (let redirects = 0; ; redirects += 1) {
      if (plan.addressCheck) checkLiteralHost(url.hostname, plan.addressCheck);
      progress.phase = `while waiting for a free connection to ${url.host}`;
      // Time spent queued behind other requests to the host is not the server's fault: the
      // deadline starts once the first request may go, and covers every later hop.
      const release = await this.limiter.acquire(url.host, redirects > 0 ? signal : undefined);
      tracking.startDeadline();
      try {
        progress.phase = `while connecting to ${url.host}`;
        const response = await this.exchange(url, plan, signal, progress);
        const status = response.statusCode ?? 0;
        if (REDIRECT_STATUSES.has(status)) {
          response.destroy();
          const location = response.headers.location;
          if (!location) throw new Error(`${statusLine(response)} without a Location header`);
          if (redirects >= this.maxRedirects) {
            throw new Error(`too many redirects (more than ${this.maxRedirects})`);
          }
          url = redirectTarget(location, url, plan.addressCheck);
          continue;
        }
        if (status === 304 && plan.acceptNotModified) {
          response.destroy();
          return { ...resultOf(response, url), body: new Uint8Array(0) };
        }
        if (status < 200 || status > 299) {
          response.destroy();
          throw statusError(response);
        }
        progress.phase = `while reading the body from ${url.host}`;
        const body = await this.readBody(response, url, signal);
        return { ...resultOf(response, url), body };
      } finally {
        release();
      }
    }
  }

  /** Sends one GET and resolves with the response once its headers have arrived. */
  private exchange(
    url: URL,
    plan: FetchPlan,
    signal: AbortSignal,
    progress: Progress,
  ): Promise<IncomingMessage> {
    const where = hostAndPort(url);
    const check = plan.addressCheck;
    const lookup = check ? guardedLookup(check, this.lookup) : this.lookup;
    return new Promise<IncomingMessage>((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: 'GET',
        headers: plan.headers,
        // One connection per request, closed after it: nothing pooled is shared between trusted
        // feed fetches and untrusted article fetches, and each connection is checked afresh.
        agent: false,
        signal,
        ...(lookup && { lookup }),
        ...(this.certificateAuthorities && { ca: this.certificateAuthorities }),
      });
      request.on('error', (error) => reject(describeNetworkError(error, url)));
      request.once('socket', (socket: Socket) => {
        const guard = (): void => {
          if (check) guardConnected(request, socket, url, check);
        };
        if (!socket.connecting) {
          guard();
          return;
        }
        const timer = setTimeout(() => {
          const waited = formatSeconds(this.connectTimeoutMs);
          request.destroy(
            new ConnectTimeoutError(`connection to ${where} timed out after ${waited}`),
          );
        }, this.connectTimeoutMs);
        socket.once('connect', guard);
        // Over TLS the connection is made once the handshake is done.
        socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
          clearTimeout(timer);
          progress.phase = `while waiting for the response from ${where}`;
        });
        socket.once('close', () => clearTimeout(timer));
      });
      request.once('response', resolve);
      request.end();
    });
  }

  private async readBody(
    response: IncomingMessage,
    url: URL,
    signal: AbortSignal,
  ): Promise<Uint8Array> {
    try {
      return await readResponseBody(response, this.maxBytes, signal);
    } catch (error) {
      throw signal.aborted ? error : describeNetworkError(error, url, 'reading the body');
    } finally {
      response.destroy();
    }
  }
}

/** The last line of defence: whatever DNS said, the socket's peer must be an allowed address. */
function guardConnected(
  request: ClientRequest,
  socket: Socket,
  url: URL,
  check: AddressCheck,
): void {
  try {
    checkConnectedAddress(socket.remoteAddress, url.hostname, check);
  } catch (error) {
    request.destroy(error as Error);
  }
}

function resultOf(response: IncomingMessage, url: URL): Omit<HttpResult, 'body'> {
  return { status: response.statusCode ?? 0, headers: response.headers, finalUrl: url.href };
}

function toDocument(result: HttpResult): FetchedDocument {
  const contentType = result.headers['content-type'];
  return {
    body: result.body,
    ...(contentType !== undefined && { contentType }),
    finalUrl: result.finalUrl,
  };
}

/** A stored validator goes back only if it is still a legal header value. */
function replayable(name: string, value: string | undefined): value is string {
  if (value === undefined || value === '') return false;
  try {
    validateHeaderValue(name, value);
    return true;
  } catch {
    return false;
  }
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

function redirectTarget(location: string, from: URL, check: AddressCheck | undefined): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (error) {
    throw new Error(`redirect to an invalid URL: ${location}`, { cause: error });
  }
  // A data: URL can be as long as the header allows: only its start says what it was.
  const shown = target.href.length > 80 ? `${target.href.slice(0, 80)}…` : target.href;
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new Error(`redirect to ${shown} refused: unsupported scheme ${target.protocol}`);
  }
  if (check) {
    try {
      checkLiteralHost(target.hostname, check);
    } catch (error) {
      throw new Error(`redirect to ${shown} refused: ${errorMessage(error)}`, { cause: error });
    }
  }
  return target;
}

function statusLine(response: IncomingMessage): string {
  const status = response.statusCode ?? 0;
  const reason = response.statusMessage || STATUS_CODES[status] || '';
  return `HTTP ${status}${reason ? ` ${reason}` : ''}`;
}

/** A failed status; 429 and 503 carry the server's Retry-After when it gave one. */
function statusError(response: IncomingMessage): Error {
  const line = statusLine(response);
  if (!RETRY_LATER_STATUSES.has(response.statusCode ?? 0)) return new Error(line);
  const waitMs = parseRetryAfter(
    response.headers['retry-after'],
    response.headers.date,
    new Date(),
  );
  if (waitMs === undefined) return new Error(line);
  return new RetryLaterError(`${line} (retry after ${formatSeconds(waitMs)})`, waitMs);
}

/** A connection not made within connectTimeoutMs (DNS, TCP and TLS together). */
class ConnectTimeoutError extends Error {
  readonly code = 'ERR_CONNECT_TIMEOUT';
}

/** Errors that already say what happened, passed on as they are. */
const OWN_ERROR_CODES = new Set([
  'ERR_DENIED_ADDRESS',
  'ERR_CONNECT_TIMEOUT',
  'ERR_BODY_TOO_LARGE',
  'ERR_UNSUPPORTED_CONTENT_ENCODING',
  'ABORT_ERR',
]);

interface SystemError {
  code?: string;
  message?: string;
  errors?: SystemError[];
  cause?: unknown;
}

/** Node reports network failures by `code`, sometimes on an inner error; say what it means. */
function describeNetworkError(error: unknown, url: URL, during?: string): Error {
  const causes = causeChain(error);
  const code = causes
    .map((cause) => cause.code ?? cause.errors?.find((inner) => inner.code)?.code)
    .find((found) => found !== undefined);
  if (code !== undefined && OWN_ERROR_CODES.has(code)) return error as Error;
  const where = hostAndPort(url);
  const message = messageForCode(code, url.hostname, where, during);
  if (message) return new Error(message, { cause: error });
  const detail = causes.at(-1)?.message || String(error);
  const reason = `request to ${where} failed${during ? ` while ${during}` : ''}: ${detail}`;
  return new Error(reason, { cause: error });
}

function messageForCode(
  code: string | undefined,
  host: string,
  where: string,
  during: string | undefined,
): string | undefined {
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
      return `connection closed by the server (${where})${during ? ` while ${during}` : ''}`;
    case 'ETIMEDOUT':
      return `connection to ${where} timed out`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `host unreachable: ${host}`;
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR_BROTLI_DECOMPRESSION_FAILED':
      return `could not decompress the response from ${where}`;
    default:
      if (code.startsWith('HPE_')) return `malformed HTTP response from ${where} (${code})`;
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

function hostAndPort(url: URL): string {
  return `${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
