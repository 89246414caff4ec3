import type { Worker } from 'node:worker_threads';
import type {
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse,
  RequestHandler,
  RequestHandlerOutput,
} from '@smithy/types';

/** A request as the store's thread takes it (see embedded-dynamo-thread.js). */
export interface ThreadRequest {
  type: 'request';
  id: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The thread's answer to one request. */
export interface ThreadResponse {
  type: 'response';
  id: number;
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

interface Waiting {
  resolve: (output: RequestHandlerOutput<HttpResponse>) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

// As long as a request may take over HTTP (see create-dynamodb-client.ts).
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The SDK's transport to the embedded store through its thread's message port instead of a socket:
 * the same requests and answers, without HTTP on either side. Destroying a client leaves the thread
 * alone: the embedded store is closed by its own close().
 */
export class StoreThreadRequestHandler implements RequestHandler<
  HttpRequest,
  HttpResponse,
  HttpHandlerOptions
> {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private stopped: Error | undefined;

  constructor(
    private readonly thread: Worker,
    /** Names the store in errors, e.g. "the embedded DynamoDB for /home/you/.data". */
    private readonly name: string,
  ) {
    thread.on('message', (message: { type: string }) => {
      if (message.type === 'response') this.settle(message as ThreadResponse);
    });
    thread.on('error', (error) => this.stop(`${name} stopped: ${error.message}`));
    thread.on('exit', () => this.stop(`${name} is closed`));
  }

  async handle(
    request: HttpRequest,
    options: HttpHandlerOptions = {},
  ): Promise<RequestHandlerOutput<HttpResponse>> {
    if (this.stopped !== undefined) throw this.stopped;
    if (options.abortSignal?.aborted) throw namedError('AbortError', 'Request aborted');
    const body = requestBody(request.body);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timeoutMs = options.requestTimeout ?? REQUEST_TIMEOUT_MS;
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(namedError('TimeoutError', `${this.name} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      const abort = options.abortSignal;
      const onAbort = () => {
        if (!this.waiting.delete(id)) return;
        clearTimeout(timer);
        reject(namedError('AbortError', 'Request aborted'));
      };
      if (abort !== undefined && 'addEventListener' in abort) {
        abort.addEventListener('abort', onAbort, { once: true });
      }
      const message: ThreadRequest = {
        type: 'request',
        id,
        method: request.method,
        url: urlOf(request),
        headers: lowerCaseKeys(request.headers),
        body,
      };
      this.thread.postMessage(message);
    });
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  private settle(response: ThreadResponse): void {
    const waiting = this.waiting.get(response.id);
    if (waiting === undefined) return;
    this.waiting.delete(response.id);
    clearTimeout(waiting.timer);
    const { statusCode, headers, body } = response;
    waiting.resolve({ response: { statusCode, headers, body } });
  }

  private stop(reason: string): void {
    this.stopped ??= new Error(reason);
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(this.stopped);
    }
  }
}

function requestBody(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new TypeError(`the embedded store takes text request bodies, got ${typeof body}`);
}

function urlOf(request: HttpRequest): string {
  const query = Object.entries(request.query ?? {}).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((entry) =>
      entry === null
        ? encodeURIComponent(name)
        : `${encodeURIComponent(name)}=${encodeURIComponent(entry)}`,
    ),
  );
  return query.length === 0 ? request.path : `${request.path}?${query.join('&')}`;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return lower;
}

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}
