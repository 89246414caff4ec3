import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  FEEDS_FAILING_REPEATEDLY,
  METRICS_NAMESPACE,
  NEW_ITEMS,
  SERVICE_DIMENSIONS,
} from './metric-names.js';

export interface OperationsProps {
  masterKey: IKey;
  /** Subscribed to the operations topic when given. */
  opsEmail?: string;
  functions: Readonly<Record<string, IFunction>>;
  deadLetterQueues: Readonly<Record<string, IQueue>>;
}

interface AlarmSpec {
  description: string;
  metric: IMetric;
  threshold: number;
  comparisonOperator: ComparisonOperator;
  evaluationPeriods?: number;
  treatMissingData?: TreatMissingData;
}

/**
 * What tells the operator that the watch itself is unwell: alarms on dead letters, function errors,
 * feeds that keep failing and a feed set gone silent, all sent to one operations topic.
 */
export class Operations extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Ceasefire Watch operations',
      masterKey: props.masterKey,
      enforceSSL: true,
    });
    // Once a topic has a policy of its own, CloudWatch needs to be named in it to publish alarms.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
          ArnLike: {
            'aws:SourceArn': Stack.of(this).formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    if (props.opsEmail !== undefined) {
      this.topic.addSubscription(new EmailSubscription(props.opsEmail));
    }

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      this.addAlarm(`${name}NotEmpty`, {
        description: `Messages are waiting in ${name}: work that failed every retry. Read them, fix the cause, then redrive or purge.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: Stats.MAXIMUM,
        }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    for (const [name, fn] of Object.entries(props.functions)) {
      this.addAlarm(`${name}Errors`, {
        description: `The ${name} function failed (an uncaught error or a timeout). See its log group.`,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: Stats.SUM }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
    }

    this.addAlarm('FeedsFailingRepeatedly', {
      description:
        'A feed failed 3 polls in a row (moved, gone, blocking us or malformed). The poll function log names it.',
      metric: serviceMetric(FEEDS_FAILING_REPEATEDLY, Duration.hours(1)),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });

    // Hourly sums over a sliding day: the alarm sounds once a whole day passes with no new item.
    this.addAlarm('NoNewItems', {
      description:
        'No feed produced a new item for 24 hours: the polling may have stopped, or every feed gone quiet.',
      metric: serviceMetric(NEW_ITEMS, Duration.hours(1)),
      threshold: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 24,
      // No data at all is exactly the silence this alarm is for.
      treatMissingData: TreatMissingData.BREACHING,
    });
  }

  private addAlarm(id: string, spec: AlarmSpec): void {
    const evaluationPeriods = spec.evaluationPeriods ?? 1;
    const alarm = new Alarm(this, id, {
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: spec.comparisonOperator,
      evaluationPeriods,
      datapointsToAlarm: evaluationPeriods,
      treatMissingData: spec.treatMissingData ?? TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}

function serviceMetric(metricName: string, period: Duration): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { ...SERVICE_DIMENSIONS },
    statistic: Stats.SUM,
    period,
  });
}
