import { BatchGetCommand, BatchWriteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describeFailure, requestContext } from './request-failure.js';

type DynamoRecord = Record<string, unknown>;

/** BatchGetItem takes at most 100 keys per request. */
export const BATCH_GET_LIMIT = 100;
/** BatchWriteItem takes at most 25 writes per request, each for a different key. */
export const BATCH_WRITE_LIMIT = 25;
// Batch requests may leave keys unprocessed under throttling; they are asked again after a pause.
const BATCH_ROUNDS = 5;
const BATCH_PAUSE_MS = 50;

export interface KeyRead {
  table: string;
  key: DynamoRecord;
  /** A strongly consistent read; eventually consistent when absent. */
  consistent?: boolean;
  /** The attributes to read; the whole item when absent. */
  projection?: string;
}

export interface ItemPut {
  table: string;
  /** The item's key attributes, by which DynamoDB's answer is matched back to the item. */
  key: DynamoRecord;
  item: DynamoRecord;
}

/** One call's reads or writes: the call ends when all of them have, or fails with the first. */
class Call<T> {
  private readonly results: T[];
  private remaining: number;
  private settled = false;

  constructor(
    readonly table: string,
    /** How the call's key or keys read in an error, e.g. `feedId "valley-courier"`. */
    readonly target: string,
    size: number,
    /** Sent as a plain GetItem or PutItem when nothing else is waiting to go with it. */
    readonly single: boolean,
    private readonly resolve: (results: T[]) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.results = new Array<T>(size);
    this.remaining = size;
    if (size === 0) this.finish();
  }

  done(index: number, result: T): void {
    if (this.settled) return;
    this.results[index] = result;
    this.remaining -= 1;
    if (this.remaining === 0) this.finish();
  }

  fail(operation: string, error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(describeFailure(requestContext(operation, this.table, this.target), error));
  }

  private finish(): void {
    this.settled = true;
    this.resolve(this.results);
  }
}

interface Entry<R, T> {
  call: Call<T>;
  index: number;
  request: R;
}

/** The requests of several entries for one key: one read or write serves them all. */
interface KeyGroup<R, T> {
  /** Table and key, as keyOf gives them. */
  key: string;
  request: R;
  entries: Entry<R, T>[];
}

/**
 * Reads and writes of single keys that callers make at the same time, sent together: the reads
 * in one BatchGetItem of up to 100 keys, the writes in one BatchWriteItem of up to 25. Concurrent
 * feed polls each read a feed state and their items' keys and each write a feed state and their
 * settled items; gathered, they take a fraction of the requests. What waits for the same turn of
 * the event loop goes together, so a caller waits no longer than that. Only unconditional writes
 * can go this way: a batch write cannot be conditional.
 */
export class BatchedRequests {
  private reads: Entry<KeyRead, DynamoRecord | undefined>[] = [];
  private writes: Entry<ItemPut, undefined>[] = [];

  constructor(private readonly documents: DynamoDBDocumentClient) {}

  /** The items at these keys, in their order; undefined where there is none. */
  read(
    reads: readonly KeyRead[],
    target: string,
    options: { single?: boolean } = {},
  ): Promise<(DynamoRecord | undefined)[]> {
    return new Promise((resolve, reject) => {
      const table = reads[0]?.table ?? '';
      const call = new Call(table, target, reads.length, options.single === true, resolve, reject);
      if (this.reads.length === 0 && reads.length > 0) setImmediate(() => this.flushReads());
      reads.forEach((request, index) => this.reads.push({ call, index, request }));
    });
  }

