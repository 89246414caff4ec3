import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TABLES } from '../functions/tables/table-definitions.js';
import { CeasefireWatchTables } from './tables-construct.js';

export class CeasefireWatchStack extends Stack {
  readonly tables: CeasefireWatchTables;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    this.tables = new CeasefireWatchTables(this, 'Tables');

    // The local commands can work on the deployed tables (FEEDS_TABLE, ITEMS_TABLE, INCIDENTS_TABLE).
    for (const { logicalName } of TABLES) {
      new CfnOutput(this, `${logicalName}TableName`, {
        value: this.tables.names[logicalName],
        description: `Name of the ${logicalName} table`,
      });
    }
  }
}
