// The Lambda functions' settings, read from the environment once at cold start. A missing or bad
// variable stops the function before its first event, with an error that names the variable.
import * as z from 'zod';
import type { TableNames } from '../tables/table-definitions.js';

type Env = Record<string, string | undefined>;

const tableName = z
  .string()
  .regex(
    /^[a-zA-Z0-9_.-]{3,255}$/,
    'expected a DynamoDB table name (3 to 255 letters, digits, _ - .)',
  );

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const positiveNumber = (unit: string) =>
  z.coerce
    .number({ error: `expected a positive number of ${unit}` })
    .refine(
      (value) => Number.isFinite(value) && value > 0,
      `expected a positive number of ${unit}`,
    );

const storeVariables = {
  FEEDS_TABLE: tableName,
  ITEMS_TABLE: tableName,
  INCIDENTS_TABLE: tableName,
  // Any DynamoDB-compatible endpoint instead of AWS's, as for the command line.
  DYNAMODB_ENDPOINT: httpUrl.optional(),
};

const dispatchVariables = z.object({
  ...storeVariables,
  FEED_QUEUE_URL: httpUrl,
  POLL_INTERVAL_MINUTES: positiveNumber('minutes'),
  FEEDS_FILE: z.string().default('feeds.json'),
});

const pollVariables = z.object({
  ...storeVariables,
  FETCH_TIMEOUT_MS: positiveNumber('milliseconds').pipe(
    z.number().int('expected a whole number of milliseconds'),
  ),
});

const notifyVariables = z.object({
  ...storeVariables,
  ALERT_TOPIC_ARN: z
    .string()
    .regex(/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w.-]+$/, 'expected an SNS topic ARN'),
  SMS_MAX_PRICE_USD: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'expected an amount of US dollars such as 0.50')
    .refine((price) => Number(price) > 0, 'expected an amount above 0'),
});

export interface StoreEnv {
  tables: TableNames;
  dynamoDbEndpoint?: string;
}

export interface DispatchEnv extends StoreEnv {
  feedQueueUrl: string;
  pollIntervalMinutes: number;
  /** feeds.json, as given: relative to the bundle's folder unless absolute. */
  feedsFile: string;
}

export interface PollEnv extends StoreEnv {
  fetchTimeoutMs: number;
}

export interface NotifyEnv extends StoreEnv {
  alertTopicArn: string;
  smsMaxPriceUsd: string;
}

export function readDispatchEnv(env: Env = process.env): DispatchEnv {
  const variables = readVariables(dispatchVariables, env);
  return {
    ...storeEnv(variables),
    feedQueueUrl: variables.FEED_QUEUE_URL,
    pollIntervalMinutes: variables.POLL_INTERVAL_MINUTES,
    feedsFile: variables.FEEDS_FILE,
  };
}

export function readPollEnv(env: Env = process.env): PollEnv {
  const variables = readVariables(pollVariables, env);
  return { ...storeEnv(variables), fetchTimeoutMs: variables.FETCH_TIMEOUT_MS };
}

export function readNotifyEnv(env: Env = process.env): NotifyEnv {
  const variables = readVariables(notifyVariables, env);
  return {
    ...storeEnv(variables),
    alertTopicArn: variables.ALERT_TOPIC_ARN,
    smsMaxPriceUsd: variables.SMS_MAX_PRICE_USD,
  };
}

function storeEnv(variables: z.infer<z.ZodObject<typeof storeVariables>>): StoreEnv {
  return {
    tables: {
      Feeds: variables.FEEDS_TABLE,
      Items: variables.ITEMS_TABLE,
      Incidents: variables.INCIDENTS_TABLE,
    },
    ...(variables.DYNAMODB_ENDPOINT !== undefined && {
      dynamoDbEndpoint: variables.DYNAMODB_ENDPOINT,
    }),
  };
}

/** Validates the variables the schema names; an empty variable counts as not set. */
function readVariables<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  env: Env,
): z.infer<z.ZodObject<Shape>> {
  const given: Env = {};
  for (const name of Object.keys(schema.shape)) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') given[name] = value.trim();
  }
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const value = given[name];
    return value === undefined
      ? `environment variable ${name} is not set`
      : `environment variable ${name}="${value}": ${issue.message}`;
  });
  throw new Error([...new Set(problems)].join('; '));
}
