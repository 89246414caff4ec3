// HttpSource against servers that misbehave on purpose, all built here on 127.0.0.1: each must end
// in bounded time and memory with an error naming the URL and the cause.
import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type LookupFunction } from 'node:net';
import type { Server as TcpServer, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  constants,
  createBrotliCompress,
  createGzip,
  deflateRawSync,
  deflateSync,
} from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpSource } from '../../functions/adapters/http-source.js';
import type { FeedConfig } from '../../functions/core/model.js';
import { RetryLaterError } from '../../functions/core/ports.js';

const MIB = 1024 * 1024;
const FEED_BODY = '<rss version="2.0"><channel><title>Harbour Post</title></channel></rss>';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let base: string;
let port: number;
let silentServer: TcpServer;
let silentBase: string;
const silentSockets = new Set<Socket>();
const requestedPaths: string[] = [];
const requestHeaders: IncomingHttpHeaders[] = [];
/** Resolves when the server sees the client close a connection whose body it had not finished. */
let bodyAbandoned: Promise<void>;
let abandon: () => void = () => undefined;

const routes: Record<string, Handler> = {
  '/feed': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED_BODY);
  },
  '/article': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Article</p>');
  },
  '/gzip-bomb': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    streamEndlessly(response, createGzip({ level: 9, flush: constants.Z_SYNC_FLUSH }));
  },
  '/brotli-bomb': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' });
    streamEndlessly(
      response,
      createBrotliCompress({
        flush: constants.BROTLI_OPERATION_FLUSH,
        params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
      }),
    );
  },
  '/endless-chunked': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    streamEndlessly(response);
  },
  '/drip': (_request, response) => {
    // A byte every 100 ms: never idle long enough for an idle timeout, so only the deadline ends it.
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => response.write('<'), 100);
    response.on('close', () => clearInterval(timer));
  },
  '/broken-gzip': (_request, response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
      .end('this is not gzip at all');
  },
  '/deflate-zlib': (_request, response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' })
      .end(deflateSync(FEED_BODY));
  },
  '/deflate-raw': (_request, response) => {
    // What some servers send as "deflate": the bare stream, without the zlib header.
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' })
      .end(deflateRawSync(FEED_BODY));
  },
  '/zstd': (_request, response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'zstd' })
      .end('(\xb5/\xfd');
  },
  '/loop': redirectTo('/loop'),
  '/to-metadata': redirectTo('http://169.254.169.254/latest/meta-data/iam/'),
  '/to-internal-name': () => undefined, // replaced in beforeAll: needs the port
  '/too-many-requests': (_request, response) => {
    response.writeHead(429, { 'retry-after': '120' }).end();
  },
  '/too-many-requests-no-hint': (_request, response) => response.writeHead(429).end(),
  '/unavailable-until': (_request, response) => {
    // Measured from the server's own Date header, not the client's clock.
    const serverNow = Date.parse('Mon, 16 Nov 2026 08:00:00 GMT');
    response
      .writeHead(503, {
        date: new Date(serverNow).toUTCString(),
        'retry-after': new Date(serverNow + 90_000).toUTCString(),
      })
      .end();
  },
  '/error-with-retry-after': (_request, response) => {
    response.writeHead(500, { 'retry-after': '30' }).end();
  },
};

for (let hop = 1; hop <= 8; hop += 1) {
  routes[`/chain/${hop}`] = redirectTo(hop === 1 ? '/feed' : `/chain/${hop - 1}`);
}

for (const [name, target] of Object.entries({
  file: 'file:///etc/passwd',
  ftp: 'ftp://files.example.org/feed.xml',
  data: 'data:text/xml,<rss/>',
  javascript: 'javascript:alert(1)',
})) {
  routes[`/to-${name}`] = redirectTo(target);
}

function redirectTo(location: string): Handler {
  return (_request, response) => response.writeHead(302, { location }).end();
}

/** Writes zeros into the response (through a compressor when given) until the client hangs up. */
function streamEndlessly(response: ServerResponse, compressor?: NodeJS.ReadWriteStream): void {
  const zeros = Buffer.alloc(64 * 1024, compressor ? 0 : 0x20);
  const source = new Readable({
    read() {
      this.push(zeros);
    },
  });
  response.on('close', () => {
    if (!response.writableFinished) abandon();
  });
  const stages = compressor ? [source, compressor, response] : [source, response];
  pipeline(stages).catch(() => undefined);
}

