import 'aws-sdk-client-mock-vitest/extend';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  InternalErrorException,
  PublishCommand,
  SNSClient,
  ThrottledException,
} from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnsNotifier } from '../../functions/adapters/notifiers/sns-notifier.js';
import type { Incident } from '../../functions/core/model.js';
import type { handler as NotifyHandler } from '../../functions/handlers/notify-incidents.js';
import type { handler as SweepHandler } from '../../functions/handlers/sweep-alerts.js';
import {
  captureOutput,
  lambdaContext,
  startTables,
  stubHandlerEnv,
} from '../handlers/lambda-harness.js';
import type { CapturedOutput, TestTables } from '../handlers/lambda-harness.js';
import { anAlert, anIncident } from '../support/factories.js';

const snsMock = mockClient(SNSClient);

let sequence = 0;
function inserted(incident: Incident): DynamoDBRecord {
  sequence += 1;
  const image = marshall(
    { ...incident, awaitingAlert: 'awaiting' },
    { removeUndefinedValues: true },
  ) as NonNullable<StreamRecord['NewImage']>;
  return {
    eventID: `fault-event-${sequence}`,
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: { incidentId: { S: incident.incidentId } },
      NewImage: image,
      SequenceNumber: String(5000 + sequence),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

/** Publish calls that reached SNS for the incident (its title names it, see `stored`). */
function publishesOf(incidentId: string): number {
  return snsMock
    .commandCalls(PublishCommand)
    .filter((call) => String(call.args[0].input.Message).includes(incidentId)).length;
}

describe('alert delivery in AWS when things fail', () => {
  let tables: TestTables;
  let notify: typeof NotifyHandler;
  let sweep: typeof SweepHandler;
  let output: CapturedOutput;

  beforeAll(async () => {
    tables = await startTables();
    stubHandlerEnv(tables.endpoint);
    ({ handler: notify } = await import('../../functions/handlers/notify-incidents.js'));
    ({ handler: sweep } = await import('../../functions/handlers/sweep-alerts.js'));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await tables?.close();
  });

  beforeEach(() => {
    snsMock.reset();
    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    output = captureOutput();
    return () => output.restore();
  });

  /** Stores the incident as the poll function would; its last report is an hour old. */
  async function stored(incidentId: string, overrides: Partial<Incident> = {}): Promise<Incident> {
    const hourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
    const incident = anIncident({
      incidentId,
      title: `Shelling reported, ${incidentId}`,
      firstSeenAt: hourAgo,
      lastSeenAt: hourAgo,
      ...overrides,
    });
    expect(await tables.store.saveIncident(incident, 0)).toBe(true);
    return incident;
  }

  function deliver(records: DynamoDBRecord[]) {
    const event: DynamoDBStreamEvent = { Records: records };
    return notify(event, lambdaContext('notify-incidents'));
  }

  function runSweep() {
    return sweep({}, lambdaContext('sweep-alerts'));
  }

  async function owed(incidentId: string): Promise<boolean> {
    const awaiting = await tables.store.listIncidentsAwaitingAlert();
    return awaiting.some((incident) => incident.incidentId === incidentId);
  }

  it('a run that died after claiming, before publishing: the stream retry finds the claim, the sweep sends once it runs out', async () => {
    const incident = await stored('inc-died-before-send');
    // The dead run's claim, with a short lease so the test need not wait two minutes.
    const now = Date.now();
    expect(
      await tables.store.claimAlert(
        incident.incidentId,
        1,
        new Date(now).toISOString(),
        new Date(now + 1_000).toISOString(),
      ),
    ).toBe(true);

    expect(await deliver([inserted(incident)])).toEqual({ batchItemFailures: [] });
    expect(publishesOf(incident.incidentId)).toBe(0);
    expect(await owed(incident.incidentId)).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await runSweep()).toEqual({ sent: 1, failed: 0 });
    expect(await runSweep()).toEqual({ sent: 0, failed: 0 });
    expect(publishesOf(incident.incidentId)).toBe(1);
    expect(await owed(incident.incidentId)).toBe(false);
  });

  it('a stream record dead-lettered after SNS kept failing: the sweep sends the alert it left owed', async () => {
    const incident = await stored('inc-dead-lettered', { region: 'Lebanon' });
    snsMock
      .on(PublishCommand)
      .rejects(new ThrottledException({ message: 'Rate exceeded', $metadata: {} }));
    const record = inserted(incident);
    // The batch of one fails whole each time, until the mapping gives it up to the dead-letter queue.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await expect(deliver([record])).rejects.toThrow('All records failed processing');
    }
    expect(await owed(incident.incidentId)).toBe(true);

    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-2' });
    expect(await runSweep()).toEqual({ sent: 1, failed: 0 });
    expect(await owed(incident.incidentId)).toBe(false);
    expect(publishesOf(incident.incidentId)).toBe(4);
  });

  it('SNS answering an error after it published: the retry sends again (at least once), and never a third time', async () => {
    const incident = await stored('inc-ambiguous-send');
    let calls = 0;
    snsMock.on(PublishCommand).callsFake(() => {
      calls += 1;
      if (calls === 1) {
        throw new InternalErrorException({ message: 'published, then failed', $metadata: {} });
      }
      return { MessageId: `sns-${calls}` };
    });
    const record = inserted(incident);

    const first = await deliver([record]).catch((error: Error) => error);
    const redelivered = await deliver([record]);
    const again = await deliver([record]);
    await runSweep();

    expect(first).toBeInstanceOf(Error);
    expect(redelivered).toEqual({ batchItemFailures: [] });
    expect(again).toEqual({ batchItemFailures: [] });
    // Two publish calls reached SNS: the one it answered with an error, and the retry.
    expect(publishesOf(incident.incidentId)).toBe(2);
    expect(await owed(incident.incidentId)).toBe(false);
  });

  it('one stream batch delivered twice, with a second incident: each alert goes once', async () => {
    const a = await stored('inc-batch-a');
    const b = await stored('inc-batch-b', { region: 'Lebanon' });
    const records = [inserted(a), inserted(b)];

    const [first, second] = await Promise.all([deliver(records), deliver(records)]);
    await runSweep();

    expect(first).toEqual({ batchItemFailures: [] });
    expect(second).toEqual({ batchItemFailures: [] });
    expect(publishesOf(a.incidentId)).toBe(1);
    expect(publishesOf(b.incidentId)).toBe(1);
    expect(await owed(a.incidentId)).toBe(false);
    expect(await owed(b.incidentId)).toBe(false);
  });

  it('the sweep leaves an incident whose last report is minutes old to the stream', async () => {
    const fresh = new Date().toISOString();
    const incident = await stored('inc-fresh', { firstSeenAt: fresh, lastSeenAt: fresh });

    expect(await runSweep()).toEqual({ sent: 0, failed: 0 });
    expect(await owed(incident.incidentId)).toBe(true);
    expect(publishesOf(incident.incidentId)).toBe(0);
    expect(await deliver([inserted(incident)])).toEqual({ batchItemFailures: [] });
    expect(publishesOf(incident.incidentId)).toBe(1);
  });

  it('the sweep reports an alert it could not send and leaves it owed for the next sweep', async () => {
    const incident = await stored('inc-sweep-fails');
    snsMock
      .on(PublishCommand)
      .rejects(new ThrottledException({ message: 'Rate exceeded', $metadata: {} }));

    expect(await runSweep()).toEqual({ sent: 0, failed: 1 });
    expect(await owed(incident.incidentId)).toBe(true);
    expect(output.lines().join('\n')).toContain(`incident ${incident.incidentId}`);
    expect(output.metrics()).toMatchObject({ AlertsSent: 0, AlertsFailed: 1 });

    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-3' });
    expect(await runSweep()).toEqual({ sent: 1, failed: 0 });
  });
});

describe('SnsNotifier against an endpoint that never answers', () => {
  it('gives the publish up within its timeout, well inside the claim it is sent under', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new SNSClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    const topic = 'arn:aws:sns:eu-central-1:123456789012:ceasefire-alerts';
    const notifier = new SnsNotifier(client, topic, { publishTimeoutMs: 200 });
    snsMock.restore();
    try {
      await expect(notifier.publish(anAlert({ incidentId: 'inc-hanging' }))).rejects.toThrow(
        `SNS publish failed for incident inc-hanging (version 1) to ${topic}`,
      );
    } finally {
      client.destroy();
      server.closeAllConnections();
      server.close();
    }
  });
});
