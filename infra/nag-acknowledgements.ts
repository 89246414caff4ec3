import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { CeasefireWatchStack } from './ceasefire-watch-stack.js';

/**
 * The AWS Solutions findings this stack accepts, each on the one construct it concerns and with the
 * reason. Anything else the checks report fails the synth.
 */
export function acknowledgeNagFindings(stack: CeasefireWatchStack): void {
  for (const pipelineFunction of Object.values(stack.functions)) {
    acknowledge(pipelineFunction.role, 'AwsSolutions-IAM5[Resource::*]', {
      reason:
        'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) support no resource-level permissions; it is the only statement with Resource "*".',
    });
  }

  const { Items, Incidents } = stack.tables.tables;
  const { poll, notify, sweep } = stack.functions;
  for (const table of [Items, Incidents]) {
    acknowledge(poll.role, `AwsSolutions-IAM5[Resource::<${arnOf(table)}>/index/*]`, {
      reason: `The poll function queries the global secondary indexes of the ${table.node.id} table (pending items, incidents by region); the wildcard covers that table's indexes only.`,
    });
  }

  for (const publisher of [notify, sweep]) {
    acknowledge(publisher.role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', {
      reason:
        'Publishing to the KMS-encrypted alert topic needs a data key; the grant is on the topic key alone.',
    });
  }

  for (const scheduled of [stack.functions.dispatch, sweep]) {
    acknowledge(
      stack.scheduleRole,
      `AwsSolutions-IAM5[Resource::<${arnOf(scheduled.function)}>:*]`,
      {
        reason: `The scheduler may invoke the ${scheduled.node.id} function and its versions; the wildcard is the version qualifier of that one function.`,
      },
    );
  }

  acknowledge(stack.notifyDeadLetterQueue, 'AwsSolutions-SQS3', {
    reason:
      'This queue is itself a dead-letter queue: the on-failure destination of the Incidents stream mapping, which no redrive policy names.',
  });
}

function acknowledge(scope: IConstruct, id: string, { reason }: { reason: string }): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** How cdk-nag spells a resource's ARN in a finding: `<LogicalId.Arn>`. */
function arnOf(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement;
  return `${Stack.of(construct).getLogicalId(resource)}.Arn`;
}
