import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { BatchedRequests } from '../../functions/adapters/dynamodb/batched-requests.js';

const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  }),
);
const mock = mockClient(documents);

const FEEDS = 'cw-test-feeds';
const ITEMS = 'cw-test-items';

const feedRead = (feedId: string) => ({ table: FEEDS, key: { feedId }, consistent: true });
const itemRead = (itemId: string) => ({ table: ITEMS, key: { itemId }, projection: 'itemId' });
const feedPut = (feedId: string, url: string) => ({
  table: FEEDS,
  key: { feedId },
  item: { feedId, url },
});
const itemPut = (itemId: string) => ({ table: ITEMS, key: { itemId }, item: { itemId } });

describe('BatchedRequests', () => {
  let batches: BatchedRequests;
  beforeEach(() => {
    mock.reset();
    batches = new BatchedRequests(documents);
  });

  it('sends the reads callers make at the same time in one BatchGetItem, and answers each its own', async () => {
    mock.on(BatchGetCommand).resolves({
      Responses: {
        [FEEDS]: [{ feedId: 'valley-courier', url: 'https://valley.example/rss' }],
        [ITEMS]: [{ itemId: 'i-2' }],
      },
    });

    const [state, items] = await Promise.all([
      batches.read([feedRead('valley-courier')], 'feedId "valley-courier"', { single: true }),
      batches.read([itemRead('i-1'), itemRead('i-2')], '2 keys from "i-1"'),
    ]);

    expect(state).toEqual([{ feedId: 'valley-courier', url: 'https://valley.example/rss' }]);
    expect(items).toEqual([undefined, { itemId: 'i-2' }]);
    const calls = mock.commandCalls(BatchGetCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.RequestItems).toEqual({
      [FEEDS]: { Keys: [{ feedId: 'valley-courier' }], ConsistentRead: true },
      [ITEMS]: { Keys: [{ itemId: 'i-1' }, { itemId: 'i-2' }], ProjectionExpression: 'itemId' },
    });
  });

  it('sends a single read that nothing joins as a plain consistent GetItem', async () => {
    mock.on(GetCommand).resolves({ Item: { feedId: 'coast-herald' } });

    expect(
      await batches.read([feedRead('coast-herald')], 'feedId "coast-herald"', { single: true }),
    ).toEqual([{ feedId: 'coast-herald' }]);
    expect(mock.commandCalls(BatchGetCommand)).toHaveLength(0);
    expect(mock.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: FEEDS,
      Key: { feedId: 'coast-herald' },
      ConsistentRead: true,
    });
  });

  it('reads a key two callers ask for once, and answers both', async () => {
    mock.on(BatchGetCommand).resolves({ Responses: { [ITEMS]: [{ itemId: 'i-7' }] } });

    const answers = await Promise.all([
      batches.read([itemRead('i-7')], 'first'),
      batches.read([itemRead('i-7'), itemRead('i-8')], 'second'),
    ]);

    expect(answers).toEqual([[{ itemId: 'i-7' }], [{ itemId: 'i-7' }, undefined]]);
    const keys = mock.commandCalls(BatchGetCommand)[0]?.args[0].input.RequestItems?.[ITEMS]?.Keys;
    expect(keys).toEqual([{ itemId: 'i-7' }, { itemId: 'i-8' }]);
  });

  it('asks again for the keys DynamoDB left unprocessed and answers their caller then', async () => {
    mock
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [ITEMS]: [{ itemId: 'i-1' }] },
        UnprocessedKeys: { [ITEMS]: { Keys: [{ itemId: 'i-2' }] } },
      })
      .resolvesOnce({ Responses: { [ITEMS]: [{ itemId: 'i-2' }] } });

    expect(await batches.read([itemRead('i-1'), itemRead('i-2')], '2 keys from "i-1"')).toEqual([
      { itemId: 'i-1' },
      { itemId: 'i-2' },
    ]);
    const asked = mock
      .commandCalls(BatchGetCommand)
      .map((call) => call.args[0].input.RequestItems?.[ITEMS]?.Keys);
    expect(asked).toEqual([[{ itemId: 'i-1' }, { itemId: 'i-2' }], [{ itemId: 'i-2' }]]);
  });

  it('sends a single write alone as a PutItem, and writes made together in one BatchWriteItem', async () => {
    mock.on(PutCommand).resolves({});
    mock.on(BatchWriteCommand).resolves({});

    await batches.write(
      [feedPut('coast-herald', 'https://coast.example/rss')],
      'feedId "coast-herald"',
      {
        single: true,
      },
    );
    expect(mock.commandCalls(PutCommand)).toHaveLength(1);

    await Promise.all([
      batches.write(
        [feedPut('valley-courier', 'https://valley.example/rss')],
        'feedId "valley-courier"',
        {
          single: true,
        },
      ),
      batches.write([itemPut('settled#i-1'), itemPut('settled#i-2')], '2 items from "settled#i-1"'),
    ]);
    const writes = mock.commandCalls(BatchWriteCommand);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.args[0].input.RequestItems).toEqual({
      [FEEDS]: [
        { PutRequest: { Item: { feedId: 'valley-courier', url: 'https://valley.example/rss' } } },
      ],
      [ITEMS]: [
        { PutRequest: { Item: { itemId: 'settled#i-1' } } },
        { PutRequest: { Item: { itemId: 'settled#i-2' } } },
      ],
    });
  });

  it('writes a key two callers write at once one time, the later item, and answers both', async () => {
    mock.on(BatchWriteCommand).resolves({});

    await Promise.all([
      batches.write([feedPut('valley-courier', 'https://old.example/rss')], 'first'),
      batches.write([feedPut('valley-courier', 'https://new.example/rss')], 'second'),
    ]);

    expect(mock.commandCalls(BatchWriteCommand)[0]?.args[0].input.RequestItems).toEqual({
      [FEEDS]: [
        { PutRequest: { Item: { feedId: 'valley-courier', url: 'https://new.example/rss' } } },
      ],
    });
  });

  it('splits what is written at once into requests of at most 25 writes', async () => {
    mock.on(BatchWriteCommand).resolves({});
    const puts = Array.from({ length: 30 }, (_, index) => itemPut(`settled#i-${index}`));

    await Promise.all([
      batches.write(puts.slice(0, 20), '20 items'),
      batches.write(puts.slice(20), '10 items'),
    ]);

    const sizes = mock
      .commandCalls(BatchWriteCommand)
      .map((call) => call.args[0].input.RequestItems?.[ITEMS]?.length);
    expect(sizes).toEqual([25, 5]);
  });

  it('fails every caller of a failed request, each error naming its own table and keys', async () => {
    const throttled = new ProvisionedThroughputExceededException({
      message: 'Rate of requests exceeds the allowed throughput',
      $metadata: {},
    });
    mock.on(BatchWriteCommand).rejects(throttled);

    const [feedWrite, itemWrite] = await Promise.allSettled([
      batches.write(
        [feedPut('valley-courier', 'https://valley.example/rss')],
        'feedId "valley-courier"',
        {
          single: true,
        },
      ),
      batches.write([itemPut('settled#i-1')], '1 items from "settled#i-1"'),
    ]);

    expect(feedWrite).toMatchObject({
      status: 'rejected',
      reason: {
        message:
          'DynamoDB BatchWriteItem on table cw-test-feeds (feedId "valley-courier") failed: ' +
          'ProvisionedThroughputExceededException: Rate of requests exceeds the allowed throughput',
        cause: throttled,
      },
    });
    expect(itemWrite).toMatchObject({
      status: 'rejected',
      reason: {
        message: expect.stringMatching(
          /^DynamoDB BatchWriteItem on table cw-test-items \(1 items from "settled#i-1"\) failed/,
        ),
      },
    });
  });

  it('gives up on writes that stay unprocessed, naming how many of the caller’s', async () => {
    mock.on(BatchWriteCommand).resolves({
      UnprocessedItems: { [ITEMS]: [{ PutRequest: { Item: { itemId: 'settled#i-2' } } }] },
    });

    const [kept, lost] = await Promise.allSettled([
      batches.write([itemPut('settled#i-1')], 'first'),
      batches.write([itemPut('settled#i-2')], 'second'),
    ]);

    expect(kept.status).toBe('fulfilled');
    expect(lost).toMatchObject({
      status: 'rejected',
      reason: {
        message: expect.stringMatching(
          /\(second\) failed: Error: 1 items still unprocessed after 5 rounds/,
        ),
      },
    });
  });
});