  /** Puts the items, each replacing what is stored at its key. */
  write(
    puts: readonly ItemPut[],
    target: string,
    options: { single?: boolean } = {},
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const table = puts[0]?.table ?? '';
      const call = new Call<undefined>(
        table,
        target,
        puts.length,
        options.single === true,
        () => resolve(),
        reject,
      );
      if (this.writes.length === 0 && puts.length > 0) setImmediate(() => this.flushWrites());
      puts.forEach((request, index) => this.writes.push({ call, index, request }));
    });
  }

  private flushReads(): void {
    const entries = this.reads;
    this.reads = [];
    const [only] = entries;
    if (entries.length === 1 && only?.call.single) {
      void this.getItem(only);
      return;
    }
    for (const chunk of chunks(groupByKey(entries), BATCH_GET_LIMIT)) void this.batchGet(chunk);
  }

  private flushWrites(): void {
    const entries = this.writes;
    this.writes = [];
    const [only] = entries;
    if (entries.length === 1 && only?.call.single) {
      void this.putItem(only);
      return;
    }
    for (const chunk of chunks(groupByKey(entries), BATCH_WRITE_LIMIT)) void this.batchWrite(chunk);
  }

  private async getItem(entry: Entry<KeyRead, DynamoRecord | undefined>): Promise<void> {
    const { table, key, consistent, projection } = entry.request;
    try {
      const result = await this.documents.send(
        new GetCommand({
          TableName: table,
          Key: key,
          ...(consistent && { ConsistentRead: true }),
          ...(projection !== undefined && { ProjectionExpression: projection }),
        }),
      );
      entry.call.done(entry.index, result.Item);
    } catch (error) {
      entry.call.fail('GetItem', error);
    }
  }

  private async putItem(entry: Entry<ItemPut, undefined>): Promise<void> {
    try {
      await this.documents.send(
        new PutCommand({ TableName: entry.request.table, Item: entry.request.item }),
      );
      entry.call.done(entry.index, undefined);
    } catch (error) {
      entry.call.fail('PutItem', error);
    }
  }

  private async batchGet(chunk: KeyGroup<KeyRead, DynamoRecord | undefined>[]): Promise<void> {
    await untilProcessed('BatchGetItem', 'keys', chunk, async (groups) => {
      const result = await this.documents.send(
        new BatchGetCommand({ RequestItems: readsByTable(groups.map((group) => group.request)) }),
      );
      const names = keyNames(groups.map((group) => group.request));
      const byKey = new Map(groups.map((group) => [group.key, group]));
      for (const [table, records] of Object.entries(result.Responses ?? {})) {
        for (const record of records) {
          const group = byKey.get(keyOfRecord(table, record, names));
          if (group === undefined) continue;
          byKey.delete(group.key);
          for (const entry of group.entries) entry.call.done(entry.index, record);
        }
      }
      const unprocessed = new Set<string>();
      for (const [table, request] of Object.entries(result.UnprocessedKeys ?? {})) {
        for (const key of request.Keys ?? []) unprocessed.add(keyOfRecord(table, key, names));
      }
      // Asked and not answered: there is no item at that key.
      for (const [key, group] of byKey) {
        if (unprocessed.has(key)) continue;
        for (const entry of group.entries) entry.call.done(entry.index, undefined);
      }
      return groups.filter((group) => unprocessed.has(group.key));
    });
  }

  private async batchWrite(chunk: KeyGroup<ItemPut, undefined>[]): Promise<void> {
    await untilProcessed('BatchWriteItem', 'items', chunk, async (groups) => {
      const requestItems: Record<string, { PutRequest: { Item: DynamoRecord } }[]> = {};
      for (const { request } of groups) {
        (requestItems[request.table] ??= []).push({ PutRequest: { Item: request.item } });
      }
      const result = await this.documents.send(
        new BatchWriteCommand({ RequestItems: requestItems }),
      );
      const names = keyNames(groups.map((group) => group.request));
      const unprocessed = new Set<string>();
      for (const [table, requests] of Object.entries(result.UnprocessedItems ?? {})) {
        for (const request of requests) {
          const item = request.PutRequest?.Item;
          if (item !== undefined) unprocessed.add(keyOfRecord(table, item, names));
        }
      }
      for (const group of groups) {
        if (unprocessed.has(group.key)) continue;
        for (const entry of group.entries) entry.call.done(entry.index, undefined);
      }
      return groups.filter((group) => unprocessed.has(group.key));
    });
  }
}

