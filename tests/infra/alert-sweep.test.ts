import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CeasefireWatchStack } from '../../infra/ceasefire-watch-stack.js';
import { AWAITING_ALERT_INDEX } from '../../functions/tables/table-definitions.js';
import { arnOf, buildStack, logicalIdOf, refTo } from './stack-fixture.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

describe('the alert sweep, in the stack built from config/example.yaml', () => {
  let stack: CeasefireWatchStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = buildStack());
  });

  function statementsOfSweepRole(): Statement[] {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [refTo(stack.functions.sweep.role)] },
    });
    return Object.values(policies).flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
          .PolicyDocument.Statement,
    );
  }

  function actionsOn(target: unknown): string[] {
    return statementsOfSweepRole()
      .filter((statement) =>
        [statement.Resource].flat().some((r) => JSON.stringify(r) === JSON.stringify(target)),
      )
      .flatMap((statement) => [statement.Action].flat())
      .sort();
  }

  it('runs every 10 minutes, with no retry that could pile up behind the next run', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(10 minutes)',
      State: 'ENABLED',
      Target: {
        Arn: arnOf(stack.functions.sweep.function),
        RoleArn: arnOf(stack.scheduleRole),
        RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 600 },
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: refTo(stack.functions.sweep.function),
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 600,
    });
  });

  it('runs the sweep handler with the alert topic and SMS price the notify function has', () => {
    const functions = template.toJSON() as {
      Resources: Record<string, { Properties: Record<string, unknown> }>;
    };
    const sweep = functions.Resources[logicalIdOf(stack.functions.sweep.function)]?.Properties;
    const notify = functions.Resources[logicalIdOf(stack.functions.notify.function)]?.Properties;
    expect(sweep?.Handler).toBe('index.handler');
    expect(sweep?.Environment).toEqual(notify?.Environment);
    expect(sweep?.Environment).toMatchObject({
      Variables: { ALERT_TOPIC_ARN: refTo(stack.alertTopic.topic), SMS_MAX_PRICE_USD: '0.50' },
    });
  });

  it('may list incidents awaiting an alert, claim and mark them, and publish alerts: nothing else', () => {
    const incidents = stack.tables.tables.Incidents;
    const awaitingIndex = {
      'Fn::Join': ['', [arnOf(incidents), `/index/${AWAITING_ALERT_INDEX}`]],
    };
    expect(actionsOn(awaitingIndex)).toEqual(['dynamodb:Query']);
    expect(actionsOn(arnOf(incidents))).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(actionsOn(refTo(stack.alertTopic.topic))).toEqual(['sns:Publish']);
    expect(actionsOn(arnOf(stack.tables.tables.Items))).toEqual([]);
    expect(actionsOn(arnOf(stack.tables.tables.Feeds))).toEqual([]);
    expect(actionsOn(refTo(stack.operations.topic))).toEqual([]);
    const everyAction = statementsOfSweepRole().flatMap((s) => [s.Action].flat());
    expect(everyAction.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
  });

  it('sounds the operations alarm on any error of the sweep', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: refTo(stack.functions.sweep.function) }],
      AlarmActions: [refTo(stack.operations.topic)],
    });
  });
});
