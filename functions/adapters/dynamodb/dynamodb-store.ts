import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { QueryCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { FeedState, Incident } from '../../core/model.js';
import type { Store, StoredItem } from '../../core/ports.js';
import {
  AWAITING_ALERT_ATTRIBUTE,
  AWAITING_ALERT_INDEX,
  AWAITING_ALERT_VALUE,
  INCIDENTS_BY_REGION_INDEX,
  ITEM_EXPIRY_ATTRIBUTE,
  PENDING_ITEMS_INDEX,
  PENDING_KEY_ATTRIBUTE,
  PENDING_KEY_VALUE,
} from '../../tables/table-definitions.js';
import type { TableNames } from '../../tables/table-definitions.js';
import { BATCH_GET_LIMIT, BATCH_WRITE_LIMIT, BatchedRequests } from './batched-requests.js';
import { describeFailure, type RequestContext, requestContext } from './request-failure.js';

export interface DynamoDbStoreOptions {
  /** Days an item is remembered after it was recorded; long enough that no feed re-serves it. */
  itemTtlDays?: number;
}

const DEFAULT_ITEM_TTL_DAYS = 180;
const SECONDS_PER_DAY = 86_400;
// markAlerted re-reads and retries when another run changes the incident between its read and
// write; this many rounds in a row means something is rewriting the incident in a loop.
const MARK_ALERTED_ATTEMPTS = 5;
/**
 * The fold lease lives in the Items table under a key no item id takes (those are "i-" and a hash),
 * out of the pending index (it has no pending key), and expires from the table a day after its lease.
 */
const FOLD_LEASE_KEY = 'lease#fold';
/**
 * Settled items are written in batches, which cannot be conditional: under keys of their own they
 * can never overwrite a violation recorded under the item's id by another run.
 */
const SETTLED_KEY_PREFIX = 'settled#';

type DynamoRecord = Record<string, unknown>;

/** The incident as stored: the alert bookkeeping rides along with the domain fields. */
interface IncidentRecord extends Incident {
  awaitingAlert?: string;
  claimVersion?: number;
  claimUntil?: string;
}

/** Incident fields a rewrite leaves as stored: the key, and what the alerting side owns. */
const KEPT_ON_REWRITE = ['incidentId', 'alertedVersion'];

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Deep copy without undefined members, which DynamoDB cannot store. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => withoutUndefined(entry)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) copy[key] = withoutUndefined(member);
    }
    return copy as T;
  }
  return value;
}

/** Attributes kept for the store's own bookkeeping, not part of the records handed out. */
const ITEM_BOOKKEEPING = [PENDING_KEY_ATTRIBUTE, ITEM_EXPIRY_ATTRIBUTE];
const INCIDENT_BOOKKEEPING = [AWAITING_ALERT_ATTRIBUTE, 'claimVersion', 'claimUntil'];

function withoutAttributes(record: DynamoRecord, attributes: readonly string[]): DynamoRecord {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !attributes.includes(name)));
}

function toStoredItem(record: DynamoRecord): StoredItem {
  return withoutAttributes(record, ITEM_BOOKKEEPING) as unknown as StoredItem;
}

function toIncident(record: DynamoRecord): Incident {
  return withoutAttributes(record, INCIDENT_BOOKKEEPING) as unknown as Incident;
}

