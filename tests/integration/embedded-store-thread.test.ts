// The embedded store runs in a thread of its own; clients in the same process reach it through the
// thread's message port, others over HTTP. Both see one and the same store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import {
  type EmbeddedDynamo,
  startEmbeddedDynamo,
} from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import type { StoredItem } from '../../functions/core/ports.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';
import { aVerdict } from '../support/factories.js';

const tables = tableNamesFor('thread-transport');

function aStoredItem(itemId: string): StoredItem {
  return {
    itemId,
    feedId: 'lakeside-courier',
    url: `https://lakeside.example/${itemId}`,
    title: 'Ceasefire holds along the lake road',
    recordedAt: '2024-06-01T06:00:00.000Z',
    verdict: aVerdict({ label: 'other' }),
    pending: false,
  };
}

describe('the embedded store over its thread’s own transport', () => {
  let dataDir: string;
  let dynamo: EmbeddedDynamo;
  let overPort: DynamoDBClient;
  let overHttp: DynamoDBClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cw-thread-transport-'));
    dynamo = await startEmbeddedDynamo({ dataDir });
    overPort = createDynamoDbClient({
      endpoint: dynamo.endpoint,
      requestHandler: dynamo.requestHandler,
    });
    overHttp = createDynamoDbClient({ endpoint: dynamo.endpoint });
    await ensureTables(overPort, tables);
  });

  afterAll(async () => {
    overPort?.destroy();
    overHttp?.destroy();
    await dynamo?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads what a client over HTTP wrote, and the other way round', async () => {
    const byPort = new DynamoDbStore(overPort, tables);
    const byHttp = new DynamoDbStore(overHttp, tables);

    await byPort.putFeedState({
      feedId: 'lakeside-courier',
      url: 'https://lakeside.example/rss',
      consecutiveFailures: 0,
    });
    await byHttp.recordSettledItems([aStoredItem('i-over-http')]);

    expect(await byHttp.getFeedState('lakeside-courier')).toMatchObject({
      url: 'https://lakeside.example/rss',
    });
    expect(await byPort.knownItemIds(['i-over-http', 'i-never'])).toEqual(new Set(['i-over-http']));
  });

  it('answers a failed condition and a missing table as DynamoDB does', async () => {
    const store = new DynamoDbStore(overPort, tables);
    const item = { ...aStoredItem('i-once'), pending: true };
    expect(await store.recordItem(item)).toBe(true);
    expect(await store.recordItem(item)).toBe(false);

    const missing = new DynamoDbStore(overPort, tableNamesFor('never-created'));
    await expect(missing.getFeedState('lakeside-courier')).rejects.toThrow(
      /never-created-feeds.*ResourceNotFoundException/,
    );
  });

  it('carries an answer of many items whole', async () => {
    const store = new DynamoDbStore(overPort, tables);
    const ids = Array.from({ length: 250 }, (_, index) => `i-bulk-${index}`);
    await store.recordSettledItems(ids.map(aStoredItem));

    expect((await store.knownItemIds(ids)).size).toBe(250);
  });
});

describe('the thread’s transport once the store is closed', () => {
  it('fails a request at once, naming the store', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cw-thread-closed-'));
    try {
      const dynamo = await startEmbeddedDynamo({ dataDir });
      const client = createDynamoDbClient({
        endpoint: dynamo.endpoint,
        requestHandler: dynamo.requestHandler,
      });
      await dynamo.close();
      await expect(new DynamoDbStore(client, tables).getFeedState('any')).rejects.toThrow(
        `the embedded DynamoDB for ${dataDir} is closed`,
      );
      client.destroy();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
