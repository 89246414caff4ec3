// Makes chosen DynamoDB calls fail the way the service fails them: throttled or a 500, either before
// the request leaves (nothing written) or after it was answered (written, yet the caller sees an error).
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export type DynamoFaultKind = 'throughput' | 'throttling' | 'internal';

export interface DynamoFault {
  kind: DynamoFaultKind;
  /** `before`: the request is never sent; `after`: it was carried out, the answer is lost. */
  when: 'before' | 'after';
}

export interface DynamoCall {
  /** The low-level operation, e.g. "PutItem", "UpdateItem", "Query", "BatchGetItem". */
  operation: string;
  /** The table the request names, when it names one. */
  table: string | undefined;
  /** 1 for the first call of this operation on the client, 2 for the next… */
  attempt: number;
  /** 1 for the first call of any operation on the client. */
  index: number;
}

/** Decides, per call, whether it fails and how. */
export type DynamoFaultSchedule = (call: DynamoCall) => DynamoFault | undefined;

export interface FaultyDynamoClient {
  client: DynamoDBClient;
  /** Every call seen, with the fault it was given. */
  readonly calls: (DynamoCall & { fault?: DynamoFault })[];
  /** Replaces the schedule, e.g. to turn faults off. */
  setSchedule(schedule: DynamoFaultSchedule): void;
}

const MIDDLEWARE_NAME = 'faultInjection';

/**
 * Adds a step at the very start of the client's middleware stack, outside the SDK's own retries: an
 * injected fault is what the caller sees once the SDK has given up. Works for the document client
 * too, which shares the stack of the client it wraps.
 */
export function faultyDynamoClient(
  client: DynamoDBClient,
  schedule: DynamoFaultSchedule,
): FaultyDynamoClient {
  let current = schedule;
  const calls: (DynamoCall & { fault?: DynamoFault })[] = [];
  const attempts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
      const attempt = (attempts.get(operation) ?? 0) + 1;
      attempts.set(operation, attempt);
      const input = args.input as { TableName?: string; RequestItems?: Record<string, unknown> };
      const table = input.TableName ?? Object.keys(input.RequestItems ?? {})[0];
      const call: DynamoCall = { operation, table, attempt, index: calls.length + 1 };
      const fault = current(call);
      calls.push(fault === undefined ? call : { ...call, fault });
      if (fault?.when === 'before') throw dynamoError(fault.kind, call);
      const result = await next(args);
      if (fault?.when === 'after') throw dynamoError(fault.kind, call);
      return result;
    },
    { step: 'initialize', priority: 'high', name: MIDDLEWARE_NAME, override: true },
  );
  return {
    client,
    calls,
    setSchedule(next: DynamoFaultSchedule) {
      current = next;
    },
  };
}

/** The error the SDK throws for such an answer from DynamoDB. */
export function dynamoError(kind: DynamoFaultKind, call: DynamoCall): Error {
  const message = `injected ${kind} fault on ${call.operation} #${call.attempt}`;
  const $metadata = { httpStatusCode: kind === 'internal' ? 500 : 400, attempts: 3 };
  switch (kind) {
    case 'throughput':
      return new ProvisionedThroughputExceededException({ message, $metadata });
    case 'throttling':
      return new ThrottlingException({ message, $metadata });
    case 'internal':
      return new InternalServerError({ message, $metadata });
  }
}
