import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, HttpSource } from '../../functions/adapters/http-source.js';
import type { FeedConfig } from '../../functions/core/model.js';

const FEED_BODY =
  '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Valley Herald</title></channel></rss>';
const ETAG = '"v1-8f2a"';
const LAST_MODIFIED = 'Fri, 14 Mar 2025 06:40:00 GMT';

let server: Server;
let baseUrl: string;
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];

type Handler = (response: ServerResponse, headers: IncomingHttpHeaders) => void;

const routes: Record<string, Handler> = {
  '/feed': (response, headers) => {
    if (headers['if-none-match'] === ETAG) {
      response.writeHead(304, { etag: ETAG }).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: ETAG,
        'last-modified': LAST_MODIFIED,
      })
      .end(FEED_BODY);
  },
  '/feed-without-validators': (response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED_BODY);
  },
  '/article': (response) => {
    response
      .writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
      .end('<p>Article</p>');
  },
  '/hop/3': redirectTo(302, '/hop/2'),
  '/hop/2': redirectTo(301, () => `${baseUrl}/hop/1`),
  '/hop/1': redirectTo(307, '../feed'),
  '/loop': redirectTo(302, '/loop'),
  '/redirect-to-ftp': redirectTo(301, 'ftp://files.example.org/feed.xml'),
  '/redirect-without-location': (response) => response.writeHead(302).end(),
  '/slow-headers': () => {
    // Never answers: the client's deadline must end the request.
  },
  '/slow-body': (response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.write('<rss version="2.0"><channel>');
  },
  '/large': (response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': 4096 })
      .end('x'.repeat(4096));
  },
  '/large-chunked': (response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    for (let index = 0; index < 8; index += 1) response.write('y'.repeat(512));
    response.end();
  },
  '/gzip': (response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
      .end(gzipSync(FEED_BODY));
  },
  '/gzip-bomb': (response) => {
    // 4 MiB of zeros compress to a few KiB: only the decoded size shows the problem.
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(4 * 1024 * 1024)));
  },
  '/missing': (response) => response.writeHead(404).end('not here'),
  '/unavailable': (response) => response.writeHead(503, 'Service Unavailable').end(),
  '/teapot-custom-reason': (response) => response.writeHead(418, 'Out Of Tea').end(),
};

/** Redirects to a relative or absolute location (a function when it needs the server's port). */
function redirectTo(status: number, location: string | (() => string)): Handler {
  return (response) =>
    response
      .writeHead(status, { location: typeof location === 'string' ? location : location() })
      .end();
}

function feed(path: string): FeedConfig {
  return { id: 'herald', url: `${baseUrl}${path}`, fetchArticle: false };
}

/** Article fetches refuse loopback addresses unless told otherwise, as the test server is. */
function articleSource(): HttpSource {
  return new HttpSource({ allowPrivateAddressesFor: ['127.0.0.1'] });
}

function text(body: Uint8Array): string {
  return Buffer.from(body).toString('utf8');
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const handler = routes[path];
    if (handler) handler(response, request.headers);
    else response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  requests.length = 0;
});

