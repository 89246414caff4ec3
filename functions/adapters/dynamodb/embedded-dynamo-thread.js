// The embedded store's own thread: dynalite and its LevelDB answer here, so their work runs on a
// second core beside the poller's. Plain JavaScript, because a worker thread starts without the
// TypeScript loader of the thread that made it. The messages are typed in embedded-dynamo.ts.
import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const requireHere = createRequire(import.meta.url);
const dynalite = requireHere('dynalite');
// dynalite's own LevelDB package, so the check locks the folder exactly as dynalite will.
const { Level } = createRequire(requireHere.resolve('dynalite'))('level');

/** @param {unknown} error */
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {any} error */
function isLocked(error) {
  return error?.code === 'LEVEL_LOCKED' || error?.cause?.code === 'LEVEL_LOCKED';
}

/**
 * Opens and closes the folder's database once before dynalite does. dynalite opens it in the
 * background and, when that fails, throws from inside its request handler on the first request,
 * which would end this thread instead of reporting the problem.
 * @param {string} dataDir
 */
async function checkDataFolder(dataDir) {
  const database = new Level(dataDir);
  try {
    await database.open();
  } catch (error) {
    const cause = error instanceof Error && error.cause ? error.cause : error;
    return {
      type: 'failed',
      problem: isLocked(error) ? 'in-use' : 'open',
      reason: reasonOf(cause),
    };
  }
  await database.close();
  return undefined;
}

/** @param {import('node:http').Server} server */
function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address());
    });
  });
}

/**
 * Hands one request that came as a message to dynalite's HTTP request handler, with the few
 * members of a request and a response that handler uses, and posts the answer back: requests from
 * this process skip the sockets and the HTTP parsing on both sides.
 * @param {(request: unknown, response: unknown) => void} handleHttp
 * @param {{ id: number, method: string, url: string, headers: Record<string, string>, body: string }} message
 */
function answer(handleHttp, message) {
  const request = Object.assign(new EventEmitter(), {
    method: message.method,
    url: message.url,
    headers: message.headers,
  });
  /** @type {Record<string, string>} */
  const headers = {};
  const response = {
    statusCode: 200,
    /** @param {string} name @param {unknown} value */
    setHeader(name, value) {
      headers[name.toLowerCase()] = String(value);
    },
    /** @param {string | Uint8Array | undefined} body */
    end(body) {
      const bytes = typeof body === 'string' ? Buffer.from(body) : (body ?? new Uint8Array());
      parentPort.postMessage({
        type: 'response',
        id: message.id,
        statusCode: response.statusCode,
        headers,
        body: bytes,
      });
    },
  };
  handleHttp(request, response);
  if (message.body !== '') request.emit('data', Buffer.from(message.body));
  request.emit('end');
}

async function start() {
  const { dataDir } = workerData;
  const refused = await checkDataFolder(dataDir);
  if (refused) return refused;
  // The tables are created at start-up and nothing should wait on dynalite's simulated delays.
  const server = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const [handleHttp] = server.listeners('request');
  parentPort.on('message', (message) => {
    if (message.type === 'request') {
      answer(handleHttp, message);
    } else if (message.type === 'close') {
      // dynalite's close stops the HTTP server, then waits for pending writes and closes LevelDB.
      server.close((error) => {
        parentPort.postMessage({ type: 'closed', reason: error ? reasonOf(error) : undefined });
        parentPort.close();
      });
    }
  });
  try {
    const address = await listen(server);
    return { type: 'listening', port: address.port };
  } catch (error) {
    server.close(() => undefined);
    return { type: 'failed', problem: 'listen', reason: reasonOf(error) };
  }
}

const started = await start();
parentPort.postMessage(started);
// Nothing more to do for a store that did not start: the thread ends.
if (started.type === 'failed') parentPort.close();
