// The tables, described once: the CDK stack and the local store both create them from this list,
// so the cloud and a laptop run can never disagree on keys or indexes.

export type TableLogicalName = 'Feeds' | 'Items' | 'Incidents';

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface GlobalIndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  projection: 'ALL' | 'KEYS_ONLY';
}

export interface TableDefinition {
  logicalName: TableLogicalName;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalIndexes: GlobalIndexDefinition[];
  /** Attribute holding an expiry time in epoch seconds. */
  timeToLiveAttribute?: string;
  stream?: 'NEW_AND_OLD_IMAGES';
}

/** Physical table name for each logical table. */
export type TableNames = Readonly<Record<TableLogicalName, string>>;

/** Index of items not yet folded into an incident; only pending items carry its key. */
export const PENDING_ITEMS_INDEX = 'pending';
export const PENDING_KEY_ATTRIBUTE = 'pendingKey';
export const PENDING_KEY_VALUE = 'pending';

/** Index of incidents in a region, ordered by event date, used to match new reports. */
export const INCIDENTS_BY_REGION_INDEX = 'byRegion';

/** Index of incidents whose latest version has not been alerted; only those carry its key. */
export const AWAITING_ALERT_INDEX = 'awaitingAlert';
export const AWAITING_ALERT_ATTRIBUTE = 'awaitingAlert';
export const AWAITING_ALERT_VALUE = 'awaiting';

export const ITEM_EXPIRY_ATTRIBUTE = 'expiresAt';

export const TABLES: readonly TableDefinition[] = [
  {
    logicalName: 'Feeds',
    partitionKey: { name: 'feedId', type: 'S' },
    globalIndexes: [],
  },
  {
    logicalName: 'Items',
    partitionKey: { name: 'itemId', type: 'S' },
    globalIndexes: [
      {
        indexName: PENDING_ITEMS_INDEX,
        partitionKey: { name: PENDING_KEY_ATTRIBUTE, type: 'S' },
        sortKey: { name: 'recordedAt', type: 'S' },
        projection: 'ALL',
      },
    ],
    timeToLiveAttribute: ITEM_EXPIRY_ATTRIBUTE,
  },
  {
    logicalName: 'Incidents',
    partitionKey: { name: 'incidentId', type: 'S' },
    globalIndexes: [
      {
        indexName: INCIDENTS_BY_REGION_INDEX,
        partitionKey: { name: 'region', type: 'S' },
        sortKey: { name: 'eventDate', type: 'S' },
        projection: 'ALL',
      },
      {
        indexName: AWAITING_ALERT_INDEX,
        partitionKey: { name: AWAITING_ALERT_ATTRIBUTE, type: 'S' },
        sortKey: { name: 'firstSeenAt', type: 'S' },
        projection: 'ALL',
      },
    ],
    stream: 'NEW_AND_OLD_IMAGES',
  },
];

const TABLE_NAME_PATTERN = /^[a-zA-Z0-9_.-]+$/;
// DynamoDB allows 255 characters; the longest suffix is "-incidents".
const MAX_PREFIX_LENGTH = 240;

/** Table names under a prefix: `tableNamesFor('ceasefire-watch').Items` is `ceasefire-watch-items`. */
export function tableNamesFor(prefix: string): TableNames {
  if (!TABLE_NAME_PATTERN.test(prefix) || prefix.length > MAX_PREFIX_LENGTH) {
    throw new Error(
      `table name prefix "${prefix}" is invalid: use 1 to ${MAX_PREFIX_LENGTH} letters, digits, "_", "-" or "."`,
    );
  }
  const names = {} as Record<TableLogicalName, string>;
  for (const table of TABLES) {
    names[table.logicalName] = `${prefix}-${table.logicalName.toLowerCase()}`;
  }
  return names;
}
