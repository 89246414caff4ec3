import { createDynamoDbClient } from '../adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../adapters/dynamodb/dynamodb-store.js';
import type { StoreEnv } from './lambda-env.js';
import { tracer } from './powertools.js';

/** The store on the deployed tables, its DynamoDB calls traced. Made once per cold start. */
export function createLambdaStore(env: StoreEnv): DynamoDbStore {
  const client = tracer.captureAWSv3Client(
    createDynamoDbClient(
      env.dynamoDbEndpoint === undefined ? {} : { endpoint: env.dynamoDbEndpoint },
    ),
  );
  return new DynamoDbStore(client, env.tables);
}
