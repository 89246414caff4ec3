// The load benchmark counts DynamoDB writes at the client: writes through the store's document
// client and the plain client count, each once per request; reads do not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWrites, type WriteCounter } from '../../bench/poll-load/count-writes.js';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import {
  type EmbeddedDynamo,
  startEmbeddedDynamo,
} from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';

const tables = tableNamesFor('write-count');
let dataDir: string;
let dynamo: EmbeddedDynamo;
let client: DynamoDBClient;
let store: DynamoDbStore;
let writes: WriteCounter;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ceasefire-watch-write-count-'));
  dynamo = await startEmbeddedDynamo({ dataDir });
  client = createDynamoDbClient({ endpoint: dynamo.endpoint });
  await ensureTables(client, tables);
  writes = countWrites(client);
  store = new DynamoDbStore(client, tables);
});

afterAll(async () => {
  client.destroy();
  await dynamo.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('countWrites', () => {
  it('counts a PutItem sent through the store, by operation and table', async () => {
    writes.reset();

    await store.putFeedState({
      feedId: 'valley-herald',
      url: 'https://valley-herald.example.org/rss',
      consecutiveFailures: 0,
    });

    expect(writes.total()).toBe(1);
    expect(writes.byOperationAndTable()).toEqual(new Map([[`PutItem ${tables.Feeds}`, 1]]));
  });

  it('does not count reads', async () => {
    writes.reset();

    await store.getFeedState('valley-herald');
    await store.knownItemIds(['item-a', 'item-b']);
    await client.send(
      new GetItemCommand({ TableName: tables.Feeds, Key: { feedId: { S: 'valley-herald' } } }),
    );

    expect(writes.total()).toBe(0);
  });

  it('counts a BatchWriteItem sent on the plain client as one request', async () => {
    writes.reset();

    await client.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [tables.Feeds]: [
            { PutRequest: { Item: { feedId: { S: 'a' }, url: { S: 'https://a.example/' } } } },
            { PutRequest: { Item: { feedId: { S: 'b' }, url: { S: 'https://b.example/' } } } },
          ],
        },
      }),
    );

    expect(writes.byOperationAndTable()).toEqual(new Map([['BatchWriteItem (several tables)', 1]]));
  });

  it('starts again from zero after a reset', async () => {
    await store.putFeedState({
      feedId: 'coast-courier',
      url: 'https://coast-courier.example.org/feed',
      consecutiveFailures: 1,
    });

    writes.reset();

    expect(writes.total()).toBe(0);
    expect(writes.byOperationAndTable().size).toBe(0);
  });
});