function feed(path: string, url = `${base}${path}`): FeedConfig {
  return { id: 'harbour-post', url, fetchArticle: true };
}

/** Answers for invented host names, as DNS would; unknown names are not found. */
function fakeDns(answers: Record<string, string[]>): LookupFunction {
  return (hostname, options, callback) => {
    process.nextTick(() => {
      const addresses = answers[hostname];
      if (addresses === undefined) {
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
          code: 'ENOTFOUND',
        });
        callback(error, '', 0);
        return;
      }
      const found = addresses.map((address) => ({
        address,
        family: address.includes(':') ? 6 : 4,
      }));
      if (options.all) callback(null, found);
      else callback(null, found[0]?.address ?? '', found[0]?.family ?? 4);
    });
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requestedPaths.push(path);
    requestHeaders.push(request.headers);
    const handler = routes[path];
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  routes['/to-internal-name'] = redirectTo(`http://intranet.example.test:${port}/feed`);

  // Accepts connections and never says a word.
  silentServer = createTcpServer((socket) => {
    silentSockets.add(socket);
    socket.on('close', () => silentSockets.delete(socket));
  });
  silentServer.listen(0, '127.0.0.1');
  await once(silentServer, 'listening');
  silentBase = `http://127.0.0.1:${(silentServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  for (const socket of silentSockets) socket.destroy();
  silentServer.close();
  await Promise.all([once(server, 'close'), once(silentServer, 'close')]);
});

beforeEach(() => {
  requestedPaths.length = 0;
  requestHeaders.length = 0;
  bodyAbandoned = new Promise<void>((resolve) => {
    abandon = resolve;
  });
});

describe('HttpSource against hostile servers', () => {
  it.each([
    ['/gzip-bomb', 'gzip'],
    ['/brotli-bomb', 'brotli'],
  ])('stops the endless %s bomb at the decoded cap and hangs up', async (path) => {
    // The compressed stream never ends: only a cap on the decoded bytes can stop it.
    const source = new HttpSource({ maxBytes: MIB, timeoutMs: 30_000 });

    await expect(source.fetchFeed(feed(path), {})).rejects.toThrow(
      `fetch ${base}${path}: body larger than 1 MiB after decompression`,
    );
    await bodyAbandoned;
  });

  it('stops an endless chunked body at the cap and hangs up', async () => {
    const source = new HttpSource({ maxBytes: MIB, timeoutMs: 30_000 });

    await expect(source.fetchFeed(feed('/endless-chunked'), {})).rejects.toThrow(
      new RegExp(`^fetch ${base}/endless-chunked: body larger than 1 MiB$`),
    );
    await bodyAbandoned;
  });

  it('ends a body that drips a byte at a time at the total deadline', async () => {
    await expect(new HttpSource({ timeoutMs: 500 }).fetchFeed(feed('/drip'), {})).rejects.toThrow(
      `fetch ${base}/drip: timed out after 0.5 s while reading the body from 127.0.0.1:${port}`,
    );
  });

  it('ends a connection the server accepts and never answers at the total deadline', async () => {
    const url = `${silentBase}/feed`;
    await expect(new HttpSource({ timeoutMs: 300 }).fetchFeed(feed('', url), {})).rejects.toThrow(
      `fetch ${url}: timed out after 0.3 s while waiting for the response from`,
    );
  });

  it('gives up on a connection not made within the connect timeout, well before the deadline', async () => {
    // DNS that never answers stands in for a host that never answers the TCP handshake.
    const neverAnswers: LookupFunction = () => undefined;
    const source = new HttpSource({
      connectTimeoutMs: 200,
      timeoutMs: 60_000,
      lookup: neverAnswers,
    });
    const url = 'http://unreachable.example.test:8080/feed';

    await expect(source.fetchFeed(feed('', url), {})).rejects.toThrow(
      `fetch ${url}: connection to unreachable.example.test:8080 timed out after 0.2 s`,
    );
  });

  it('follows no more than maxRedirects hops', async () => {
    await expect(new HttpSource().fetchFeed(feed('/chain/8'), {})).rejects.toThrow(
      `fetch ${base}/chain/8: too many redirects (more than 5)`,
    );
    expect(requestedPaths).toEqual([
      '/chain/8',
      '/chain/7',
      '/chain/6',
      '/chain/5',
      '/chain/4',
      '/chain/3',
    ]);
  });

  it('breaks a redirect loop at the same limit', async () => {
    await expect(new HttpSource().fetchFeed(feed('/loop'), {})).rejects.toThrow(
      `fetch ${base}/loop: too many redirects (more than 5)`,
    );
    expect(requestedPaths).toHaveLength(6);
  });

  it.each([
    ['/to-file', 'file:///etc/passwd', 'file:'],
    ['/to-ftp', 'ftp://files.example.org/feed.xml', 'ftp:'],
    ['/to-data', 'data:text/xml,<rss/>', 'data:'],
    ['/to-javascript', 'javascript:alert(1)', 'javascript:'],
  ])('refuses the redirect of %s to %s', async (path, shown, scheme) => {
    await expect(new HttpSource().fetchFeed(feed(path), {})).rejects.toThrow(
      `fetch ${base}${path}: redirect to ${shown} refused: unsupported scheme ${scheme}`,
    );
  });

  it('names a body that does not decompress and an encoding it never asked for', async () => {
    const source = new HttpSource();
    await expect(source.fetchFeed(feed('/broken-gzip'), {})).rejects.toThrow(
      `fetch ${base}/broken-gzip: could not decompress the response from 127.0.0.1:${port}`,
    );
    await expect(source.fetchFeed(feed('/zstd'), {})).rejects.toThrow(
      `fetch ${base}/zstd: unsupported Content-Encoding "zstd" (asked for gzip, deflate, br)`,
    );
  });

  it.each(['/deflate-zlib', '/deflate-raw'])(
    'reads a deflate body with or without the zlib header (%s)',
    async (path) => {
      const fetched = await new HttpSource().fetchFeed(feed(path), {});
      expect(fetched.status).toBe('ok');
      expect(fetched.status === 'ok' && new TextDecoder().decode(fetched.body)).toBe(FEED_BODY);
    },
  );

  it('refuses response headers too large to be honest', async () => {
    const flood = createTcpServer((socket) => {
      socket.on('error', () => undefined);
      socket.end(`HTTP/1.1 200 OK\r\nx-padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    });
    flood.listen(0, '127.0.0.1');
    await once(flood, 'listening');
    const url = `http://127.0.0.1:${(flood.address() as AddressInfo).port}/feed`;
    try {
      await expect(new HttpSource().fetchFeed(feed('', url), {})).rejects.toThrow(
        /malformed HTTP response from 127\.0\.0\.1:\d+ \(HPE_HEADER_OVERFLOW\)$/,
      );
    } finally {
      flood.close();
    }
  });
});

