import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type {
  AttributeDefinition,
  CreateTableCommandInput,
  DynamoDBClient,
  KeySchemaElement,
  TableDescription,
} from '@aws-sdk/client-dynamodb';
import { TABLES } from '../../tables/table-definitions.js';
import type { KeyAttribute, TableDefinition, TableNames } from '../../tables/table-definitions.js';

// A local store has a new table ACTIVE at once and DynamoDB within seconds, though it allows
// minutes: polling starts fast and slows down (the SDK's waiter would sleep a whole second first).
const ACTIVE_POLL = { firstDelayMs: 25, maxDelayMs: 5_000, maxWaitMs: 300_000 };

/**
 * Creates whichever tables of TABLES are missing, waits until all are ACTIVE and turns on their
 * time to live. Safe to call on every start, and from several processes at once.
 */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await Promise.all(
    TABLES.map((definition) => ensureTable(client, definition, names[definition.logicalName])),
  );
}

async function ensureTable(
  client: DynamoDBClient,
  definition: TableDefinition,
  tableName: string,
): Promise<void> {
  try {
    const existing = await describeTable(client, tableName);
    if (existing === undefined) {
      await createTable(client, createTableInput(definition, tableName));
    } else {
      const mismatch = describeMismatch(definition, existing);
      if (mismatch !== undefined) {
        throw new Error(
          `it exists but does not match the ${definition.logicalName} table: ${mismatch}`,
        );
      }
    }
    if (existing?.TableStatus !== 'ACTIVE') await waitUntilActive(client, tableName);
    if (definition.timeToLiveAttribute !== undefined) {
      await enableTimeToLive(client, tableName, definition.timeToLiveAttribute);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot prepare DynamoDB table ${tableName}: ${reason}`, { cause: error });
  }
}

async function describeTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + ACTIVE_POLL.maxWaitMs;
  let delayMs = ACTIVE_POLL.firstDelayMs;
  for (;;) {
    const status = (await describeTable(client, tableName))?.TableStatus;
    if (status === 'ACTIVE') return;
    if (
      status === 'DELETING' ||
      status === 'ARCHIVED' ||
      status === 'INACCESSIBLE_ENCRYPTION_CREDENTIALS'
    ) {
      throw new Error(`the table is ${status}`);
    }
    if (Date.now() + delayMs > deadline) {
      throw new Error(
        `the table is still ${status ?? 'missing'} after ${ACTIVE_POLL.maxWaitMs / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    delayMs = Math.min(delayMs * 2, ACTIVE_POLL.maxDelayMs);
  }
}

async function createTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    // Another process created it between our describe and create: the wait below covers it.
    if (error instanceof Error && error.name === 'ResourceInUseException') return;
    throw error;
  }
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey !== undefined) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

/** Every key attribute of the table and its indexes, each once. */
function attributeDefinitions(definition: TableDefinition): AttributeDefinition[] {
  const keys = [definition.partitionKey, definition.sortKey];
  for (const index of definition.globalIndexes) keys.push(index.partitionKey, index.sortKey);
  const types = new Map<string, KeyAttribute['type']>();
  for (const key of keys) {
    if (key === undefined) continue;
    const known = types.get(key.name);
    if (known !== undefined && known !== key.type) {
      throw new Error(`key attribute ${key.name} is declared both as ${known} and as ${key.type}`);
    }
    types.set(key.name, key.type);
  }
  return [...types].map(([name, type]) => ({ AttributeName: name, AttributeType: type }));
}

export function createTableInput(
  definition: TableDefinition,
  tableName: string,
): CreateTableCommandInput {
  const input: CreateTableCommandInput = {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributeDefinitions(definition),
    KeySchema: keySchema(definition.partitionKey, definition.sortKey),
  };
  if (definition.globalIndexes.length > 0) {
    input.GlobalSecondaryIndexes = definition.globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: index.projection },
    }));
  }
  if (definition.stream !== undefined) {
    input.StreamSpecification = { StreamEnabled: true, StreamViewType: definition.stream };
  }
  return input;
}

function sameKeySchema(
  expected: KeySchemaElement[],
  actual: KeySchemaElement[] | undefined,
): boolean {
  return (
    actual !== undefined &&
    actual.length === expected.length &&
    expected.every(
      (key) =>
        actual.find((candidate) => candidate.KeyType === key.KeyType)?.AttributeName ===
        key.AttributeName,
    )
  );
}

/** "region + eventDate": partition key, then sort key. */
function formatKey(schema: KeySchemaElement[] | undefined): string {
  const partition = schema?.find((key) => key.KeyType === 'HASH')?.AttributeName ?? '(none)';
  const sort = schema?.find((key) => key.KeyType === 'RANGE')?.AttributeName;
  return sort === undefined ? partition : `${partition} + ${sort}`;
}

/**
 * What keeps an existing table from serving as the definition says, or undefined. A table left by
 * an older layout would otherwise fail later, on the first query of a missing index.
 */
export function describeMismatch(
  definition: TableDefinition,
  table: TableDescription,
): string | undefined {
  const expectedKey = keySchema(definition.partitionKey, definition.sortKey);
  if (!sameKeySchema(expectedKey, table.KeySchema)) {
    return `its key is ${formatKey(table.KeySchema)}, expected ${formatKey(expectedKey)}`;
  }
  for (const index of definition.globalIndexes) {
    const actual = table.GlobalSecondaryIndexes?.find(
      (candidate) => candidate.IndexName === index.indexName,
    );
    if (actual === undefined) return `index ${index.indexName} is missing`;
    const expectedIndexKey = keySchema(index.partitionKey, index.sortKey);
    if (!sameKeySchema(expectedIndexKey, actual.KeySchema)) {
      return `index ${index.indexName} has the key ${formatKey(actual.KeySchema)}, expected ${formatKey(expectedIndexKey)}`;
    }
  }
  return undefined;
}

async function enableTimeToLive(
  client: DynamoDBClient,
  tableName: string,
  attributeName: string,
): Promise<void> {
  const { TimeToLiveDescription: current } = await client.send(
    new DescribeTimeToLiveCommand({ TableName: tableName }),
  );
  const status = current?.TimeToLiveStatus;
  if ((status === 'ENABLED' || status === 'ENABLING') && current?.AttributeName === attributeName) {
    return;
  }
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
      }),
    );
  } catch (error) {
    // dynalite answers UnknownOperationException: a local store simply keeps expired items.
    if (error instanceof Error && error.name === 'UnknownOperationException') return;
    throw error;
  }
}
