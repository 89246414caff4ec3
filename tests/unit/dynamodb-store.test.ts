import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import type { StoredItem } from '../../functions/core/ports.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';
import { aVerdict, anIncident } from '../support/factories.js';

const tables = tableNamesFor('cw-test');
const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  }),
);
const mock = mockClient(documents);

const throttled = () =>
  new ProvisionedThroughputExceededException({
    message: 'Rate of requests exceeds the allowed throughput',
    $metadata: {},
  });
const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

function aStoredItem(overrides: Partial<StoredItem> = {}): StoredItem {
  return {
    itemId: 'item-7',
    feedId: 'valley-courier',
    title: 'Mortar fire reported near Stone Bridge despite truce',
    recordedAt: '2024-06-01T06:00:00.000Z',
    verdict: aVerdict(),
    pending: true,
    ...overrides,
  };
}

describe('DynamoDbStore errors', () => {
  let store: DynamoDbStore;
  beforeEach(() => {
    mock.reset();
    store = new DynamoDbStore(documents, tables);
  });

  it('passes a throttled write on with the table and key, keeping the original as cause', async () => {
    const original = throttled();
    mock.on(PutCommand).rejects(original);

    const failure = await store.recordItem(aStoredItem()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      'DynamoDB PutItem on table cw-test-items (itemId "item-7") failed: ' +
        'ProvisionedThroughputExceededException: Rate of requests exceeds the allowed throughput',
    );
    expect((failure as Error).cause).toBe(original);
  });

  it.each([
    [
      'getFeedState',
      (s: DynamoDbStore) => s.getFeedState('valley-courier'),
      /cw-test-feeds \(feedId "valley-courier"\)/,
    ],
    [
      'markItemDone',
      (s: DynamoDbStore) => s.markItemDone('item-7', 'inc-item-7'),
      /cw-test-items \(itemId "item-7"\)/,
    ],
    [
      'listPendingItems',
      (s: DynamoDbStore) => s.listPendingItems(),
      /cw-test-items \(index pending\)/,
    ],
    [
      'findIncidents',
      (s: DynamoDbStore) => s.findIncidents('Valley', '2024-06-01'),
      /cw-test-incidents \(index byRegion, region "Valley"/,
    ],
    [
      'saveIncident',
      (s: DynamoDbStore) => s.saveIncident(anIncident({ version: 2, revision: 2 }), 1),
      /cw-test-incidents \(incidentId "inc-item-1"\)/,
    ],
    [
      'claimAlert',
      (s: DynamoDbStore) =>
        s.claimAlert('inc-9', 1, '2024-06-01T06:00:00Z', '2024-06-01T06:05:00Z'),
      /cw-test-incidents \(incidentId "inc-9"\)/,
    ],
    [
      'markAlerted',
      (s: DynamoDbStore) => s.markAlerted('inc-9', 1),
      /cw-test-incidents \(incidentId "inc-9"\)/,
    ],
    [
      'releaseAlert',
      (s: DynamoDbStore) => s.releaseAlert('inc-9', 1),
      /cw-test-incidents \(incidentId "inc-9"\)/,
    ],
    [
      'knownItemIds',
      (s: DynamoDbStore) => s.knownItemIds(['item-7']),
      /cw-test-items \(2 keys from "item-7"\)/,
    ],
  ])('%s propagates a non-condition error naming table and key', async (_name, call, where) => {
    mock.rejects(throttled());
    await expect(call(store)).rejects.toThrow(where);
    await expect(call(store)).rejects.toThrow(/ProvisionedThroughputExceededException/);
  });

  it('answers false, not an error, when a condition fails', async () => {
    mock.on(PutCommand).rejects(conditionFailed());
    mock.on(UpdateCommand).rejects(conditionFailed());
    mock.on(GetCommand).resolves({ Item: anIncident({ incidentId: 'inc-9' }) });

    expect(await store.recordItem(aStoredItem())).toBe(false);
    expect(await store.saveIncident(anIncident(), 0)).toBe(false);
    expect(await store.saveIncident(anIncident({ version: 2, revision: 2 }), 1)).toBe(false);
    expect(await store.claimAlert('inc-9', 1, '2024-06-01T06:00:00Z', '2024-06-01T06:05:00Z')).toBe(
      false,
    );
    await expect(store.releaseAlert('inc-9', 1)).resolves.toBeUndefined();
  });
});

describe('DynamoDbStore requests', () => {
  let store: DynamoDbStore;
  beforeEach(() => {
    mock.reset();
    store = new DynamoDbStore(documents, tables);
  });

  it('follows every page of a query', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ ...aStoredItem({ itemId: 'a' }), pendingKey: 'pending' }],
        LastEvaluatedKey: { itemId: 'a' },
      })
      .resolvesOnce({ Items: [{ ...aStoredItem({ itemId: 'b' }), pendingKey: 'pending' }] });

    const items = await store.listPendingItems();
    expect(items.map((item) => item.itemId)).toEqual(['a', 'b']);
    expect(items[0]).not.toHaveProperty('pendingKey');
    const calls = mock.commandCalls(QueryCommand);
    expect(calls[1]?.args[0].input.ExclusiveStartKey).toEqual({ itemId: 'a' });
  });

  it('reads known ids, as recorded or as settled, in batches of 100 keys and asks again for unprocessed keys', async () => {
    const ids = Array.from({ length: 75 }, (_, index) => `item-${index}`);
    mock
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [tables.Items]: [{ itemId: 'item-3' }] },
        UnprocessedKeys: { [tables.Items]: { Keys: [{ itemId: 'settled#item-20' }] } },
      })
      .resolvesOnce({ Responses: { [tables.Items]: [{ itemId: 'settled#item-20' }] } })
      .resolvesOnce({ Responses: { [tables.Items]: [{ itemId: 'settled#item-60' }] } });

    expect(await store.knownItemIds(ids)).toEqual(new Set(['item-3', 'item-20', 'item-60']));
    const keyCounts = mock
      .commandCalls(BatchGetCommand)
      .map((call) => call.args[0].input.RequestItems?.[tables.Items]?.Keys?.length);
    expect(keyCounts).toEqual([100, 1, 50]);
  });

  it('writes settled items 25 to a batch under their own keys, again for unprocessed ones', async () => {
    const items = Array.from({ length: 30 }, (_, index) =>
      aStoredItem({ itemId: `item-${index}`, pending: false }),
    );
    const put = (itemId: string) => ({ PutRequest: { Item: { itemId } } });
    mock
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { [tables.Items]: [put('settled#item-4')] } })
      .resolves({});

    await store.recordSettledItems(items);

    const batches = mock
      .commandCalls(BatchWriteCommand)
      .map((call) =>
        (call.args[0].input.RequestItems?.[tables.Items] ?? []).map((request) =>
          String(request.PutRequest?.Item?.itemId),
        ),
      );
    expect(batches.map((keys) => keys.length)).toEqual([25, 1, 5]);
    expect(batches[0]?.[0]).toBe('settled#item-0');
    expect(batches[1]).toEqual(['settled#item-4']);
  });

  it('gives up with a clear error when settled items stay unprocessed', async () => {
    mock.on(BatchWriteCommand).resolves({
      UnprocessedItems: {
        [tables.Items]: [{ PutRequest: { Item: { itemId: 'settled#item-1' } } }],
      },
    });
    await expect(
      store.recordSettledItems([aStoredItem({ itemId: 'item-1', pending: false })]),
    ).rejects.toThrow(/BatchWriteItem on table cw-test-items .*1 items still unprocessed/);
  });

  it('gives up with a clear error when keys stay unprocessed', async () => {
    mock.on(BatchGetCommand).resolves({
      UnprocessedKeys: { [tables.Items]: { Keys: [{ itemId: 'item-1' }] } },
    });
    await expect(store.knownItemIds(['item-1'])).rejects.toThrow(
      /BatchGetItem on table cw-test-items .*1 keys still unprocessed/,
    );
  });

  it('re-reads and retries markAlerted when the incident changed after it was read', async () => {
    mock
      .on(GetCommand)
      .resolvesOnce({ Item: { ...anIncident({ incidentId: 'inc-9' }), claimVersion: 1 } })
      .resolvesOnce({
        Item: { ...anIncident({ incidentId: 'inc-9', version: 2 }), claimVersion: 1 },
      });
    mock.on(UpdateCommand).rejectsOnce(conditionFailed()).resolves({});

    await store.markAlerted('inc-9', 1);

    const updates = mock.commandCalls(UpdateCommand).map((call) => call.args[0].input);
    expect(updates).toHaveLength(2);
    // Version 2 arrived meanwhile: it stays awaiting its own alert.
    expect(updates[1]?.UpdateExpression).toContain('#awaiting = :awaiting');
    expect(updates[1]?.ExpressionAttributeValues).toMatchObject({
      ':seenVersion': 2,
      ':alertedVersion': 1,
    });
  });

  it('keeps the alert bookkeeping out of a rewrite of an existing incident', async () => {
    mock.on(UpdateCommand).resolves({});
    await store.saveIncident(anIncident({ version: 2, alertedVersion: 2, revision: 4 }), 3);

    const input = mock.commandCalls(UpdateCommand)[0]?.args[0].input;
    const written = Object.values(input?.ExpressionAttributeNames ?? {});
    expect(written).not.toContain('alertedVersion');
    expect(written).not.toContain('awaitingAlert');
    expect(input?.UpdateExpression).not.toMatch(/claim/);
    expect(input?.ConditionExpression).toBe('#revision = :expectedRevision');
    expect(input?.ExpressionAttributeNames?.['#revision']).toBe('revision');
    expect(input?.ExpressionAttributeValues?.[':expectedRevision']).toBe(3);
  });

  it('flags a rewrite ahead of its alerted version as awaiting, still leaving the alert record alone', async () => {
    mock.on(UpdateCommand).resolves({});
    await store.saveIncident(anIncident({ version: 3, alertedVersion: 2, revision: 5 }), 4);

    const input = mock.commandCalls(UpdateCommand)[0]?.args[0].input;
    const written = Object.values(input?.ExpressionAttributeNames ?? {});
    expect(written).toContain('awaitingAlert');
    expect(written).not.toContain('alertedVersion');
    expect(input?.UpdateExpression).not.toMatch(/claim/);
    expect(input?.ExpressionAttributeValues?.[':expectedRevision']).toBe(4);
  });

  it('rejects bad arguments before any request', async () => {
    await expect(store.recordItem(aStoredItem({ recordedAt: 'yesterday' }))).rejects.toThrow(
      'item item-7: recordedAt "yesterday" is not an ISO 8601 timestamp',
    );
    await expect(store.saveIncident(anIncident({ revision: 2 }), 2)).rejects.toThrow(
      'incident inc-item-1: revision 2 must be ahead of the stored revision 2',
    );
    await expect(store.saveIncident(anIncident({ revision: 1 }), 2)).rejects.toThrow(
      'incident inc-item-1: revision 1 must be ahead of the stored revision 2',
    );
    await expect(store.claimAlert('inc-9', 1, 'now', '2024-06-01T06:05:00Z')).rejects.toThrow(
      /claim time "now"/,
    );
    expect(() => new DynamoDbStore(documents, tables, { itemTtlDays: 0 })).toThrow(/itemTtlDays/);
    expect(mock.calls()).toHaveLength(0);
  });
});