/**
 * Sends a batch request, then again for what DynamoDB left unprocessed (it does under
 * throttling), after a growing pause, for at most BATCH_ROUNDS rounds. A failure fails every call
 * with an entry still waiting, each naming its own keys.
 */
async function untilProcessed<R, T>(
  operation: string,
  what: string,
  first: KeyGroup<R, T>[],
  send: (groups: KeyGroup<R, T>[]) => Promise<KeyGroup<R, T>[]>,
): Promise<void> {
  let groups = first;
  for (let round = 1; groups.length > 0; round++) {
    if (round > BATCH_ROUNDS) {
      const left = new Map<Call<T>, number>();
      for (const group of groups) {
        for (const { call } of group.entries) left.set(call, (left.get(call) ?? 0) + 1);
      }
      for (const [call, count] of left) {
        call.fail(
          operation,
          new Error(`${count} ${what} still unprocessed after ${BATCH_ROUNDS} rounds`),
        );
      }
      return;
    }
    if (round > 1) await sleep(BATCH_PAUSE_MS * 2 ** (round - 2));
    try {
      groups = await send(groups);
    } catch (error) {
      for (const group of groups) {
        for (const { call } of group.entries) call.fail(operation, error);
      }
      return;
    }
  }
}

/** One BatchGetItem's RequestItems: a table is read consistently if any of its reads asks to. */
function readsByTable(
  reads: readonly KeyRead[],
): Record<
  string,
  { Keys: DynamoRecord[]; ConsistentRead?: boolean; ProjectionExpression?: string }
> {
  const tables: Record<
    string,
    { Keys: DynamoRecord[]; ConsistentRead?: boolean; ProjectionExpression?: string }
  > = {};
  const projections = new Map<string, Set<string | undefined>>();
  for (const request of reads) {
    const table = (tables[request.table] ??= { Keys: [] });
    table.Keys.push(request.key);
    if (request.consistent) table.ConsistentRead = true;
    const seen = projections.get(request.table) ?? new Set();
    seen.add(request.projection);
    projections.set(request.table, seen);
  }
  // Reads of one table that want different attributes get the whole items.
  for (const [name, seen] of projections) {
    const [projection] = seen;
    const table = tables[name];
    if (table !== undefined && seen.size === 1 && projection !== undefined) {
      table.ProjectionExpression = projection;
    }
  }
  return tables;
}

/** Entries grouped by table and key, in order of first appearance; a later write wins. */
function groupByKey<R extends KeyRead | ItemPut, T>(
  entries: readonly Entry<R, T>[],
): KeyGroup<R, T>[] {
  const groups = new Map<string, KeyGroup<R, T>>();
  for (const entry of entries) {
    const key = keyOf(entry.request);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { key, request: entry.request, entries: [entry] });
    } else {
      group.request = entry.request;
      group.entries.push(entry);
    }
  }
  return [...groups.values()];
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < list.length; start += size) {
    result.push(list.slice(start, start + size));
  }
  return result;
}

/** Table and key values, with the key's attribute names in a fixed order. */
function keyOf(request: { table: string; key: DynamoRecord }): string {
  return keyString(request.table, Object.keys(request.key).sort(), request.key);
}

function keyString(table: string, names: readonly string[], record: DynamoRecord): string {
  // Every key the store uses is one string attribute: the common case needs no JSON.
  const [only] = names;
  if (names.length === 1 && only !== undefined && typeof record[only] === 'string') {
    return `${table}\n${record[only]}`;
  }
  return JSON.stringify([table, ...names.map((name) => record[name])]);
}

/** Each table's key attribute names, as the requests give them. */
function keyNames(
  requests: readonly { table: string; key: DynamoRecord }[],
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const request of requests) {
    if (!names.has(request.table)) names.set(request.table, Object.keys(request.key).sort());
  }
  return names;
}

/** The key of a record DynamoDB answered with, read by the key names the requests used. */
function keyOfRecord(table: string, record: DynamoRecord, names: Map<string, string[]>): string {
  return keyString(table, names.get(table) ?? [], record);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