describe('HttpSource and Retry-After', () => {
  it('carries the wait of a 429 given in seconds', async () => {
    const error = await new HttpSource()
      .fetchFeed(feed('/too-many-requests'), {})
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({
      message: `fetch ${base}/too-many-requests: HTTP 429 Too Many Requests (retry after 120 s)`,
      retryAfterMs: 120_000,
    });
  });

  it('carries the wait of a 503 given as an HTTP date, measured from the server’s Date', async () => {
    const error = await new HttpSource()
      .fetchFeed(feed('/unavailable-until'), {})
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({ retryAfterMs: 90_000 });
  });

  it.each([
    ['/too-many-requests-no-hint', 'HTTP 429 Too Many Requests'],
    ['/error-with-retry-after', 'HTTP 500 Internal Server Error'],
  ])('reports %s as a plain failure', async (path, status) => {
    const error = await new HttpSource()
      .fetchFeed(feed(path), {})
      .catch((caught: unknown) => caught);

    expect(error).not.toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({ message: `fetch ${base}${path}: ${status}` });
  });
});

describe('HttpSource keeps article links off private addresses', () => {
  it('refuses an article on a loopback address by default, and fetches a feed there', async () => {
    const source = new HttpSource();

    await expect(source.fetchArticle(`${base}/article`)).rejects.toThrow(
      `fetch ${base}/article: 127.0.0.1 is a loopback address: article links may only lead to public addresses`,
    );
    expect(requestedPaths).toEqual([]);
    // Feeds are configured by the operator and may live on a private network.
    await expect(source.fetchFeed(feed('/feed'), {})).resolves.toMatchObject({ status: 'ok' });
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a cloud metadata address'],
    ['http://[fd00:ec2::254]/latest/meta-data/', 'fd00:ec2::254 is a cloud metadata address'],
    ['http://10.20.30.40/admin', '10.20.30.40 is a private address'],
    ['http://100.100.100.200/latest/meta-data/', '100.100.100.200 is a cloud metadata address'],
    ['http://100.72.0.9/', '100.72.0.9 is a carrier-grade NAT address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is a loopback address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://[fd12:3456::1]/', 'fd12:3456::1 is a unique-local address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0.0.0.0/', '0.0.0.0 is an unspecified address'],
  ])('refuses the literal address in %s before connecting', async (url, reason) => {
    const resolved: string[] = [];
    const source = new HttpSource({
      timeoutMs: 2_000,
      lookup: (hostname, options, callback) => {
        resolved.push(hostname);
        fakeDns({})(hostname, options, callback);
      },
    });

    await expect(source.fetchArticle(url)).rejects.toThrow(`fetch ${url}: ${reason}`);
    expect(resolved).toEqual([]);
  });

  it('checks every address DNS returns for an article host, and lets feeds through', async () => {
    const source = new HttpSource({
      lookup: fakeDns({
        'rebound.example.test': ['127.0.0.1'],
        'mixed.example.test': ['8.8.8.8', '192.168.1.20'],
      }),
    });

    await expect(
      source.fetchArticle(`http://rebound.example.test:${port}/article`),
    ).rejects.toThrow(
      `fetch http://rebound.example.test:${port}/article: rebound.example.test resolves to 127.0.0.1, a loopback address`,
    );
    await expect(source.fetchArticle(`http://mixed.example.test:${port}/article`)).rejects.toThrow(
      'mixed.example.test resolves to 192.168.1.20, a private address',
    );
    expect(requestedPaths).toEqual([]);
    await expect(
      source.fetchFeed(feed('', `http://rebound.example.test:${port}/feed`), {}),
    ).resolves.toMatchObject({ status: 'ok' });
  });

  it('checks every redirect hop of an article', async () => {
    const source = new HttpSource({
      allowPrivateAddressesFor: ['127.0.0.1'],
      lookup: fakeDns({ 'intranet.example.test': ['10.1.2.3'] }),
    });

    await expect(source.fetchArticle(`${base}/to-metadata`)).rejects.toThrow(
      `fetch ${base}/to-metadata: redirect to http://169.254.169.254/latest/meta-data/iam/ refused: 169.254.169.254 is a cloud metadata address`,
    );
    await expect(source.fetchArticle(`${base}/to-internal-name`)).rejects.toThrow(
      `fetch ${base}/to-internal-name: intranet.example.test resolves to 10.1.2.3, a private address`,
    );
    expect(requestedPaths).toEqual(['/to-metadata', '/to-internal-name']);
  });

  it('reaches an address on the allow-list', async () => {
    const source = new HttpSource({ allowPrivateAddressesFor: ['127.0.0.1'] });
    const page = await source.fetchArticle(`${base}/article`);
    expect(Buffer.from(page.body).toString('utf8')).toBe('<p>Article</p>');
  });
});

