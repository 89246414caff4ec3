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
  createInflateRaw,
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
  const codings = codingsOf(response.headers['content-encoding']);
  // "deflate" means the zlib format, yet some servers send the bare deflate stream: browsers
  // read both, told apart by the zlib header's first two bytes.
  const rawDeflate =
    codings.at(-1) === 'deflate' && !hasZlibHeader(await peekFirstChunk(response, signal));
  const decoders = decodersFor(codings, rawDeflate);
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

/** The codings the header lists, in the order they were applied. */
function codingsOf(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/** Decoders in the order to apply them, the last coding applied first. */
function decodersFor(codings: readonly string[], rawDeflate: boolean): Transform[] {
  return [...codings].reverse().map((coding, index) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return createGunzip(ZLIB_OPTIONS);
      case 'deflate':
        return index === 0 && rawDeflate
          ? createInflateRaw(ZLIB_OPTIONS)
          : createInflate(ZLIB_OPTIONS);
      case 'br':
        return createBrotliDecompress(BROTLI_OPTIONS);
      default:
        throw new UnsupportedEncodingError(
          `unsupported Content-Encoding "${coding}" (asked for ${ACCEPT_ENCODING})`,
        );
    }
  });
}

/** RFC 1950's header: compression method 8 (deflate), the two bytes a multiple of 31. */
function hasZlibHeader(chunk: Buffer | null): boolean {
  if (chunk === null || chunk.byteLength < 2) return true;
  const first = chunk[0] ?? 0;
  return (first & 0x0f) === 8 && ((first << 8) | (chunk[1] ?? 0)) % 31 === 0;
}

/**
 * The body's first chunk, put back to be read again; null when the body ends, fails or the
 * fetch is aborted first (reading the body then reports why).
 */
function peekFirstChunk(response: IncomingMessage, signal: AbortSignal): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const finish = (chunk: Buffer | null): void => {
      response.off('readable', onReadable);
      response.off('end', onEnd);
      response.off('close', onEnd);
      response.off('error', onEnd);
      signal.removeEventListener('abort', onEnd);
      resolve(chunk);
    };
    const onReadable = (): void => {
      const chunk = response.read() as Buffer | null;
      if (chunk === null) return;
      response.unshift(chunk);
      finish(chunk);
    };
    const onEnd = (): void => finish(null);
    if (signal.aborted) {
      resolve(null);
      return;
    }
    response.on('readable', onReadable);
    response.once('end', onEnd);
    response.once('close', onEnd);
    response.once('error', onEnd);
    signal.addEventListener('abort', onEnd, { once: true });
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
