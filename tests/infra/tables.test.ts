import type { CfnElement } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableInput } from '../../functions/adapters/dynamodb/ensure-tables.js';
import { TABLES } from '../../functions/tables/table-definitions.js';
import type { KeyAttribute } from '../../functions/tables/table-definitions.js';
import type { CeasefireWatchStack } from '../../infra/ceasefire-watch-stack.js';
import { buildStack } from './stack-fixture.js';

interface TemplateResource {
  Type: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties: Record<string, unknown>;
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute) {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' }] : []),
  ];
}

const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
  (a.AttributeName ?? '').localeCompare(b.AttributeName ?? '');

describe('CeasefireWatchStack tables', () => {
  let stack: CeasefireWatchStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = buildStack());
  });

  function tableResource(logicalName: (typeof TABLES)[number]['logicalName']): TemplateResource {
    const table = stack.tables.tables[logicalName];
    const id = stack.getLogicalId(table.node.defaultChild as CfnElement);
    const resource = (template.toJSON() as { Resources: Record<string, TemplateResource> })
      .Resources[id];
    if (!resource) throw new Error(`no resource ${id} for the ${logicalName} table`);
    return resource;
  }

  it('creates exactly one table per definition', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', TABLES.length);
  });

  describe.each(TABLES.map((definition) => [definition.logicalName, definition] as const))(
    '%s',
    (logicalName, definition) => {
      it('has the key schema and indexes of its definition', () => {
        const { Properties } = tableResource(logicalName);
        expect(Properties.KeySchema).toEqual(
          keySchema(definition.partitionKey, definition.sortKey),
        );
        expect(Properties.GlobalSecondaryIndexes ?? []).toEqual(
          definition.globalIndexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: keySchema(index.partitionKey, index.sortKey),
            Projection: { ProjectionType: index.projection },
          })),
        );
      });

      it('is on-demand, encrypted with the AWS managed key, recoverable and retained', () => {
        const resource = tableResource(logicalName);
        expect(resource.Properties.BillingMode).toBe('PAY_PER_REQUEST');
        expect(resource.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
        expect(resource.Properties.Replicas).toEqual([
          expect.objectContaining({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ]);
        expect(resource.DeletionPolicy).toBe('Retain');
        expect(resource.UpdateReplacePolicy).toBe('Retain');
      });

      it('has the time to live and stream of its definition', () => {
        const { Properties } = tableResource(logicalName);
        expect(Properties.TimeToLiveSpecification).toEqual(
          definition.timeToLiveAttribute === undefined
            ? undefined
            : { AttributeName: definition.timeToLiveAttribute, Enabled: true },
        );
        expect(Properties.StreamSpecification).toEqual(
          definition.stream === undefined ? undefined : { StreamViewType: definition.stream },
        );
      });

      it('matches the table the local store creates', () => {
        const { Properties } = tableResource(logicalName);
        const local = createTableInput(definition, `local-${logicalName}`);
        expect(Properties.KeySchema).toEqual(local.KeySchema);
        expect(
          [...(Properties.AttributeDefinitions as { AttributeName?: string }[])].sort(byName),
        ).toEqual([...(local.AttributeDefinitions ?? [])].sort(byName));
        expect(Properties.GlobalSecondaryIndexes ?? []).toEqual(local.GlobalSecondaryIndexes ?? []);
        expect(Properties.StreamSpecification).toEqual(
          local.StreamSpecification && { StreamViewType: local.StreamSpecification.StreamViewType },
        );
      });

      it('publishes its name as a stack output', () => {
        const table = stack.tables.tables[logicalName];
        template.hasOutput(`${logicalName}TableName`, {
          Value: { Ref: stack.getLogicalId(table.node.defaultChild as CfnElement) },
        });
      });
    },
  );

  it('gives the Incidents table a stream with old and new images', () => {
    expect(tableResource('Incidents').Properties.StreamSpecification).toEqual({
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });
});
