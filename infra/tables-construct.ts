import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLES } from '../functions/tables/table-definitions.js';
import type {
  GlobalIndexDefinition,
  KeyAttribute,
  TableDefinition,
  TableLogicalName,
  TableNames,
} from '../functions/tables/table-definitions.js';

const ATTRIBUTE_TYPES: Record<KeyAttribute['type'], AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
};

const PROJECTIONS: Record<GlobalIndexDefinition['projection'], ProjectionType> = {
  ALL: ProjectionType.ALL,
  KEYS_ONLY: ProjectionType.KEYS_ONLY,
};

const STREAM_VIEWS: Record<NonNullable<TableDefinition['stream']>, StreamViewType> = {
  NEW_AND_OLD_IMAGES: StreamViewType.NEW_AND_OLD_IMAGES,
};

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}

/**
 * One DynamoDB table per entry of TABLES. Table names are left to CloudFormation, so a stack
 * deleted (its tables retained) can be deployed again; `names` carries them to whoever needs them.
 */
export class CeasefireWatchTables extends Construct {
  readonly tables: Readonly<Record<TableLogicalName, TableV2>>;
  readonly names: TableNames;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const tables = {} as Record<TableLogicalName, TableV2>;
    for (const definition of TABLES) {
      tables[definition.logicalName] = this.createTable(definition);
    }
    this.tables = tables;
    this.names = {
      Feeds: tables.Feeds.tableName,
      Items: tables.Items.tableName,
      Incidents: tables.Incidents.tableName,
    };
  }

  private createTable(definition: TableDefinition): TableV2 {
    return new TableV2(this, definition.logicalName, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: definition.sortKey && attribute(definition.sortKey),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: definition.timeToLiveAttribute,
      dynamoStream: definition.stream && STREAM_VIEWS[definition.stream],
      globalSecondaryIndexes: definition.globalIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: index.sortKey && attribute(index.sortKey),
        projectionType: PROJECTIONS[index.projection],
      })),
      // The tables hold what was already seen and alerted: losing them means alerting again.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
