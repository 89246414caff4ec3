import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { severityRank } from '../../functions/adapters/notifiers/sns-notifier.js';
import { loadRuleset } from '../../functions/core/classify/load-ruleset.js';
import { rulesetFromJson } from '../../functions/core/classify/ruleset-from-json.js';
import type { CeasefireWatchStack } from '../../infra/ceasefire-watch-stack.js';
import type { PipelineFunction } from '../../infra/pipeline-function.js';
import {
  arnOf,
  buildStack,
  deployConfigFrom,
  exampleConfig,
  logicalIdOf,
  refTo,
} from './stack-fixture.js';

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
}

describe('CeasefireWatchStack, built from config/example.yaml', () => {
  let stack: CeasefireWatchStack;
  let template: Template;
  let outdir: string;

  beforeAll(() => {
    // Bundled once, as `cdk synth` does: the bundle contents are part of what is tested.
    const built = buildStack({ bundle: true, props: { opsEmail: 'ops@example.org' } });
    stack = built.stack;
    template = built.template;
    outdir = built.app.outdir;
  });

  function resource(construct: Parameters<typeof logicalIdOf>[0]): Resource {
    const id = logicalIdOf(construct);
    const found = (template.toJSON() as { Resources: Record<string, Resource> }).Resources[id];
    if (!found) throw new Error(`no resource ${id} in the template`);
    return found;
  }

  function policyStatementsOf(pipelineFunction: PipelineFunction): Record<string, unknown>[] {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [refTo(pipelineFunction.role)] },
    });
    return Object.values(policies).flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } })
          .Properties.PolicyDocument.Statement,
    );
  }

  function actionsOn(pipelineFunction: PipelineFunction, target: unknown): string[] {
    return policyStatementsOf(pipelineFunction)
      .filter((statement) => {
        const resources = [statement.Resource].flat();
        return resources.some((entry) => JSON.stringify(entry) === JSON.stringify(target));
      })
      .flatMap((statement) => [statement.Action].flat() as string[])
      .sort();
  }

  function assetDirOf(pipelineFunction: PipelineFunction): string {
    const code = resource(pipelineFunction.function).Properties.Code as { S3Key: string };
    return path.join(outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
  }

  describe('schedule', () => {
    it('invokes the dispatcher at the config schedule, retrying briefly', () => {
      template.resourceCountIs('AWS::Scheduler::Schedule', 2);
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'rate(5 minutes)',
        State: 'ENABLED',
        Target: {
          Arn: arnOf(stack.functions.dispatch.function),
          RoleArn: arnOf(stack.scheduleRole),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 },
        },
      });
    });

    it('lets the scheduler role invoke functions and nothing else', () => {
      const policies = template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [refTo(stack.scheduleRole)] },
      });
      const statements = Object.values(policies).flatMap(
        (policy) =>
          (policy as { Properties: { PolicyDocument: { Statement: { Action: unknown }[] } } })
            .Properties.PolicyDocument.Statement,
      );
      expect(statements.map((statement) => statement.Action)).toEqual(['lambda:InvokeFunction']);
    });

    it('does not let Lambda retry or hold back a dispatch past the next run', () => {
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: refTo(stack.functions.dispatch.function),
        MaximumRetryAttempts: 0,
        MaximumEventAgeInSeconds: 300,
      });
    });
  });

  describe('feed queue', () => {
    it('is encrypted, redrives to its dead-letter queue after 3 receives, and outlives 6 poll timeouts', () => {
      const queue = resource(stack.feedQueue).Properties;
      const pollTimeout = resource(stack.functions.poll.function).Properties.Timeout as number;

      expect(queue.SqsManagedSseEnabled).toBe(true);
      expect(queue.RedrivePolicy).toEqual({
        deadLetterTargetArn: arnOf(stack.feedDeadLetterQueue),
        maxReceiveCount: 3,
      });
      expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * pollTimeout);
      // A message must get all its receives before it expires, or it never reaches the DLQ.
      expect(queue.MessageRetentionPeriod).toBeGreaterThan(3 * (queue.VisibilityTimeout as number));
    });

    it('keeps dead letters 14 days, encrypted', () => {
      for (const queue of [stack.feedDeadLetterQueue, stack.notifyDeadLetterQueue]) {
        expect(resource(queue).Properties).toMatchObject({
          SqsManagedSseEnabled: true,
          MessageRetentionPeriod: 14 * 24 * 3600,
        });
      }
    });

    it('refuses every request to each queue that is not over TLS', () => {
      for (const queue of [
        stack.feedQueue,
        stack.feedDeadLetterQueue,
        stack.notifyDeadLetterQueue,
      ]) {
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [refTo(queue)],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Action: 'sqs:*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });
  });

  describe('event sources', () => {
    it('feeds the poll function 10 messages at a time, at most 5 at once, with partial failures', () => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: arnOf(stack.feedQueue),
        FunctionName: refTo(stack.functions.poll.function),
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 5 },
      });
    });

    it('feeds the notify function inserts and changes from the Incidents stream, bisecting and dead-lettering failures', () => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.tables.tables.Incidents), 'StreamArn'] },
        FunctionName: refTo(stack.functions.notify.function),
        StartingPosition: 'TRIM_HORIZON',
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 5,
        DestinationConfig: { OnFailure: { Destination: arnOf(stack.notifyDeadLetterQueue) } },
        FilterCriteria: { Filters: [{ Pattern: '{"eventName":["INSERT","MODIFY"]}' }] },
      });
    });
  });

  describe('topics', () => {
    it('encrypts both topics with one customer-managed key that rotates', () => {
      const key = resource(stack.node.findChild('TopicKey')).Properties;
      expect(key.EnableKeyRotation).toBe(true);
      for (const topic of [stack.alertTopic.topic, stack.operations.topic]) {
        expect(resource(topic).Properties.KmsMasterKeyId).toEqual(
          arnOf(stack.node.findChild('TopicKey')),
        );
      }
    });

    it('lets CloudWatch use the key and publish alarms to the operations topic, for this account only', () => {
      const key = resource(stack.node.findChild('TopicKey')).Properties as {
        KeyPolicy: { Statement: Record<string, unknown>[] };
      };
      expect(key.KeyPolicy.Statement).toContainEqual(
        expect.objectContaining({
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        }),
      );
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [refTo(stack.operations.topic)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: 'sns:Publish',
              Condition: Match.objectLike({
                StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              }),
            }),
          ]),
        },
      });
    });

    it('refuses publishing to either topic without TLS', () => {
      for (const topic of [stack.alertTopic.topic, stack.operations.topic]) {
        template.hasResourceProperties('AWS::SNS::TopicPolicy', {
          Topics: [refTo(topic)],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });

    it('subscribes each configured subscriber with its filters as a filter policy', () => {
      const subscriptions = template.findResources('AWS::SNS::Subscription', {
        Properties: { TopicArn: refTo(stack.alertTopic.topic) },
      });
      expect(
        Object.values(subscriptions).map(({ Properties }) => {
          const { Protocol, Endpoint, FilterPolicy } = Properties as Record<string, unknown>;
          return { Protocol, Endpoint, FilterPolicy };
        }),
      ).toEqual([
        {
          Protocol: 'email',
          Endpoint: 'analyst@example.org',
          FilterPolicy: { region: ['Kashmir LoC', 'Lebanon'] },
        },
        {
          Protocol: 'sms',
          Endpoint: '+15555550100',
          FilterPolicy: { severityRank: [{ numeric: ['>=', severityRank('high')] }] },
        },
      ]);
    });

    it('subscribes the operations email to the operations topic only', () => {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        TopicArn: refTo(stack.operations.topic),
        Protocol: 'email',
        Endpoint: 'ops@example.org',
      });
      template.resourceCountIs('AWS::SNS::Subscription', 3);
    });
  });

  describe('alarms', () => {
    function alarmsByMetric(metricName: string): Record<string, unknown>[] {
      return Object.values(
        template.findResources('AWS::CloudWatch::Alarm', {
          Properties: { MetricName: metricName },
        }),
      ).map((alarm) => (alarm as Resource).Properties);
    }

    it('sends every alarm, and its recovery, to the operations topic', () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
      expect(alarms).toHaveLength(8);
      for (const alarm of alarms as Resource[]) {
        expect(alarm.Properties.AlarmActions).toEqual([refTo(stack.operations.topic)]);
        expect(alarm.Properties.OKActions).toEqual([refTo(stack.operations.topic)]);
      }
    });

    it('sounds when any message reaches either dead-letter queue', () => {
      const alarms = alarmsByMetric('ApproximateNumberOfMessagesVisible');
      expect(alarms.map((alarm) => alarm.Dimensions)).toEqual([
        [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': [logicalIdOf(stack.feedDeadLetterQueue), 'QueueName'] },
          },
        ],
        [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': [logicalIdOf(stack.notifyDeadLetterQueue), 'QueueName'] },
          },
        ],
      ]);
      for (const alarm of alarms) {
        expect(alarm).toMatchObject({
          Namespace: 'AWS/SQS',
          Statistic: 'Maximum',
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
          EvaluationPeriods: 1,
        });
      }
    });

    it('sounds on any error of each function', () => {
      const alarms = alarmsByMetric('Errors');
      expect(alarms.map((alarm) => alarm.Dimensions)).toEqual(
        [
          stack.functions.dispatch,
          stack.functions.poll,
          stack.functions.notify,
          stack.functions.sweep,
        ].map((fn) => [{ Name: 'FunctionName', Value: refTo(fn.function) }]),
      );
      for (const alarm of alarms) {
        expect(alarm).toMatchObject({
          Namespace: 'AWS/Lambda',
          Statistic: 'Sum',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
      }
    });

    it('sounds when a feed has failed 3 polls in a row', () => {
      expect(alarmsByMetric('FeedsFailingRepeatedly')).toEqual([
        expect.objectContaining({
          Namespace: 'CeasefireWatch',
          Dimensions: [{ Name: 'service', Value: 'ceasefire-watch' }],
          Statistic: 'Sum',
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      ]);
    });

    it('sounds when a whole day passes without a new item, counting no data as none', () => {
      const [alarm] = alarmsByMetric('NewItems');
      expect(alarm).toMatchObject({
        Namespace: 'CeasefireWatch',
        Dimensions: [{ Name: 'service', Value: 'ceasefire-watch' }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'breaching',
      });
      const window = (alarm?.Period as number) * (alarm?.EvaluationPeriods as number);
      expect(window).toBe(24 * 3600);
      expect(alarm?.DatapointsToAlarm).toBe(alarm?.EvaluationPeriods);
    });
  });

  describe('functions', () => {
    const tableVariables = () => ({
      FEEDS_TABLE: refTo(stack.tables.tables.Feeds),
      ITEMS_TABLE: refTo(stack.tables.tables.Items),
      INCIDENTS_TABLE: refTo(stack.tables.tables.Incidents),
      POWERTOOLS_SERVICE_NAME: 'ceasefire-watch',
      POWERTOOLS_METRICS_NAMESPACE: 'CeasefireWatch',
      LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
    });

    it('run Node 24 on arm64 with active tracing', () => {
      for (const { function: fn } of Object.values(stack.functions)) {
        expect(resource(fn).Properties).toMatchObject({
          Runtime: 'nodejs24.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          TracingConfig: { Mode: 'Active' },
        });
      }
    });

    it('give each function its memory, timeout and environment', () => {
      const { dispatch, poll, notify } = stack.functions;
      expect(resource(dispatch.function).Properties).toMatchObject({
        MemorySize: 256,
        Timeout: 60,
        Environment: {
          Variables: {
            ...tableVariables(),
            FEED_QUEUE_URL: refTo(stack.feedQueue),
            POLL_INTERVAL_MINUTES: '5',
          },
        },
      });
      expect(resource(poll.function).Properties).toMatchObject({
        MemorySize: 1024,
        Timeout: 300,
        Environment: { Variables: { ...tableVariables(), FETCH_TIMEOUT_MS: '20000' } },
      });
      expect(resource(notify.function).Properties).toMatchObject({
        MemorySize: 256,
        Timeout: 60,
        Environment: {
          Variables: {
            ...tableVariables(),
            ALERT_TOPIC_ARN: refTo(stack.alertTopic.topic),
            SMS_MAX_PRICE_USD: '0.50',
          },
        },
      });
    });

    it('log to their own log group, kept 30 days', () => {
      for (const { function: fn, logGroup } of Object.values(stack.functions)) {
        expect(resource(fn).Properties.LoggingConfig).toEqual({ LogGroup: refTo(logGroup) });
        expect(resource(logGroup).Properties.RetentionInDays).toBe(30);
      }
      template.resourceCountIs('AWS::Logs::LogGroup', 4);
    });

    it('carry no AWS managed policy: every permission is granted in the stack', () => {
      for (const { role } of Object.values(stack.functions)) {
        expect(resource(role).Properties.ManagedPolicyArns).toBeUndefined();
      }
    });

    it('let the dispatcher read feed state and queue feeds, but write no table', () => {
      const { dispatch } = stack.functions;
      const feedsTableActions = actionsOn(dispatch, arnOf(stack.tables.tables.Feeds));
      expect(feedsTableActions).toContain('dynamodb:GetItem');
      expect(feedsTableActions.filter((action) => /Put|Update|Delete|Write/.test(action))).toEqual(
        [],
      );
      expect(actionsOn(dispatch, arnOf(stack.tables.tables.Items))).toEqual([]);
      expect(actionsOn(dispatch, arnOf(stack.feedQueue))).toContain('sqs:SendMessage');
    });

    it('let the poll function read and write all three tables, but not publish alerts', () => {
      const { poll } = stack.functions;
      for (const table of Object.values(stack.tables.tables)) {
        expect(actionsOn(poll, arnOf(table))).toEqual(
          expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query']),
        );
      }
      expect(actionsOn(poll, refTo(stack.alertTopic.topic))).toEqual([]);
    });

    it('let the notify function claim and mark incidents and publish to the alert topic only', () => {
      const { notify } = stack.functions;
      expect(actionsOn(notify, arnOf(stack.tables.tables.Incidents))).toEqual([
        'dynamodb:GetItem',
        'dynamodb:UpdateItem',
      ]);
      expect(actionsOn(notify, arnOf(stack.tables.tables.Items))).toEqual([]);
      expect(actionsOn(notify, refTo(stack.alertTopic.topic))).toEqual(['sns:Publish']);
      expect(actionsOn(notify, refTo(stack.operations.topic))).toEqual([]);
      expect(actionsOn(notify, arnOf(stack.node.findChild('TopicKey')))).toEqual([
        'kms:Decrypt',
        'kms:GenerateDataKey*',
      ]);
    });
  });

  describe('bundles', () => {
    it('ship the dispatcher its feed list as feeds.json, from the config', () => {
      const feeds = JSON.parse(
        readFileSync(path.join(assetDirOf(stack.functions.dispatch), 'feeds.json'), 'utf8'),
      ) as unknown;
      expect(feeds).toEqual(
        exampleConfig().feeds.map(({ id, url, fetchArticle }) => ({
          id,
          url,
          fetchArticle,
          maxReportAgeMs: 3 * 86_400_000,
        })),
      );
    });

    it('ship the poll function the ruleset validated at synth, as rules/ruleset.json, and no YAML', () => {
      const assetDir = assetDirOf(stack.functions.poll);
      const file = path.join(assetDir, 'rules', 'ruleset.json');
      const shipped = rulesetFromJson(readFileSync(file, 'utf8'), file);
      // JSON drops fields left undefined, as the shipped file does.
      expect(shipped).toEqual(JSON.parse(JSON.stringify(loadRuleset())));
      expect(readdirSync(path.join(assetDir, 'rules'))).toEqual(['ruleset.json']);
      // The YAML loader names its default files: absent, the loader and its parser were left out.
      expect(readFileSync(path.join(assetDir, 'index.mjs'), 'utf8')).not.toContain('ruleset.yaml');
    });

    it('ship the poll function every iconv-lite table its code requires, beside it in tables/', () => {
      const assetDir = assetDirOf(stack.functions.poll);
      const code = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
      const required = new Set(
        [...code.matchAll(/"\.\/tables\/([\w-]+\.json)"/g)].map((m) => m[1]),
      );
      expect([...required]).toEqual(
        expect.arrayContaining(['shiftjis.json', 'cp936.json', 'cp950.json']),
      );
      for (const name of required) {
        expect(existsSync(path.join(assetDir, 'tables', name ?? '')), `tables/${name}`).toBe(true);
      }
    });

    it('leave out the AWS SDK, which the Lambda runtime provides, and import nothing else', () => {
      for (const pipelineFunction of Object.values(stack.functions)) {
        const code = readFileSync(path.join(assetDirOf(pipelineFunction), 'index.mjs'), 'utf8');
        const imported = [
          ...code.matchAll(/(?:^|[;}])import\s*[\w$\s{},*]*?from\s*"([^"]+)"/gm),
        ].map((m) => m[1] ?? '');
        expect(imported.filter((name) => name.startsWith('@aws-sdk/')).length).toBeGreaterThan(0);
        expect(
          imported.filter((name) => !name.startsWith('@aws-sdk/') && !name.startsWith('node:')),
        ).toEqual([]);
      }
    });

    it('are ES modules with a source map, for every function', () => {
      for (const pipelineFunction of Object.values(stack.functions)) {
        const assetDir = assetDirOf(pipelineFunction);
        const head = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8').slice(0, 200);
        // CommonJS dependencies inside the ES module call require: the banner defines it first.
        expect(head).toMatch(
          /^import \{ createRequire as __createRequire \} from 'node:module'; const require = __createRequire\(import\.meta\.url\);/,
        );
        expect(existsSync(path.join(assetDir, 'index.mjs.map'))).toBe(true);
      }
    });
  });
});

