// Reads an HTTP response body into memory within a byte cap, decoding its Content-Encoding as it
// streams. The cap is checked on the bytes received and again on the decoded bytes, chunk by
// chunk, so a compression bomb is stopped once it has produced the cap, not after inflating all
// of it: the decoders only inflate as fast as the collector takes their output.
import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  constants,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib';

/** What a body that passes the cap is refused with; the caller names the URL. */
export class BodyTooLargeError extends Error {
  readonly code = 'ERR_BODY_TOO_LARGE';
}

/** A Content-Encoding the client never offered to decode. */
export class UnsupportedEncodingError extends Error {
  readonly code = 'ERR_UNSUPPORTED_CONTENT_ENCODING';
}

export const ACCEPT_ENCODING = 'gzip, deflate, br';

// Truncated compressed bodies are common on the web: decode what arrived, as browsers do.
const ZLIB_OPTIONS: ZlibOptions = {
  flush: constants.Z_SYNC_FLUSH,
  finishFlush: constants.Z_SYNC_FLUSH,
};
const BROTLI_OPTIONS: BrotliOptions = {
  flush: constants.BROTLI_OPERATION_FLUSH,
  finishFlush: constants.BROTLI_OPERATION_FLUSH,
};

export async function readResponseBody(
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const cap = formatBytes(maxBytes);
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  // The declared length counts the bytes on the wire: if those pass the cap, the body will too.
  if (declared > maxBytes) {
    response.destroy();
    throw new BodyTooLargeError(`body larger than ${cap} (Content-Length ${declared})`);
  }
  const decoders = decodersFor(response.headers['content-encoding']);
  const received = byteLimit(maxBytes, () => `body larger than ${cap}`);
  const chunks: Buffer[] = [];
  let total = 0;
  const collector = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        done(new BodyTooLargeError(`body larger than ${cap} after decompression`));
        return;
      }
      chunks.push(chunk);
      done();
    },
  });
  await pipeline([response, received, ...decoders, collector], { signal });
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Decoders in the order to apply them: the header lists codings in the order they were applied. */
function decodersFor(header: string | undefined): Transform[] {
  const codings = (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return createGunzip(ZLIB_OPTIONS);
      case 'deflate':
        return createInflate(ZLIB_OPTIONS);
      case 'br':
        return createBrotliDecompress(BROTLI_OPTIONS);
      default:
        throw new UnsupportedEncodingError(
          `unsupported Content-Encoding "${coding}" (asked for ${ACCEPT_ENCODING})`,
        );
    }
  });
}

/** Passes bytes through until more than `maxBytes` have gone by. */
function byteLimit(maxBytes: number, message: () => string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.byteLength;
      if (seen > maxBytes) done(new BodyTooLargeError(message()));
      else done(null, chunk);
    },
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