function requireVersion(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${what} must be a whole number of at least 0, got ${value}`);
  }
}

/** Timestamps are compared as strings in DynamoDB, so they must all be in one ISO form. */
function normaliseTimestamp(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`${what} "${value}" is not an ISO 8601 timestamp`);
  return new Date(time).toISOString();
}

/**
 * The Store on DynamoDB. Every write that guards "no item lost, no alert twice" is a conditional
 * write: a failed condition is an answer (false), any other failure is thrown with table and key.
 */
export class DynamoDbStore implements Store {
  private readonly documents: DynamoDBDocumentClient;
  private readonly itemTtlSeconds: number;
  private readonly batches: BatchedRequests;

  constructor(
    client: DynamoDBDocumentClient | DynamoDBClient,
    private readonly tables: TableNames,
    options: DynamoDbStoreOptions = {},
  ) {
    this.documents =
      client instanceof DynamoDBDocumentClient
        ? client
        : DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.batches = new BatchedRequests(this.documents);
    const ttlDays = options.itemTtlDays ?? DEFAULT_ITEM_TTL_DAYS;
    if (!Number.isFinite(ttlDays) || ttlDays <= 0) {
      throw new Error(`itemTtlDays must be a positive number of days, got ${ttlDays}`);
    }
    this.itemTtlSeconds = Math.round(ttlDays * SECONDS_PER_DAY);
  }

  // Feed states are read and written with whatever else concurrent polls read and write meanwhile.
  async getFeedState(feedId: string): Promise<FeedState | undefined> {
    const [record] = await this.batches.read(
      [{ table: this.tables.Feeds, key: { feedId }, consistent: true }],
      `feedId "${feedId}"`,
      { single: true },
    );
    return record as FeedState | undefined;
  }

  async putFeedState(state: FeedState): Promise<void> {
    const { feedId } = state;
    await this.batches.write(
      [{ table: this.tables.Feeds, key: { feedId }, item: withoutUndefined({ ...state }) }],
      `feedId "${feedId}"`,
      { single: true },
    );
  }

  async knownItemIds(itemIds: readonly string[]): Promise<Set<string>> {
    // Each item may be recorded under its id (recordItem) or as settled (recordSettledItems).
    const keys = [...new Set(itemIds)].flatMap((itemId) => [
      itemId,
      `${SETTLED_KEY_PREFIX}${itemId}`,
    ]);
    const known = new Set<string>();
    for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
      for (const key of await this.existingItemIds(keys.slice(start, start + BATCH_GET_LIMIT))) {
        known.add(key.startsWith(SETTLED_KEY_PREFIX) ? key.slice(SETTLED_KEY_PREFIX.length) : key);
      }
    }
    return known;
  }

  async recordSettledItems(items: readonly StoredItem[]): Promise<void> {
    const records = new Map<string, DynamoRecord>();
    for (const item of items) {
      const key = `${SETTLED_KEY_PREFIX}${item.itemId}`;
      records.set(key, { ...this.itemRecord(item), itemId: key, pending: false });
    }
    const all = [...records.values()];
    for (let start = 0; start < all.length; start += BATCH_WRITE_LIMIT) {
      await this.writeBatch(all.slice(start, start + BATCH_WRITE_LIMIT));
    }
  }

  async recordItem(item: StoredItem): Promise<boolean> {
    const record = this.itemRecord(item);
    if (item.pending) record[PENDING_KEY_ATTRIBUTE] = PENDING_KEY_VALUE;
    const context = requestContext('PutItem', this.tables.Items, `itemId "${item.itemId}"`);
    return this.conditionalRequest(context, () =>
      this.documents.send(
        new PutCommand({
          TableName: this.tables.Items,
          Item: record,
          ConditionExpression: 'attribute_not_exists(itemId)',
        }),
      ),
    );
  }

  async listPendingItems(): Promise<StoredItem[]> {
    const records = await this.queryAll(
      requestContext('Query', this.tables.Items, `index ${PENDING_ITEMS_INDEX}`),
      {
        TableName: this.tables.Items,
        IndexName: PENDING_ITEMS_INDEX,
        KeyConditionExpression: '#pendingKey = :pending',
        ExpressionAttributeNames: { '#pendingKey': PENDING_KEY_ATTRIBUTE },
        ExpressionAttributeValues: { ':pending': PENDING_KEY_VALUE },
      },
    );
    return records.map(toStoredItem);
  }

  async markItemDone(itemId: string, incidentId: string | null): Promise<void> {
    const context = requestContext('UpdateItem', this.tables.Items, `itemId "${itemId}"`);
    const values: DynamoRecord = { ':false': false };
    let assignments = '#pending = :false';
    if (incidentId !== null) {
      assignments += ', incidentId = :incidentId';
      values[':incidentId'] = incidentId;
    }
    const updated = await this.conditionalRequest(context, () =>
      this.documents.send(
        new UpdateCommand({
          TableName: this.tables.Items,
          Key: { itemId },
          UpdateExpression: `SET ${assignments} REMOVE #pendingKey`,
          ConditionExpression: 'attribute_exists(itemId)',
          ExpressionAttributeNames: { '#pending': 'pending', '#pendingKey': PENDING_KEY_ATTRIBUTE },
          ExpressionAttributeValues: values,
        }),
      ),
    );
    if (!updated) {
      throw new Error(`cannot mark item ${itemId} done: it is not in table ${this.tables.Items}`);
    }
  }

  async claimFoldLease(holder: string, now: string, leaseUntil: string): Promise<boolean> {
    const claimedAt = normaliseTimestamp(now, `fold lease for ${holder}: claim time`);
    const until = normaliseTimestamp(leaseUntil, `fold lease for ${holder}: lease end`);
    const context = requestContext('PutItem', this.tables.Items, `itemId "${FOLD_LEASE_KEY}"`);
    return this.conditionalRequest(context, () =>
      this.documents.send(
        new PutCommand({
          TableName: this.tables.Items,
          Item: {
            itemId: FOLD_LEASE_KEY,
            holder,
            leaseUntil: until,
            [ITEM_EXPIRY_ATTRIBUTE]: Math.floor(Date.parse(until) / 1000) + SECONDS_PER_DAY,
          },
          ConditionExpression:
            'attribute_not_exists(itemId) OR holder = :holder OR leaseUntil < :now',
          ExpressionAttributeValues: { ':holder': holder, ':now': claimedAt },
        }),
      ),
    );
  }

  async releaseFoldLease(holder: string): Promise<void> {
    const context = requestContext('DeleteItem', this.tables.Items, `itemId "${FOLD_LEASE_KEY}"`);
    // A failed condition means another holder took the lease over since: it is not ours to drop.
    await this.conditionalRequest(context, () =>
      this.documents.send(
        new DeleteCommand({
          TableName: this.tables.Items,
          Key: { itemId: FOLD_LEASE_KEY },
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      ),
    );
  }

  async findIncidents(region: string, sinceDate: string): Promise<Incident[]> {
    const records = await this.queryAll(
      requestContext(
        'Query',
        this.tables.Incidents,
        `index ${INCIDENTS_BY_REGION_INDEX}, region "${region}" since ${sinceDate}`,
      ),
      {
        TableName: this.tables.Incidents,
        IndexName: INCIDENTS_BY_REGION_INDEX,
        KeyConditionExpression: '#region = :region AND #eventDate >= :sinceDate',
        ExpressionAttributeNames: { '#region': 'region', '#eventDate': 'eventDate' },
        ExpressionAttributeValues: { ':region': region, ':sinceDate': sinceDate },
      },
    );
    return records.map(toIncident);
  }

  /**
   * Creates the incident (expectedRevision 0) or rewrites its merged fields over the revision it was
   * read at. alertedVersion and any alert claim are left as stored on a rewrite: only
   * claimAlert/markAlerted move them, so a merge that read the incident before an alert went out
   * cannot undo the alert's record.
   */
  async saveIncident(incident: Incident, expectedRevision: number): Promise<boolean> {
    const id = incident.incidentId;
    requireVersion(expectedRevision, `incident ${id}: expectedRevision`);
    requireVersion(incident.version, `incident ${id}: version`);
    if (incident.revision <= expectedRevision) {
      throw new Error(
        `incident ${id}: revision ${incident.revision} must be ahead of the stored revision ${expectedRevision}`,
      );
    }
    return expectedRevision === 0
      ? this.createIncident(incident)
      : this.updateIncident(incident, expectedRevision);
  }

  async listIncidentsAwaitingAlert(): Promise<Incident[]> {
    const records = await this.queryAll(
      requestContext('Query', this.tables.Incidents, `index ${AWAITING_ALERT_INDEX}`),
      {
        TableName: this.tables.Incidents,
        IndexName: AWAITING_ALERT_INDEX,
        KeyConditionExpression: '#awaiting = :awaiting',
        // A merge that read the incident before its alert went out can leave a stale flag behind.
        FilterExpression: '#version > alertedVersion',
        ExpressionAttributeNames: { '#awaiting': AWAITING_ALERT_ATTRIBUTE, '#version': 'version' },
        ExpressionAttributeValues: { ':awaiting': AWAITING_ALERT_VALUE },
      },
    );
    return records.map(toIncident);
  }

  async claimAlert(
    incidentId: string,
    version: number,
    now: string,
    leaseUntil: string,
  ): Promise<boolean> {
    requireVersion(version, `incident ${incidentId}: alert version`);
    const claimedAt = normaliseTimestamp(now, `incident ${incidentId}: claim time`);
    const claimUntil = normaliseTimestamp(leaseUntil, `incident ${incidentId}: lease end`);
    const context = requestContext(
      'UpdateItem',
      this.tables.Incidents,
      `incidentId "${incidentId}"`,
    );
    const claimed = await this.conditionalRequest(context, () =>
      this.documents.send(
        new UpdateCommand({
          TableName: this.tables.Incidents,
          Key: { incidentId },
          UpdateExpression: 'SET claimVersion = :version, claimUntil = :claimUntil',
          ConditionExpression:
            'attribute_exists(incidentId) AND alertedVersion < :version AND #version >= :version' +
            ' AND (attribute_not_exists(claimVersion) OR claimUntil < :now OR claimVersion < :version)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: {
            ':version': version,
            ':now': claimedAt,
            ':claimUntil': claimUntil,
          },
        }),
      ),
    );
    if (!claimed && (await this.readIncident(incidentId)) === undefined) {
      throw new Error(
        `cannot claim the alert for incident ${incidentId}: it is not in table ${this.tables.Incidents}`,
      );
    }
    return claimed;
  }

  /**
   * Read, then write on condition that nothing moved in between: which of alertedVersion, the claim
   * and awaitingAlert change depends on the stored values, and an update expression cannot branch.
   */
  async markAlerted(incidentId: string, version: number): Promise<void> {
    requireVersion(version, `incident ${incidentId}: alerted version`);
    const context = requestContext(
      'UpdateItem',
      this.tables.Incidents,
      `incidentId "${incidentId}"`,
    );
    for (let attempt = 1; attempt <= MARK_ALERTED_ATTEMPTS; attempt++) {
      const stored = await this.readIncident(incidentId);
      if (stored === undefined) {
        throw new Error(
          `cannot mark incident ${incidentId} alerted: it is not in table ${this.tables.Incidents}`,
        );
      }
      const update = alertedUpdate(stored, version);
      if (update === undefined) return;
      const written = await this.conditionalRequest(context, () =>
        this.documents.send(
          new UpdateCommand({ TableName: this.tables.Incidents, Key: { incidentId }, ...update }),
        ),
      );
      if (written) return;
    }
    throw new Error(
      `cannot mark incident ${incidentId} alerted: it changed on each of ${MARK_ALERTED_ATTEMPTS} attempts`,
    );
  }

  async releaseAlert(incidentId: string, version: number): Promise<void> {
    const context = requestContext(
      'UpdateItem',
      this.tables.Incidents,
      `incidentId "${incidentId}"`,
    );
    // A failed condition means the claim is gone or belongs to another version: nothing to drop.
    await this.conditionalRequest(context, () =>
      this.documents.send(
        new UpdateCommand({
          TableName: this.tables.Incidents,
          Key: { incidentId },
          UpdateExpression: 'REMOVE claimVersion, claimUntil',
          ConditionExpression: 'claimVersion = :version',
          ExpressionAttributeValues: { ':version': version },
        }),
      ),
    );
  }

  private async createIncident(incident: Incident): Promise<boolean> {
    const record = withoutAttributes(withoutUndefined({ ...incident }), INCIDENT_BOOKKEEPING);
    if (incident.version > incident.alertedVersion) {
      record[AWAITING_ALERT_ATTRIBUTE] = AWAITING_ALERT_VALUE;
    }
    const context = requestContext(
      'PutItem',
      this.tables.Incidents,
      `incidentId "${incident.incidentId}"`,
    );
    return this.conditionalRequest(context, () =>
      this.documents.send(
        new PutCommand({
          TableName: this.tables.Incidents,
          Item: record,
          ConditionExpression: 'attribute_not_exists(incidentId)',
        }),
      ),
    );
  }

  private async updateIncident(incident: Incident, expectedRevision: number): Promise<boolean> {
    const names: Record<string, string> = {};
    const values: DynamoRecord = { ':expectedRevision': expectedRevision };
    const assignments: string[] = [];
    const fields = withoutAttributes(withoutUndefined({ ...incident }), [
      ...KEPT_ON_REWRITE,
      ...INCIDENT_BOOKKEEPING,
    ]);
    Object.entries(fields).forEach(([field, value], index) => {
      names[`#f${index}`] = field;
      values[`:f${index}`] = value;
      assignments.push(`#f${index} = :f${index}`);
    });
    // A version ahead of the alerted one (as read) awaits its alert. Should an alert have gone out
    // since the read, the flag is stale, and delivery clears it when it finds nothing to send.
    if (incident.version > incident.alertedVersion) {
      names['#awaiting'] = AWAITING_ALERT_ATTRIBUTE;
      values[':awaiting'] = AWAITING_ALERT_VALUE;
      assignments.push('#awaiting = :awaiting');
    }
    names['#revision'] = 'revision';
    const context = requestContext(
      'UpdateItem',
      this.tables.Incidents,
      `incidentId "${incident.incidentId}"`,
    );
    return this.conditionalRequest(context, () =>
      this.documents.send(
        new UpdateCommand({
          TableName: this.tables.Incidents,
          Key: { incidentId: incident.incidentId },
          UpdateExpression: `SET ${assignments.join(', ')}`,
          ConditionExpression: '#revision = :expectedRevision',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  private async readIncident(incidentId: string): Promise<IncidentRecord | undefined> {
    const context = requestContext('GetItem', this.tables.Incidents, `incidentId "${incidentId}"`);
    const result = await this.request(context, () =>
      this.documents.send(
        new GetCommand({
          TableName: this.tables.Incidents,
          Key: { incidentId },
          ConsistentRead: true,
        }),
      ),
    );
    return result.Item as IncidentRecord | undefined;
  }

  /** The item as stored, with the time it expires from the table. */
  private itemRecord(item: StoredItem): DynamoRecord {
    const recordedAt = Date.parse(item.recordedAt);
    if (Number.isNaN(recordedAt)) {
      throw new Error(
        `item ${item.itemId}: recordedAt "${item.recordedAt}" is not an ISO 8601 timestamp`,
      );
    }
    return {
      ...withoutUndefined(item),
      [ITEM_EXPIRY_ATTRIBUTE]: Math.floor(recordedAt / 1000) + this.itemTtlSeconds,
    };
  }

  /** Puts at most BATCH_WRITE_LIMIT records, with other callers' writes of the same moment. */
  private async writeBatch(records: DynamoRecord[]): Promise<void> {
    const table = this.tables.Items;
    const puts = records.map((item) => ({ table, key: { itemId: item.itemId }, item }));
    await this.batches.write(puts, `${records.length} items from "${String(records[0]?.itemId)}"`);
  }

  /** Which of at most BATCH_GET_LIMIT item ids have a record, reading only their keys. */
  private async existingItemIds(itemIds: string[]): Promise<string[]> {
    const table = this.tables.Items;
    const reads = itemIds.map((itemId) => ({ table, key: { itemId }, projection: 'itemId' }));
    const records = await this.batches.read(reads, `${itemIds.length} keys from "${itemIds[0]}"`);
    return records.flatMap((record) => (record === undefined ? [] : [String(record.itemId)]));
  }

  private async queryAll(
    context: RequestContext,
    input: QueryCommandInput,
  ): Promise<DynamoRecord[]> {
    const records: DynamoRecord[] = [];
    let startKey: DynamoRecord | undefined;
    do {
      const page = await this.request(context, () =>
        this.documents.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey })),
      );
      records.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return records;
  }

  private async request<T>(context: RequestContext, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw describeFailure(context, error);
    }
  }

  /** True when the write happened, false when its condition did not hold. */
  private async conditionalRequest(
    context: RequestContext,
    send: () => Promise<unknown>,
  ): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw describeFailure(context, error);
    }
  }
}

