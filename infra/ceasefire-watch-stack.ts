import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, Stage } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { loadRuleset } from '../functions/core/classify/load-ruleset.js';
import { rulesetToJson } from '../functions/core/classify/ruleset-from-json.js';
import { AWAITING_ALERT_INDEX, TABLES } from '../functions/tables/table-definitions.js';
import { AlertTopic } from './alert-topic.js';
import type { DeployConfig } from './deploy-config.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from './metric-names.js';
import { Operations } from './operations.js';
import { ICONV_TABLES, PipelineFunction } from './pipeline-function.js';
import { CeasefireWatchTables } from './tables-construct.js';

const RULES_DIR = fileURLToPath(new URL('../functions/rules', import.meta.url));

/** Where the poll bundle carries the ruleset, validated at synth and written as JSON. */
export const BUNDLED_RULESET_JSON = 'rules/ruleset.json';
/** Bundling constants for the poll handler: it builds its classifier from that JSON. */
export const POLL_DEFINE = {
  'process.env.BUNDLED_RULESET_JSON': JSON.stringify(BUNDLED_RULESET_JSON),
};

/** Longest a poll of one batch of feeds may take: fetches, full articles, classification, writes. */
export const POLL_TIMEOUT = Duration.minutes(5);
/** Feeds per poll invocation. */
export const POLL_BATCH_SIZE = 10;
/** Poll invocations at once: bounds the load on the tables and on publishers. */
export const POLL_MAX_CONCURRENCY = 5;
/** Receives of a feed message before it is dead-lettered. */
export const POLL_MAX_RECEIVES = 3;
/** Tries of a batch of incident changes before it goes to the notify dead-letter queue. */
export const NOTIFY_RETRY_ATTEMPTS = 5;
/**
 * How often the alert sweep sends what the stream left owed (records dead-lettered after their
 * retries, claims left by a run that died): the longest such an alert waits past its claim.
 */
export const ALERT_SWEEP_INTERVAL = Duration.minutes(10);

export interface CeasefireWatchStackProps extends StackProps {
  config: DeployConfig;
  /** Passed to every SMS publish as its MaxPrice. */
  smsMaxPriceUsd: number;
  /** Receives the operations alarms when given. */
  opsEmail?: string;
}

/**
 * The whole deployment: a schedule runs the dispatcher, which queues the feeds that are due; the poll
 * function reads them off the queue and records items and incidents; every incident change on the
 * table's stream reaches the notify function, which publishes the alert to the subscribers' topic.
 */
export class CeasefireWatchStack extends Stack {
  readonly tables: CeasefireWatchTables;
  readonly functions: Readonly<Record<'dispatch' | 'poll' | 'notify' | 'sweep', PipelineFunction>>;
  readonly feedQueue: Queue;
  readonly feedDeadLetterQueue: Queue;
  readonly notifyDeadLetterQueue: Queue;
  readonly alertTopic: AlertTopic;
  readonly schedule: Schedule;
  readonly alertSweepSchedule: Schedule;
  readonly scheduleRole: Role;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: CeasefireWatchStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.tables = new CeasefireWatchTables(this, 'Tables');
    const { tables } = this.tables;

    const topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts the Ceasefire Watch alert and operations topics',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Alarms publish to the encrypted operations topic as CloudWatch, not as a role of this account.
    topicKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    this.alertTopic = new AlertTopic(this, 'Alerts', {
      masterKey: topicKey,
      subscribers: config.subscribers,
    });