describe('HttpSource.fetchFeed', () => {
  it('fetches a feed with its validators, content type and polite headers', async () => {
    const result = await new HttpSource().fetchFeed(feed('/feed'), {});
    expect(result).toEqual({
      status: 'ok',
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      body: expect.any(Uint8Array),
      contentType: 'application/rss+xml; charset=utf-8',
      finalUrl: `${baseUrl}/feed`,
    });
    expect(result.status === 'ok' && text(result.body)).toBe(FEED_BODY);
    const headers = requests[0]?.headers;
    expect(headers?.['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(headers?.accept).toBe(
      'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    );
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it('makes a conditional request and reports not-modified on 304', async () => {
    const result = await new HttpSource().fetchFeed(feed('/feed'), {
      etag: ETAG,
      lastModified: LAST_MODIFIED,
    });
    expect(result).toEqual({ status: 'not-modified' });
    expect(requests[0]?.headers['if-none-match']).toBe(ETAG);
    expect(requests[0]?.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('fetches in full when the stored ETag no longer matches', async () => {
    const result = await new HttpSource().fetchFeed(feed('/feed'), { etag: '"stale"' });
    expect(result.status).toBe('ok');
  });

  it('keeps the previous validators when the server sends none', async () => {
    const previous = { etag: '"old"', lastModified: 'Thu, 13 Mar 2025 10:00:00 GMT' };
    const result = await new HttpSource().fetchFeed(feed('/feed-without-validators'), previous);
    expect(result.status === 'ok' && result.validators).toEqual(previous);
  });

  it('uses a custom User-Agent', async () => {
    await new HttpSource({ userAgent: 'TestAgent/1.0' }).fetchFeed(feed('/feed'), {});
    expect(requests[0]?.headers['user-agent']).toBe('TestAgent/1.0');
  });

  it('follows a chain of redirects, relative locations included, and reports the final URL', async () => {
    const result = await new HttpSource().fetchFeed(feed('/hop/3'), {});
    expect(result.status === 'ok' && result.finalUrl).toBe(`${baseUrl}/feed`);
    expect(requests.map((request) => request.path)).toEqual([
      '/hop/3',
      '/hop/2',
      '/hop/1',
      '/feed',
    ]);
  });

  it('stops after maxRedirects', async () => {
    await expect(new HttpSource({ maxRedirects: 2 }).fetchFeed(feed('/hop/3'), {})).rejects.toThrow(
      'too many redirects (more than 2)',
    );
    expect(requests).toHaveLength(3);
    await expect(new HttpSource().fetchFeed(feed('/loop'), {})).rejects.toThrow(
      'too many redirects (more than 5)',
    );
  });

  it('refuses to follow a redirect away from http(s)', async () => {
    await expect(new HttpSource().fetchFeed(feed('/redirect-to-ftp'), {})).rejects.toThrow(
      `fetch ${baseUrl}/redirect-to-ftp: redirect to ftp://files.example.org/feed.xml refused: unsupported scheme ftp:`,
    );
  });

  it('reports a redirect without a Location header', async () => {
    await expect(
      new HttpSource().fetchFeed(feed('/redirect-without-location'), {}),
    ).rejects.toThrow('HTTP 302 Found without a Location header');
  });

  it('gives up at the deadline when the server does not answer', async () => {
    await expect(
      new HttpSource({ timeoutMs: 200 }).fetchFeed(feed('/slow-headers'), {}),
    ).rejects.toThrow('timed out after 0.2 s');
  });

  it('gives up at the deadline when the body stalls', async () => {
    await expect(
      new HttpSource({ timeoutMs: 200 }).fetchFeed(feed('/slow-body'), {}),
    ).rejects.toThrow('timed out after 0.2 s');
  });

  it('refuses a body larger than maxBytes, declared or streamed', async () => {
    const source = new HttpSource({ maxBytes: 1024 });
    await expect(source.fetchFeed(feed('/large'), {})).rejects.toThrow(
      `fetch ${baseUrl}/large: body larger than 1 KiB (Content-Length 4096)`,
    );
    await expect(source.fetchFeed(feed('/large-chunked'), {})).rejects.toThrow(
      `fetch ${baseUrl}/large-chunked: body larger than 1 KiB`,
    );
  });

  it('decompresses gzip', async () => {
    const result = await new HttpSource().fetchFeed(feed('/gzip'), {});
    expect(result.status === 'ok' && text(result.body)).toBe(FEED_BODY);
  });

  it('counts decompressed bytes against the cap, stopping compression bombs', async () => {
    await expect(
      new HttpSource({ maxBytes: 1024 * 1024 }).fetchFeed(feed('/gzip-bomb'), {}),
    ).rejects.toThrow(`fetch ${baseUrl}/gzip-bomb: body larger than 1 MiB after decompression`);
  });

  it.each([
    ['/missing', 'HTTP 404 Not Found'],
    ['/unavailable', 'HTTP 503 Service Unavailable'],
    ['/teapot-custom-reason', 'HTTP 418 Out Of Tea'],
  ])('reports %s as "%s"', async (path, message) => {
    await expect(new HttpSource().fetchFeed(feed(path), {})).rejects.toThrow(message);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    await expect(
      new HttpSource().fetchFeed(
        { id: 'x', url: `http://127.0.0.1:${port}/feed`, fetchArticle: false },
        {},
      ),
    ).rejects.toThrow(`connection refused (127.0.0.1:${port})`);
  });

  it('refuses URLs that are not http(s)', async () => {
    await expect(
      new HttpSource().fetchFeed(
        { id: 'x', url: 'ftp://files.example.org/feed.xml', fetchArticle: false },
        {},
      ),
    ).rejects.toThrow('unsupported URL scheme ftp:');
  });
});

describe('HttpSource.fetchArticle', () => {
  it('asks for HTML, without conditional headers, and returns bytes and content type', async () => {
    const page = await articleSource().fetchArticle(`${baseUrl}/article`);
    expect(text(page.body)).toBe('<p>Article</p>');
    expect(page.contentType).toBe('text/html; charset=windows-1251');
    expect(page.finalUrl).toBe(`${baseUrl}/article`);
    expect(requests[0]?.headers.accept).toMatch(/^text\/html/);
    expect(requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(requests[0]?.headers['if-modified-since']).toBeUndefined();
  });

  it('fails like fetchFeed', async () => {
    await expect(articleSource().fetchArticle(`${baseUrl}/missing`)).rejects.toThrow(
      `fetch ${baseUrl}/missing: HTTP 404 Not Found`,
    );
  });
});

describe('HttpSource options', () => {
  it.each([
    { timeoutMs: 0 },
    { connectTimeoutMs: -5 },
    { maxBytes: -1 },
    { maxRedirects: Number.NaN },
    { maxRequestsPerHost: 0 },
  ])('rejects %o', (options) => {
    expect(() => new HttpSource(options)).toThrow(/^HttpSource option \w+ must be/);
  });
});