describe('HttpSource replays validators byte for byte', () => {
  // A weak ETag with inner spacing and a Latin-1 byte, and a Last-Modified that is not quite a date.
  const ETAG = 'W/"v 2;  caf\u00e9"';
  const LAST_MODIFIED = 'Fri,  14 Mar 2025 06:40:00 GMT (edited)';

  it('sends back exactly the bytes the server sent', async () => {
    const received: Buffer[] = [];
    const exact = createTcpServer((socket) => {
      let request = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        request = Buffer.concat([request, chunk]);
        if (!request.includes('\r\n\r\n')) return;
        received.push(request);
        const head =
          received.length === 1
            ? `HTTP/1.1 200 OK\r\nETag: ${ETAG}\r\nLast-Modified: ${LAST_MODIFIED}\r\nContent-Length: ${FEED_BODY.length}\r\nConnection: close\r\n\r\n${FEED_BODY}`
            : 'HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n';
        socket.end(Buffer.from(head, 'latin1'));
      });
    });
    exact.listen(0, '127.0.0.1');
    await once(exact, 'listening');
    const url = `http://127.0.0.1:${(exact.address() as AddressInfo).port}/feed`;
    try {
      const source = new HttpSource();
      const first = await source.fetchFeed(feed('', url), {});
      expect(first.status === 'ok' && first.validators).toEqual({
        etag: ETAG,
        lastModified: LAST_MODIFIED,
      });
      // What the store keeps and gives back is a plain copy of these strings.
      const stored = JSON.parse(JSON.stringify(first.status === 'ok' ? first.validators : {}));

      const second = await source.fetchFeed(feed('', url), stored);

      expect(second).toEqual({ status: 'not-modified' });
      expect(received[1]).toBeDefined();
      const sent = received[1] ?? Buffer.alloc(0);
      expect(sent.includes(Buffer.from(`if-none-match: ${ETAG}\r\n`, 'latin1'))).toBe(true);
      expect(sent.includes(Buffer.from(`if-modified-since: ${LAST_MODIFIED}\r\n`, 'latin1'))).toBe(
        true,
      );
    } finally {
      exact.close();
    }
  });

  it('leaves out a stored validator that is no longer a legal header value', async () => {
    await new HttpSource().fetchFeed(feed('/feed'), { etag: '"v1"\r\nx-injected: yes' });
    expect(requestedPaths).toEqual(['/feed']);
    expect(requestHeaders[0]?.['if-none-match']).toBeUndefined();
    expect(requestHeaders[0]?.['x-injected']).toBeUndefined();
  });
});

