import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from './create-dynamodb-client.js';

export interface EmbeddedDynamo {
  /** http://127.0.0.1:PORT, for createDynamoDbClient. */
  endpoint: string;
  /** Stops the server and closes the database, so the folder can be opened again. */
  close(): Promise<void>;
}

/** The few members of a LevelDB handle the folder check uses. */
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}

interface LevelError extends Error {
  code?: string;
  cause?: unknown;
}

interface DynaliteOptions {
  path: string;
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}

// dynalite ships no type declarations, hence require with the part of its API used here.
const requireHere = createRequire(import.meta.url);
const dynalite = requireHere('dynalite') as (options: DynaliteOptions) => Server;
// dynalite's own LevelDB package, so the check locks the folder exactly as dynalite will.
const { Level } = createRequire(requireHere.resolve('dynalite'))('level') as {
  Level: new (location: string) => LevelDatabase;
};

function isLockedError(error: unknown): boolean {
  const levelError = error as LevelError | undefined;
  return (
    levelError?.code === 'LEVEL_LOCKED' ||
    (levelError?.cause as LevelError)?.code === 'LEVEL_LOCKED'
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens and closes the folder's database once before dynalite does. dynalite opens it in the
 * background and, when that fails, throws from inside its request handler on the first request,
 * which would take the whole process down instead of reporting the problem. Two runs starting
 * within the same few milliseconds could both pass this check; the later one then still crashes.
 */
async function checkDataFolderIsFree(dataDir: string): Promise<void> {
  const database = new Level(dataDir);
  try {
    await database.open();
  } catch (error) {
    if (isLockedError(error)) {
      throw new Error(`the data folder ${dataDir} is in use by another ceasefire-watch run`, {
        cause: error,
      });
    }
    // Level's own message is "Database failed to open"; the cause says why.
    const reason = reasonOf(error instanceof Error && error.cause ? error.cause : error);
    throw new Error(`cannot open the data folder ${dataDir}: ${reason}`, { cause: error });
  }
  await database.close();
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  // dynalite's close stops the HTTP server, then waits for pending writes and closes LevelDB.
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
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
 * Runs dynalite in this process on an ephemeral port of 127.0.0.1, keeping its data in `dataDir`
 * (created if missing) so the next run remembers what this one saw.
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
  await checkDataFolderIsFree(dataDir);

  // The tables are created at start-up and nothing should wait on dynalite's simulated delays.
  const server = dynalite({
    path: dataDir,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  let address: AddressInfo;
  try {
    address = await listen(server);
  } catch (error) {
    await closeServer(server).catch(() => undefined);
    throw new Error(`cannot start the embedded DynamoDB for ${dataDir}: ${reasonOf(error)}`, {
      cause: error,
    });
  }

  const endpoint = `http://127.0.0.1:${address.port}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= closeServer(server);
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
  return { endpoint, close };
}