type AlertedUpdate = Pick<
  UpdateCommandInput,
  | 'UpdateExpression'
  | 'ConditionExpression'
  | 'ExpressionAttributeNames'
  | 'ExpressionAttributeValues'
>;

/**
 * The write that records `version` as delivered on the incident as read, guarded so it applies
 * only if the incident is still as read; undefined when there is nothing to change.
 */
function alertedUpdate(stored: IncidentRecord, version: number): AlertedUpdate | undefined {
  const alertedVersion = Math.max(stored.alertedVersion, version);
  // A claim on a newer version belongs to a run still sending that version: leave it.
  const dropClaim = stored.claimVersion !== undefined && stored.claimVersion <= version;
  const awaiting = stored.version > alertedVersion;
  const wasAwaiting = stored[AWAITING_ALERT_ATTRIBUTE] !== undefined;
  if (alertedVersion === stored.alertedVersion && !dropClaim && awaiting === wasAwaiting) {
    return undefined;
  }

  const names: Record<string, string> = {
    '#version': 'version',
    '#awaiting': AWAITING_ALERT_ATTRIBUTE,
  };
  const values: DynamoRecord = {
    ':alertedVersion': alertedVersion,
    ':seenVersion': stored.version,
    ':seenAlertedVersion': stored.alertedVersion,
  };
  const assignments = ['alertedVersion = :alertedVersion'];
  const removals: string[] = [];
  if (awaiting) {
    assignments.push('#awaiting = :awaiting');
    values[':awaiting'] = AWAITING_ALERT_VALUE;
  } else {
    removals.push('#awaiting');
  }
  if (dropClaim) removals.push('claimVersion', 'claimUntil');

  let claimUnchanged = 'attribute_not_exists(claimVersion)';
  if (stored.claimVersion !== undefined) {
    claimUnchanged = 'claimVersion = :seenClaimVersion';
    values[':seenClaimVersion'] = stored.claimVersion;
  }
  return {
    UpdateExpression:
      `SET ${assignments.join(', ')}` +
      (removals.length > 0 ? ` REMOVE ${removals.join(', ')}` : ''),
    ConditionExpression: `#version = :seenVersion AND alertedVersion = :seenAlertedVersion AND ${claimUnchanged}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