    this.feedDeadLetterQueue = new Queue(this, 'FeedDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.feedQueue = new Queue(this, 'FeedQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's advice for an SQS source: six times the function timeout, which leaves Lambda room
      // to retry a throttled batch before its messages become visible to another poller.
      visibilityTimeout: Duration.seconds(POLL_TIMEOUT.toSeconds() * 6),
      // A feed left unpolled this long is queued afresh by the dispatcher; older copies are noise.
      retentionPeriod: Duration.hours(6),
      deadLetterQueue: { queue: this.feedDeadLetterQueue, maxReceiveCount: POLL_MAX_RECEIVES },
    });
    this.notifyDeadLetterQueue = new Queue(this, 'NotifyDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    const commonEnvironment = {
      FEEDS_TABLE: tables.Feeds.tableName,
      ITEMS_TABLE: tables.Items.tableName,
      INCIDENTS_TABLE: tables.Incidents.tableName,
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      LOG_LEVEL: 'INFO',
    };

    const dispatch = new PipelineFunction(this, 'DispatchFeeds', {
      handlerFile: 'dispatch-feeds.ts',
      description: 'Queues the feeds that are due for a poll',
      memorySize: 256,
      timeout: Duration.minutes(1),
      environment: {
        ...commonEnvironment,
        FEED_QUEUE_URL: this.feedQueue.queueUrl,
        POLL_INTERVAL_MINUTES: String(config.scheduleMinutes),
      },
      bundledFiles: [{ source: this.writeFeedsFile(config), target: 'feeds.json' }],
    });
    // A failed or delayed dispatch is made good by the next scheduled run, with the same feeds due.
    dispatch.function.configureAsyncInvoke({
      retryAttempts: 0,
      maxEventAge: Duration.minutes(config.scheduleMinutes),
    });
    tables.Feeds.grantReadData(dispatch.role);
    this.feedQueue.grantSendMessages(dispatch.role);

    const poll = new PipelineFunction(this, 'PollFeeds', {
      handlerFile: 'poll-feeds.ts',
      description: 'Polls queued feeds, classifies new items and folds violations into incidents',
      // Parsing, text extraction and classification are CPU-bound; Lambda gives CPU with memory.
      memorySize: 1024,
      timeout: POLL_TIMEOUT,
      environment: { ...commonEnvironment, FETCH_TIMEOUT_MS: String(config.fetchTimeoutMs) },
      bundledFiles: [
        { source: this.writeCompiledRuleset(), target: BUNDLED_RULESET_JSON },
        ...ICONV_TABLES,
      ],
      define: POLL_DEFINE,
    });
    for (const table of [tables.Feeds, tables.Items, tables.Incidents]) {
      table.grantReadWriteData(poll.role);
    }
    poll.function.addEventSource(
      new SqsEventSource(this.feedQueue, {
        batchSize: POLL_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: POLL_MAX_CONCURRENCY,
      }),
    );

    const notifyEnvironment = {
      ...commonEnvironment,
      ALERT_TOPIC_ARN: this.alertTopic.topic.topicArn,
      SMS_MAX_PRICE_USD: props.smsMaxPriceUsd.toFixed(2),
    };
    const notify = new PipelineFunction(this, 'NotifyIncidents', {
      handlerFile: 'notify-incidents.ts',
      description: 'Sends the alert for each new or grown incident, once',
      memorySize: 256,
      timeout: Duration.minutes(1),
      environment: notifyEnvironment,
    });
    // Claiming and marking an alert read and update the one incident; nothing else.
    notify.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [tables.Incidents.tableArn],
      }),
    );
    this.alertTopic.topic.grantPublish(notify.role);
    notify.function.addEventSource(
      new DynamoEventSource(tables.Incidents, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: NOTIFY_RETRY_ATTEMPTS,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.notifyDeadLetterQueue),
        // Removals never need an alert.
        filters: [FilterCriteria.filter({ eventName: FilterRule.or('INSERT', 'MODIFY') })],
      }),
    );

    const sweep = new PipelineFunction(this, 'SweepAlerts', {
      handlerFile: 'sweep-alerts.ts',
      description: 'Sends the alerts the incidents stream left owed, once',
      memorySize: 256,
      timeout: Duration.minutes(5),
      environment: notifyEnvironment,
    });
    // Listing the incidents that await an alert, then claiming and marking each; nothing else.
    sweep.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [`${tables.Incidents.tableArn}/index/${AWAITING_ALERT_INDEX}`],
      }),
    );
    sweep.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [tables.Incidents.tableArn],
      }),
    );
    this.alertTopic.topic.grantPublish(sweep.role);
    // A missed sweep is made good by the next one.
    sweep.function.configureAsyncInvoke({
      retryAttempts: 0,
      maxEventAge: Duration.minutes(ALERT_SWEEP_INTERVAL.toMinutes()),
    });
    this.functions = { dispatch, poll, notify, sweep };

    this.scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'Lets the schedules invoke the dispatch and alert sweep functions',
    });
    this.schedule = new Schedule(this, 'PollSchedule', {
      description: 'Runs the feed dispatcher',
      schedule: ScheduleExpression.rate(Duration.minutes(config.scheduleMinutes)),
      target: new LambdaInvoke(dispatch.function, {
        role: this.scheduleRole,
        retryAttempts: 2,
        // Past the next run, a late dispatch only duplicates it.
        maxEventAge: Duration.minutes(config.scheduleMinutes),
      }),
    });

    this.alertSweepSchedule = new Schedule(this, 'AlertSweepSchedule', {
      description: 'Runs the alert sweep',
      schedule: ScheduleExpression.rate(ALERT_SWEEP_INTERVAL),
      target: new LambdaInvoke(sweep.function, {
        role: this.scheduleRole,
        retryAttempts: 0,
        maxEventAge: ALERT_SWEEP_INTERVAL,
      }),
    });

    this.operations = new Operations(this, 'Operations', {
      masterKey: topicKey,
      opsEmail: props.opsEmail,
      functions: {
        DispatchFeeds: dispatch.function,
        PollFeeds: poll.function,
        NotifyIncidents: notify.function,
        SweepAlerts: sweep.function,
      },
      deadLetterQueues: {
        FeedDeadLetterQueue: this.feedDeadLetterQueue,
        NotifyDeadLetterQueue: this.notifyDeadLetterQueue,
      },
    });

    // The local commands can work on the deployed tables (FEEDS_TABLE, ITEMS_TABLE, INCIDENTS_TABLE).
    for (const { logicalName } of TABLES) {
      new CfnOutput(this, `${logicalName}TableName`, {
        value: this.tables.names[logicalName],
        description: `Name of the ${logicalName} table`,
      });
    }
    new CfnOutput(this, 'AlertTopicArn', {
      value: this.alertTopic.topic.topicArn,
      description:
        'Alerts are published here; `ceasefire-watch run --sns-topic-arn` can use it too',
    });
    new CfnOutput(this, 'OperationsTopicArn', {
      value: this.operations.topic.topicArn,
      description: 'Alarms are published here: subscribe whoever runs the watch',
    });
  }

  /**
   * The dispatcher's feed list, written into the cloud assembly and copied into its bundle: the bundle
   * hash follows the file, so a changed feed list deploys a new function version.
   */
  /** A bad ruleset fails the synth here, naming the file and field, rather than a cold start. */
  private writeCompiledRuleset(): string {
    const file = path.join(Stage.of(this)?.outdir ?? '.', `${this.stackName}.ruleset.json`);
    const ruleset = loadRuleset({
      rulesetPath: path.join(RULES_DIR, 'ruleset.yaml'),
      regimesPath: path.join(RULES_DIR, 'regimes.yaml'),
    });
    writeFileSync(file, rulesetToJson(ruleset));
    return file;
  }

  private writeFeedsFile(config: DeployConfig): string {
    const file = path.join(Stage.of(this)?.outdir ?? '.', `${this.stackName}.feeds.json`);
    const feeds = config.feeds.map(({ id, url, fetchArticle, maxReportAgeMs }) => ({
      id,
      url,
      fetchArticle,
      maxReportAgeMs,
    }));
    writeFileSync(file, `${JSON.stringify(feeds, null, 2)}\n`);
    return file;
  }
}