describe('HttpSource per-host limit', () => {
  /** Counts requests open at once; holds each until a third arrives or 100 ms pass. */
  function countingServer(): { server: Server; peak: () => number; open: () => number } {
    let open = 0;
    let peak = 0;
    let held: ServerResponse[] = [];
    const releaseHeld = (): void => {
      for (const response of held) response.writeHead(200).end(FEED_BODY);
      held = [];
    };
    const counting = createServer((_request, response) => {
      open += 1;
      peak = Math.max(peak, open);
      response.on('close', () => {
        open -= 1;
      });
      held.push(response);
      if (held.length >= 3) releaseHeld();
      else setTimeout(releaseHeld, 100);
    });
    return { server: counting, peak: () => peak, open: () => open };
  }

  it('keeps at most two requests open to one host, feeds and articles together', async () => {
    const first = countingServer();
    const second = countingServer();
    for (const { server: each } of [first, second]) {
      each.listen(0, '127.0.0.1');
      await once(each, 'listening');
    }
    const urlOf = (counting: { server: Server }, path: string): string =>
      `http://127.0.0.1:${(counting.server.address() as AddressInfo).port}${path}`;
    let peakTogether = 0;
    const sample = setInterval(() => {
      peakTogether = Math.max(peakTogether, first.open() + second.open());
    }, 5);
    try {
      const source = new HttpSource({ allowPrivateAddressesFor: ['127.0.0.1'] });
      const fetches = [
        ...[1, 2, 3].map((n) => source.fetchFeed(feed('', urlOf(first, `/feed-${n}`)), {})),
        ...[1, 2, 3].map((n) => source.fetchArticle(urlOf(first, `/article-${n}`))),
        ...[1, 2, 3].map((n) => source.fetchArticle(urlOf(second, `/article-${n}`))),
      ];

      const results = await Promise.allSettled(fetches);

      expect(results.map((result) => result.status)).toEqual(Array(9).fill('fulfilled'));
      expect(first.peak()).toBe(2);
      expect(second.peak()).toBe(2);
      // The limit is per host: the two hosts were served at the same time.
      expect(peakTogether).toBeGreaterThan(2);
    } finally {
      clearInterval(sample);
      for (const { server: each } of [first, second]) {
        each.closeAllConnections();
        each.close();
      }
    }
  });
});
