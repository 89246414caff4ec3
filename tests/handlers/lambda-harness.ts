// What the handler tests share: the tables on embedded dynalite, the environment a handler reads at
// cold start, a Lambda context, and the process output (logs and metrics) captured line by line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { vi } from 'vitest';
import { createDynamoDbClient } from '../../functions/adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../../functions/adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../../functions/adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../../functions/adapters/dynamodb/ensure-tables.js';
import { tableNamesFor } from '../../functions/tables/table-definitions.js';

export const TABLES = tableNamesFor('handler-test');
export const QUEUE_URL = 'https://sqs.eu-central-1.amazonaws.com/123456789012/ceasefire-feeds';
export const TOPIC_ARN = 'arn:aws:sns:eu-central-1:123456789012:ceasefire-alerts';

export interface TestTables {
  endpoint: string;
  client: DynamoDBClient;
  store: DynamoDbStore;
  close(): Promise<void>;
}

export async function startTables(): Promise<TestTables> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cw-handler-'));
  const dynamo = await startEmbeddedDynamo({ dataDir });
  const client = createDynamoDbClient({ endpoint: dynamo.endpoint });
  await ensureTables(client, TABLES);
  return {
    endpoint: dynamo.endpoint,
    client,
    store: new DynamoDbStore(client, TABLES),
    close: async () => {
      client.destroy();
      await dynamo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every variable the stack sets for the three functions, pointed at the test tables. */
export function stubHandlerEnv(endpoint: string, overrides: Record<string, string> = {}): void {
  const env: Record<string, string> = {
    FEEDS_TABLE: TABLES.Feeds,
    ITEMS_TABLE: TABLES.Items,
    INCIDENTS_TABLE: TABLES.Incidents,
    DYNAMODB_ENDPOINT: endpoint,
    FEED_QUEUE_URL: QUEUE_URL,
    POLL_INTERVAL_MINUTES: '5',
    FETCH_TIMEOUT_MS: '5000',
    ALERT_TOPIC_ARN: TOPIC_ARN,
    SMS_MAX_PRICE_USD: '0.40',
    POWERTOOLS_SERVICE_NAME: 'ceasefire-watch',
    POWERTOOLS_METRICS_NAMESPACE: 'CeasefireWatch',
    LOG_LEVEL: 'INFO',
    AWS_REGION: 'eu-central-1',
    ...overrides,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-central-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/20/[$LATEST]abcdef',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export interface CapturedOutput {
  /** Every line written to stdout and stderr since the capture started. */
  lines(): string[];
  /** The value of each metric in the EMF lines written, summed over lines. */
  metrics(): Record<string, number>;
  restore(): void;
}

/** Captures what Powertools writes (it writes to the process streams, not through console). */
export function captureOutput(): CapturedOutput {
  const chunks: string[] = [];
  const record = (chunk: unknown): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(record);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(record);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '');
  return {
    lines,
    metrics: () => {
      const totals: Record<string, number> = {};
      for (const line of lines()) {
        if (!line.startsWith('{') || !line.includes('"_aws"')) continue;
        const emf = JSON.parse(line) as {
          _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] };
          [name: string]: unknown;
        };
        for (const directive of emf._aws.CloudWatchMetrics) {
          for (const { Name } of directive.Metrics) {
            const value = emf[Name];
            const values = Array.isArray(value) ? value : [value];
            totals[Name] = (totals[Name] ?? 0) + values.reduce((a: number, b) => a + Number(b), 0);
          }
        }
      }
      return totals;
    },
    restore: () => {
      stdout.mockRestore();
      stderr.mockRestore();
    },
  };
}

/** An email address, or a phone number in international or North American form. */
export const PERSONAL_CONTACT =
  /[\w.+-]+@[\w-]+(\.[\w-]+)+|\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s?\d{3}-\d{4}/;
