import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from './create-dynamodb-client.js';
import { StoreThreadRequestHandler } from './store-thread-handler.js';

export interface EmbeddedDynamo {
  /** http://127.0.0.1:PORT, for createDynamoDbClient. */
  endpoint: string;
  /**
   * A transport for clients in this process that reaches the store's thread without a socket; pass
   * it with the endpoint to createDynamoDbClient.
   */
  requestHandler: StoreThreadRequestHandler;
  /** Stops the server and closes the database, so the folder can be opened again. */
  close(): Promise<void>;
}

/** What the store's thread (embedded-dynamo-thread.js) says when it has started, or not. */
type StartMessage =
  | { type: 'listening'; port: number }
  | { type: 'failed'; problem: 'in-use' | 'open' | 'listen'; reason: string };
/** What it answers to the request to close. */
interface ClosedMessage {
  type: 'closed';
  reason?: string;
}

const THREAD_ENTRY = new URL('./embedded-dynamo-thread.js', import.meta.url);
/**
 * The store's thread keeps little between requests: a small young generation, and an old one far
 * above what it holds, which also makes V8 collect it before it grows to several times its size.
 */
const THREAD_HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The thread's next message of one of these types; its crash or exit before that is an error. */
function nextMessage<T extends { type: string }>(
  thread: Worker,
  types: readonly T['type'][],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (!types.includes(message.type)) return;
      settle();
      resolve(message);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`its thread ended with code ${code}`));
    };
    const settle = () => {
      thread.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    thread.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

function startFailure(dataDir: string, message: StartMessage & { type: 'failed' }): Error {
  switch (message.problem) {
    case 'in-use':
      return new Error(`the data folder ${dataDir} is in use by another ceasefire-watch run`);
    case 'open':
      return new Error(`cannot open the data folder ${dataDir}: ${message.reason}`);
    case 'listen':
      return new Error(`cannot start the embedded DynamoDB for ${dataDir}: ${message.reason}`);
  }
}

/**
 * One request that reads the database: dynalite opens LevelDB in the background, and until it
 * holds the folder's lock another run's check would find the folder free.
 */
async function waitUntilServing(endpoint: string): Promise<void> {
  const client = createDynamoDbClient({ endpoint });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } finally {
    client.destroy();
  }
}

/**
 * Runs dynalite in a thread of this process, on an ephemeral port of 127.0.0.1, keeping its data
 * in `dataDir` (created if missing) so the next run remembers what this one saw. The store's work
 * then runs on another core than the caller's.
 */
export async function startEmbeddedDynamo(options: { dataDir: string }): Promise<EmbeddedDynamo> {
  const dataDir = path.resolve(options.dataDir);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new Error(`cannot create the data folder ${dataDir}: ${reasonOf(error)}`, {
      cause: error,
    });
  }

  // The caller's loader flags (such as TypeScript's) have nothing to do in a plain-JavaScript thread.
  const thread = new Worker(THREAD_ENTRY, {
    workerData: { dataDir },
    execArgv: [],
    resourceLimits: THREAD_HEAP_LIMITS,
  });
  let started: StartMessage;
  try {
    started = await nextMessage<StartMessage>(thread, ['listening', 'failed']);
  } catch (error) {
    await thread.terminate();
    throw new Error(`cannot start the embedded DynamoDB for ${dataDir}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  if (started.type === 'failed') throw startFailure(dataDir, started);

  const endpoint = `http://127.0.0.1:${started.port}`;
  const requestHandler = new StoreThreadRequestHandler(
    thread,
    `the embedded DynamoDB for ${dataDir}`,
  );
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= closeThread(thread, dataDir);
    return closing;
  };
  try {
    await waitUntilServing(endpoint);
  } catch (error) {
    await close().catch(() => undefined);
    throw new Error(`the embedded DynamoDB for ${dataDir} does not answer: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  return { endpoint, requestHandler, close };
}

/** Asks the thread to close the server and the database, and waits until it has ended. */
async function closeThread(thread: Worker, dataDir: string): Promise<void> {
  const ended = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  const answer = nextMessage<ClosedMessage>(thread, ['closed']);
  thread.postMessage({ type: 'close' });
  let closed: ClosedMessage;
  try {
    closed = await answer;
  } catch (error) {
    throw new Error(`the embedded DynamoDB for ${dataDir} did not close: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  await ended;
  if (closed.reason !== undefined) {
    throw new Error(`the embedded DynamoDB for ${dataDir} did not close: ${closed.reason}`);
  }
}
