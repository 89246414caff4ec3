// HttpSource over TLS, against a server on 127.0.0.1 with a certificate made by the test: the
// certificate is checked (authority and name), and article links are still held to public
// addresses once the connection is encrypted.
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, LookupFunction } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSource } from '../../functions/adapters/http-source.js';
import type { FeedConfig } from '../../functions/core/model.js';

const FEED_BODY = '<rss version="2.0"><channel><title>Harbour Post</title></channel></rss>';
const CERTIFIED_NAME = 'feeds.harbour.test';

let server: Server;
let port: number;
let authority: string;

/** Every name resolves to 127.0.0.1, as a private DNS view of the test server would. */
const loopbackLookup = ((_hostname, options, callback) => {
  if (typeof options === 'object' && options.all)
    callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as LookupFunction;

function feedAt(host: string): FeedConfig {
  return { id: 'harbour', url: `https://${host}:${port}/feed`, fetchArticle: false };
}

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: CERTIFIED_NAME }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: CERTIFIED_NAME }] },
    ],
  });
  authority = pems.cert;
  server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    if (request.url === '/feed') {
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      response.end(FEED_BODY);
    } else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Article</p>');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

describe('HttpSource over HTTPS', () => {
  it('fetches a feed from a server whose certificate an extra authority vouches for', async () => {
    const source = new HttpSource({
      lookup: loopbackLookup,
      extraCertificateAuthorities: [authority],
    });
    const fetched = await source.fetchFeed(feedAt(CERTIFIED_NAME), {});
    expect(fetched).toMatchObject({ status: 'ok', validators: { etag: '"v1"' } });
    expect(fetched.status === 'ok' && new TextDecoder().decode(fetched.body)).toBe(FEED_BODY);
  });

  it('refuses a certificate no trusted authority signed, naming the URL and the problem', async () => {
    const source = new HttpSource({ lookup: loopbackLookup });
    await expect(source.fetchFeed(feedAt(CERTIFIED_NAME), {})).rejects.toThrow(
      `fetch https://${CERTIFIED_NAME}:${port}/feed: TLS certificate problem with ${CERTIFIED_NAME}: DEPTH_ZERO_SELF_SIGNED_CERT`,
    );
  });

  it('refuses a certificate made out to another name', async () => {
    const source = new HttpSource({
      lookup: loopbackLookup,
      extraCertificateAuthorities: [authority],
    });
    await expect(source.fetchFeed(feedAt('impostor.harbour.test'), {})).rejects.toThrow(
      `fetch https://impostor.harbour.test:${port}/feed: TLS certificate problem with impostor.harbour.test: ERR_TLS_CERT_ALTNAME_INVALID`,
    );
  });

  it('keeps article links off loopback addresses over TLS too, unless allowed', async () => {
    const options = { lookup: loopbackLookup, extraCertificateAuthorities: [authority] };
    const article = `https://${CERTIFIED_NAME}:${port}/article`;
    await expect(new HttpSource(options).fetchArticle(article)).rejects.toThrow(
      `fetch ${article}: ${CERTIFIED_NAME} resolves to 127.0.0.1, a loopback address`,
    );
    const allowed = new HttpSource({ ...options, allowPrivateAddressesFor: ['127.0.0.1'] });
    await expect(allowed.fetchArticle(article)).resolves.toMatchObject({
      contentType: 'text/html',
    });
  });
});
