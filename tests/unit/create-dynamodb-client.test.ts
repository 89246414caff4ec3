import { describe, expect, it } from 'vitest';
import {
  createDynamoDbClient,
  dynamoDbClientConfig,
} from '../../functions/adapters/dynamodb/create-dynamodb-client.js';

const noCredentials: NodeJS.ProcessEnv = {};
const withCredentials: NodeJS.ProcessEnv = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIEXAMPLEKEY',
};

describe('dynamoDbClientConfig', () => {
  it.each(['http://127.0.0.1:4567', 'http://localhost:8000', 'http://[::1]:8000'])(
    'signs requests to the local endpoint %s with fixed keys in us-east-1',
    (endpoint) => {
      const config = dynamoDbClientConfig({ endpoint }, noCredentials);
      expect(config.endpoint).toBe(endpoint);
      expect(config.region).toBe('us-east-1');
      expect(config.credentials).toEqual({ accessKeyId: 'local', secretAccessKey: 'local' });
    },
  );

  it('keeps a region given for a local endpoint', () => {
    expect(
      dynamoDbClientConfig(
        { endpoint: 'http://127.0.0.1:4567', region: 'eu-west-1' },
        noCredentials,
      ).region,
    ).toBe('eu-west-1');
  });

  it('leaves credentials to the SDK when the environment has keys, even for a local endpoint', () => {
    const config = dynamoDbClientConfig({ endpoint: 'http://127.0.0.1:4567' }, withCredentials);
    expect(config.credentials).toBeUndefined();
  });

  it('leaves credentials and region to the SDK for AWS itself', () => {
    const config = dynamoDbClientConfig({}, noCredentials);
    expect(config.credentials).toBeUndefined();
    expect(config.region).toBeUndefined();
    expect(config.endpoint).toBeUndefined();
    expect(
      dynamoDbClientConfig({ endpoint: 'https://dynamodb.eu-west-1.amazonaws.com' }, noCredentials)
        .credentials,
    ).toBeUndefined();
  });

  it('bounds retries and times out connections and requests', () => {
    const config = dynamoDbClientConfig({}, noCredentials);
    expect(config.maxAttempts).toBe(3);
    expect(config.requestHandler).toMatchObject({
      connectionTimeout: expect.any(Number),
      requestTimeout: expect.any(Number),
      throwOnRequestTimeout: true,
    });
  });

  it('names an endpoint that is not a URL', () => {
    expect(() => dynamoDbClientConfig({ endpoint: '127.0.0.1:4567' }, noCredentials)).toThrow(
      'DynamoDB endpoint "127.0.0.1:4567" is not a URL',
    );
  });
});

describe('createDynamoDbClient', () => {
  it('applies the settings to the client', async () => {
    const client = createDynamoDbClient({ endpoint: 'http://127.0.0.1:4567' });
    try {
      expect(await client.config.region()).toBe('us-east-1');
      expect(await client.config.maxAttempts()).toBe(3);
    } finally {
      client.destroy();
    }
  });
});
