/** What a DynamoDB request was for, so that its failure names the table and the key. */
export interface RequestContext {
  operation: string;
  table: string;
  /** The key or index the request addressed, as a reader would name it. */
  target: string;
}

export function requestContext(operation: string, table: string, target: string): RequestContext {
  return { operation, table, target };
}

/** "DynamoDB PutItem on table t (itemId "i-1") failed: ThrottlingException: …", keeping the cause. */
export function describeFailure(context: RequestContext, error: unknown): Error {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(
    `DynamoDB ${context.operation} on table ${context.table} (${context.target}) failed: ${reason}`,
    { cause: error },
  );
}
