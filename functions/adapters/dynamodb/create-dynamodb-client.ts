import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

export interface DynamoDbClientOptions {
  /** A DynamoDB-compatible endpoint such as the embedded store; AWS's own endpoint when omitted. */
  endpoint?: string;
  region?: string;
  /**
   * How requests reach the endpoint when not over HTTP: the embedded store's own transport. Its
   * requests are bounded by the transport's own timeout.
   */
  requestHandler?: DynamoDBClientConfig['requestHandler'];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_REGION = 'us-east-1';
// A local store checks no signature, but the SDK insists on signing: fixed keys spare it a lookup
// through profiles, SSO and the instance metadata service, which can stall on a laptop.
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

// A few attempts ride out throttling; an unreachable store still fails within seconds, not minutes.
const MAX_ATTEMPTS = 3;
const CONNECTION_TIMEOUT_MS = { local: 1_000, remote: 3_000 };
const REQUEST_TIMEOUT_MS = 10_000;
const SDK_LOGGER_MIDDLEWARE = 'loggerMiddleware';

export function isLocalEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(
      `DynamoDB endpoint "${endpoint}" is not a URL (expected e.g. http://127.0.0.1:8000)`,
    );
  }
  return LOCAL_HOSTS.has(url.hostname);
}

function hasEnvironmentCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY);
}

/** Client settings, separate from the client so they can be checked without opening connections. */
export function dynamoDbClientConfig(
  options: DynamoDbClientOptions,
  env: NodeJS.ProcessEnv = process.env,
): DynamoDBClientConfig {
  const local = options.endpoint !== undefined && isLocalEndpoint(options.endpoint);
  const config: DynamoDBClientConfig = {
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: local ? CONNECTION_TIMEOUT_MS.local : CONNECTION_TIMEOUT_MS.remote,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  };
  if (options.requestHandler !== undefined) config.requestHandler = options.requestHandler;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.region !== undefined) config.region = options.region;
  if (local) {
    config.region ??= LOCAL_REGION;
    if (!hasEnvironmentCredentials(env)) config.credentials = LOCAL_CREDENTIALS;
  }
  return config;
}

/**
 * A DynamoDB client with bounded retries and timeouts. For a local endpoint without AWS keys in
 * the environment it signs with fixed keys; otherwise credentials come from the SDK's default chain.
 */
export function createDynamoDbClient(options: DynamoDbClientOptions): DynamoDBClient {
  const client = new DynamoDBClient(dynamoDbClientConfig(options));
  // It copies every request and answer, items included, for a logger this client does not have.
  client.middlewareStack.remove(SDK_LOGGER_MIDDLEWARE);
  return client;
}