describe('CeasefireWatchStack, with other settings', () => {
  it('follows the config schedule and fetch timeout, and the SMS price from the context', () => {
    const config = deployConfigFrom(
      'schedule: 15 minutes\nfetchTimeout: 10s\nfeeds:\n  - url: https://news.example.com/rss\n',
    );
    const { stack, template } = buildStack({ props: { config, smsMaxPriceUsd: 0.2 } });

    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      Target: Match.objectLike({
        RetryPolicy: Match.objectLike({ MaximumEventAgeInSeconds: 900 }),
      }),
    });
    const variablesOf = (pipelineFunction: PipelineFunction) =>
      (
        template.toJSON() as {
          Resources: Record<string, { Properties: { Environment: { Variables: object } } }>;
        }
      ).Resources[logicalIdOf(pipelineFunction.function)]?.Properties.Environment.Variables;
    expect(variablesOf(stack.functions.dispatch)).toMatchObject({ POLL_INTERVAL_MINUTES: '15' });
    expect(variablesOf(stack.functions.poll)).toMatchObject({ FETCH_TIMEOUT_MS: '10000' });
    expect(variablesOf(stack.functions.notify)).toMatchObject({ SMS_MAX_PRICE_USD: '0.20' });
  });

  it('creates no subscription for a config without subscribers or operations email', () => {
    const config = deployConfigFrom('feeds:\n  - url: https://news.example.com/rss\n');
    const { template } = buildStack({ props: { config } });

    template.resourceCountIs('AWS::SNS::Subscription', 0);
    template.resourceCountIs('AWS::SNS::Topic', 2);
  });
});
