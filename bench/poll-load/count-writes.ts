// Counts the write requests a DynamoDB client sends, at the client itself: every command, whether
// sent directly or through the document client, and every retry, passes this middleware.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export const WRITE_OPERATIONS = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
] as const;

export interface WriteCounter {
  /** Write requests sent since the last reset. */
  total(): number;
  /** The same, by "Operation table", e.g. "PutItem ceasefire-watch-feeds". */
  byOperationAndTable(): Map<string, number>;
  reset(): void;
}

const MIDDLEWARE_NAME = 'pollLoadWriteCounter';
const WRITE_COMMANDS = new Set<string>(WRITE_OPERATIONS.map((operation) => `${operation}Command`));

/**
 * Adds the counting middleware to `client`. It sits in the finalizeRequest step below the retry
 * middleware, so each attempt on the wire is one count.
 */
export function countWrites(client: DynamoDBClient): WriteCounter {
  let counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      if (WRITE_COMMANDS.has(command)) {
        const input = args.input as { TableName?: unknown };
        const table = typeof input.TableName === 'string' ? input.TableName : '(several tables)';
        const key = `${command.replace(/Command$/, '')} ${table}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: MIDDLEWARE_NAME },
  );
  return {
    total: () => [...counts.values()].reduce((sum, value) => sum + value, 0),
    byOperationAndTable: () => new Map(counts),
    reset: () => {
      counts = new Map();
    },
  };
}
