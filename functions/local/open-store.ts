import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from '../adapters/dynamodb/create-dynamodb-client.js';
import { DynamoDbStore } from '../adapters/dynamodb/dynamodb-store.js';
import { startEmbeddedDynamo } from '../adapters/dynamodb/embedded-dynamo.js';
import { ensureTables } from '../adapters/dynamodb/ensure-tables.js';
import type { Store } from '../core/ports.js';
import { tableNamesFor, type TableNames } from '../tables/table-definitions.js';

export interface OpenedStore {
  store: Store;
  /** Where the data lives, for the run's header line. */
  description: string;
  close(): Promise<void>;
}

/** The store is missing or unreachable: the run cannot go on, and says so in one line. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/**
 * Picks the store the same way for every local command:
 * - FEEDS_TABLE, ITEMS_TABLE and INCIDENTS_TABLE set: those existing tables (as deployed), with the
 *   AWS credentials of the environment and DYNAMODB_ENDPOINT if given;
 * - DYNAMODB_ENDPOINT set: that endpoint, creating the tables if missing;
 * - otherwise dynalite embedded in this process, persisted in `dataDir`.
 */
export async function openStore(options: {
  dataDir: string;
  tablePrefix: string;
  env: NodeJS.ProcessEnv;
}): Promise<OpenedStore> {
  const { env } = options;
  const deployed = deployedTableNames(env);
  if (deployed) {
    const client = createDynamoDbClient({
      endpoint: env.DYNAMODB_ENDPOINT,
      region: env.AWS_REGION,
    });
    await probe(client, env.DYNAMODB_ENDPOINT ?? 'DynamoDB');
    return {
      store: new DynamoDbStore(client, deployed),
      description: `DynamoDB tables ${Object.values(deployed).join(', ')}`,
      close: async () => client.destroy(),
    };
  }

  const tables = tableNamesFor(options.tablePrefix);
  if (env.DYNAMODB_ENDPOINT) {
    const client = createDynamoDbClient({
      endpoint: env.DYNAMODB_ENDPOINT,
      region: env.AWS_REGION,
    });
    await prepare(client, tables, env.DYNAMODB_ENDPOINT);
    return {
      store: new DynamoDbStore(client, tables),
      description: `DynamoDB at ${env.DYNAMODB_ENDPOINT}`,
      close: async () => client.destroy(),
    };
  }

  let embedded: Awaited<ReturnType<typeof startEmbeddedDynamo>>;
  try {
    embedded = await startEmbeddedDynamo({ dataDir: options.dataDir });
  } catch (error) {
    throw new StoreUnavailableError(`store: ${(error as Error).message}`);
  }
  const client = createDynamoDbClient({
    endpoint: embedded.endpoint,
    requestHandler: embedded.requestHandler,
  });
  try {
    await prepare(client, tables, options.dataDir);
  } catch (error) {
    await embedded.close();
    throw error;
  }
  return {
    store: new DynamoDbStore(client, tables),
    description: `embedded store in ${options.dataDir}`,
    close: async () => {
      client.destroy();
      await embedded.close();
    },
  };
}

function deployedTableNames(env: NodeJS.ProcessEnv): TableNames | undefined {
  const { FEEDS_TABLE, ITEMS_TABLE, INCIDENTS_TABLE } = env;
  if (!FEEDS_TABLE || !ITEMS_TABLE || !INCIDENTS_TABLE) return undefined;
  return { Feeds: FEEDS_TABLE, Items: ITEMS_TABLE, Incidents: INCIDENTS_TABLE };
}

async function prepare(
  client: ReturnType<typeof createDynamoDbClient>,
  tables: TableNames,
  where: string,
): Promise<void> {
  try {
    await ensureTables(client, tables);
  } catch (error) {
    throw new StoreUnavailableError(`store: cannot reach ${where}: ${(error as Error).message}`);
  }
}

async function probe(
  client: ReturnType<typeof createDynamoDbClient>,
  where: string,
): Promise<void> {
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } catch (error) {
    throw new StoreUnavailableError(`store: cannot reach ${where}: ${(error as Error).message}`);
  }
}
