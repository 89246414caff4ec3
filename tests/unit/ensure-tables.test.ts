import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTableInput, ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import { TABLES, tableNamesFor } from '../../functions/tables/table-definitions.js';

const client = new DynamoDBClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
});
const mock = mockClient(client);
const names = tableNamesFor('cw-test');

function activeTable(logicalName: string): TableDescription {
  const definition = TABLES.find((table) => table.logicalName === logicalName);
  if (!definition) throw new Error(`no table ${logicalName}`);
  const input = createTableInput(definition, `cw-test-${logicalName.toLowerCase()}`);
  return {
    TableName: input.TableName,
    TableStatus: 'ACTIVE',
    KeySchema: input.KeySchema,
    GlobalSecondaryIndexes: input.GlobalSecondaryIndexes?.map((index) => ({
      IndexName: index.IndexName,
      KeySchema: index.KeySchema,
    })),
  };
}

function describeAll(tables: Record<string, TableDescription>) {
  for (const [name, table] of Object.entries(tables)) {
    mock.on(DescribeTableCommand, { TableName: name }).resolves({ Table: table });
  }
}

describe('ensureTables', () => {
  beforeEach(() => mock.reset());

  it('creates missing tables and turns on time to live where defined', async () => {
    const created = new Set<string>();
    mock.on(DescribeTableCommand).callsFake(({ TableName }: { TableName: string }) => {
      if (!created.has(TableName)) {
        throw new ResourceNotFoundException({
          message: 'Requested resource not found',
          $metadata: {},
        });
      }
      return { Table: { TableName, TableStatus: 'ACTIVE' } };
    });
    mock.on(CreateTableCommand).callsFake(({ TableName }: { TableName: string }) => {
      created.add(TableName);
      return {};
    });
    mock
      .on(DescribeTimeToLiveCommand)
      .resolves({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
    mock.on(UpdateTimeToLiveCommand).resolves({});

    await ensureTables(client, names);

    expect([...created].sort()).toEqual(Object.values(names).sort());
    const incidents = mock
      .commandCalls(CreateTableCommand)
      .find((call) => call.args[0].input.TableName === names.Incidents)?.args[0].input;
    expect(incidents).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const ttl = mock.commandCalls(UpdateTimeToLiveCommand).map((call) => call.args[0].input);
    expect(ttl).toEqual([
      {
        TableName: names.Items,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      },
    ]);
  });

  it('accepts a table another process created at the same moment', async () => {
    describeAll({
      [names.Feeds]: activeTable('Feeds'),
      [names.Incidents]: activeTable('Incidents'),
    });
    mock
      .on(DescribeTableCommand, { TableName: names.Items })
      .rejectsOnce(new ResourceNotFoundException({ message: 'not found', $metadata: {} }))
      .resolves({ Table: activeTable('Items') });
    mock
      .on(CreateTableCommand)
      .rejects(new ResourceInUseException({ message: 'Table already exists', $metadata: {} }));
    mock.on(DescribeTimeToLiveCommand).resolves({
      TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' },
    });

    await expect(ensureTables(client, names)).resolves.toBeUndefined();
    expect(mock.commandCalls(UpdateTimeToLiveCommand)).toHaveLength(0);
  });

  it('tolerates a store without UpdateTimeToLive', async () => {
    describeAll({
      [names.Feeds]: activeTable('Feeds'),
      [names.Items]: activeTable('Items'),
      [names.Incidents]: activeTable('Incidents'),
    });
    mock
      .on(DescribeTimeToLiveCommand)
      .resolves({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
    const unknown = Object.assign(new Error('unknown operation'), {
      name: 'UnknownOperationException',
    });
    mock.on(UpdateTimeToLiveCommand).rejects(unknown);

    await expect(ensureTables(client, names)).resolves.toBeUndefined();
    expect(mock.commandCalls(CreateTableCommand)).toHaveLength(0);
  });

  it('names the table and the missing index of a table left by another layout', async () => {
    const withoutIndexes = { ...activeTable('Incidents'), GlobalSecondaryIndexes: undefined };
    describeAll({
      [names.Feeds]: activeTable('Feeds'),
      [names.Items]: activeTable('Items'),
      [names.Incidents]: withoutIndexes,
    });
    mock.on(DescribeTimeToLiveCommand).resolves({
      TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' },
    });

    await expect(ensureTables(client, names)).rejects.toThrow(
      'cannot prepare DynamoDB table cw-test-incidents: it exists but does not match the Incidents table: index byRegion is missing',
    );
  });

  it('passes other failures on with the table name', async () => {
    mock
      .on(DescribeTableCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error' }));
    await expect(ensureTables(client, names)).rejects.toThrow(/cw-test-.*ECONNREFUSED/);
  });
});
