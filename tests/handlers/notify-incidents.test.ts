import 'aws-sdk-client-mock-vitest/extend';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../functions/core/model.js';
import type { handler as NotifyHandler } from '../../functions/handlers/notify-incidents.js';
import { anIncident, aSource } from '../support/factories.js';
import {
  PERSONAL_CONTACT,
  TOPIC_ARN,
  captureOutput,
  lambdaContext,
  startTables,
  stubHandlerEnv,
} from './lambda-harness.js';
import type { CapturedOutput, TestTables } from './lambda-harness.js';

const snsMock = mockClient(SNSClient);

type Image = NonNullable<StreamRecord['NewImage']>;

/** An incident as the table stores it: the awaiting flag rides along while an alert is due. */
function image(incident: Incident & { claimVersion?: number; claimUntil?: string }): Image {
  const stored =
    incident.version > incident.alertedVersion
      ? { ...incident, awaitingAlert: 'awaiting' }
      : incident;
  return marshall(stored, { removeUndefinedValues: true }) as Image;
}

let sequence = 0;
function streamRecord(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  images: { newImage?: Image; oldImage?: Image; incidentId: string },
): DynamoDBRecord {
  sequence += 1;
  return {
    eventID: `event-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-central-1',
    eventSourceARN:
      'arn:aws:dynamodb:eu-central-1:123456789012:table/handler-test-incidents/stream/2026-11-20T00:00:00.000',
    dynamodb: {
      Keys: { incidentId: { S: images.incidentId } },
      ...(images.newImage && { NewImage: images.newImage }),
      ...(images.oldImage && { OldImage: images.oldImage }),
      SequenceNumber: String(1000 + sequence),
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

function inserted(incident: Incident): DynamoDBRecord {
  return streamRecord('INSERT', { newImage: image(incident), incidentId: incident.incidentId });
}

function modified(before: Incident, after: Incident): DynamoDBRecord {
  return streamRecord('MODIFY', {
    oldImage: image(before),
    newImage: image(after),
    incidentId: after.incidentId,
  });
}

function publishedMessages() {
  return snsMock.commandCalls(PublishCommand).map((call) => call.args[0].input);
}

describe('notify-incidents handler', () => {
  let tables: TestTables;
  let handler: typeof NotifyHandler;
  let output: CapturedOutput;

  beforeAll(async () => {
    tables = await startTables();
    stubHandlerEnv(tables.endpoint);
    ({ handler } = await import('../../functions/handlers/notify-incidents.js'));
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

  /** Stores the incident as the poll function would, so the alert can be claimed. */
  async function stored(overrides: Partial<Incident>): Promise<Incident> {
    const incident = anIncident(overrides);
    expect(await tables.store.saveIncident(incident, 0)).toBe(true);
    return incident;
  }

  function invoke(records: DynamoDBRecord[]) {
    const event: DynamoDBStreamEvent = { Records: records };
    return handler(event, lambdaContext('notify-incidents'));
  }

  it('sends the alert of a new incident once, also when the stream delivers the batch twice', async () => {
    // Prepare
    const incident = await stored({ incidentId: 'inc-twice' });
    const records = [inserted(incident)];

    // Act
    const first = await invoke(records);
    const second = await invoke(records);

    // Assess
    expect(first).toEqual({ batchItemFailures: [] });
    expect(second).toEqual({ batchItemFailures: [] });
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: TOPIC_ARN,
      MessageStructure: 'json',
    });
    const attributes = publishedMessages()[0]?.MessageAttributes;
    expect(attributes?.kind?.StringValue).toBe('new');
    expect(attributes?.['AWS.SNS.SMS.SMSType']?.StringValue).toBe('Transactional');
    expect(attributes?.['AWS.SNS.SMS.MaxPrice']?.StringValue).toBe('0.40');
    expect(await tables.store.listIncidentsAwaitingAlert()).not.toContainEqual(
      expect.objectContaining({ incidentId: 'inc-twice' }),
    );
    expect(output.metrics()).toMatchObject({ AlertsSent: 1, AlertsFailed: 0 });
  });

  it('fails only the record whose send failed, and its retry sends the alert', async () => {
    // Prepare
    const failing = await stored({ incidentId: 'inc-sns-down', region: 'Lebanon' });
    const fine = await stored({ incidentId: 'inc-sns-fine' });
    const failingRecord = inserted(failing);
    snsMock
      .on(PublishCommand)
      .callsFake((input: { MessageAttributes?: Record<string, { StringValue?: string }> }) => {
        if (input.MessageAttributes?.region?.StringValue === 'Lebanon') {
          throw new Error('Service Unavailable');
        }
        return { MessageId: 'sns-fine' };
      });

    // Act
    const response = await invoke([failingRecord, inserted(fine)]);

    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: failingRecord.dynamodb?.SequenceNumber },
    ]);
    expect(output.metrics()).toMatchObject({ AlertsSent: 1, AlertsFailed: 1 });

    // Act: the stream delivers the failed record again, SNS is back.
    snsMock.on(PublishCommand).resolves({ MessageId: 'sns-2' });
    const retry = await invoke([failingRecord]);

    // Assess
    expect(retry).toEqual({ batchItemFailures: [] });
    const regions = publishedMessages().map(
      (input) => input.MessageAttributes?.region?.StringValue,
    );
    expect(regions.filter((region) => region === 'Lebanon')).toHaveLength(2);
  });

  it('sends nothing for a removal, a version already alerted, or a change to the claim alone', async () => {
    // Prepare
    const incident = await stored({ incidentId: 'inc-quiet' });
    const alerted = { ...incident, alertedVersion: 1 };
    const claimed = { ...incident, claimVersion: 1, claimUntil: '2026-11-20T10:02:00.000Z' };
    const records = [
      streamRecord('REMOVE', { oldImage: image(incident), incidentId: incident.incidentId }),
      modified(incident, alerted),
      modified(incident, claimed),
      modified(claimed, incident),
    ];

    // Act
    const response = await invoke(records);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(snsMock).not.toHaveReceivedCommand(PublishCommand);
  });

  it('sends an update saying what changed when an alerted incident grows', async () => {
    // Prepare
    const first = await stored({ incidentId: 'inc-grows', killed: 3 });
    await tables.store.markAlerted(first.incidentId, 1);
    const alerted = { ...first, alertedVersion: 1 };
    const grown: Incident = {
      ...alerted,
      killed: 5,
      version: 2,
      revision: 2,
      sources: [...first.sources, aSource({ itemId: 'item-2', feed: 'border-monitor' })],
    };
    expect(await tables.store.saveIncident(grown, 1)).toBe(true);

    // Act
    const response = await invoke([modified(alerted, grown)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    const published = publishedMessages()[0];
    expect(published?.MessageAttributes?.kind?.StringValue).toBe('update');
    const texts = JSON.parse(published?.Message ?? '{}') as { sms: string };
    expect(texts.sms).toContain('killed 3 -> 5');
  });

  it('sends one alert for an incident that opened and grew within one batch', async () => {
    // Prepare
    const opened = await stored({ incidentId: 'inc-fast', killed: 2 });
    const grown: Incident = { ...opened, killed: 4, version: 2, revision: 2 };
    expect(await tables.store.saveIncident(grown, 1)).toBe(true);

    // Act
    const response = await invoke([inserted(opened), modified(opened, grown)]);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    const attributes = publishedMessages()[0]?.MessageAttributes;
    expect(attributes?.kind?.StringValue).toBe('new');
    expect(attributes?.killed?.StringValue).toBe('4');
  });

  it('fails only a record that holds no readable incident, naming the record', async () => {
    // Prepare
    const incident = await stored({ incidentId: 'inc-beside-bad' });
    const { severity: _severity, ...withoutSeverity } = anIncident({ incidentId: 'inc-bad' });
    const bad = streamRecord('INSERT', {
      newImage: marshall({ ...withoutSeverity, version: 1 }) as Image,
      incidentId: 'inc-bad',
    });

    // Act
    const response = await invoke([bad, inserted(incident)]);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: bad.dynamodb?.SequenceNumber }]);
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    const logged = output.lines().find((line) => line.includes('stream record cannot be read'));
    expect(logged).toContain(
      `stream record ${bad.eventID} (incident inc-bad): NewImage is not an incident: severity`,
    );
  });

  it('logs no email address or phone number, also when a send fails', async () => {
    // Prepare
    const evidence = [
      'Residents said shells fell near Khramort; the mayor asked for help at mayor@khramort.example or +374 10 555 0123.',
    ];
    const sent = await stored({ incidentId: 'inc-contact-sent', evidence });
    const failing = await stored({ incidentId: 'inc-contact-failed', evidence, region: 'Lebanon' });
    snsMock
      .on(PublishCommand)
      .callsFake((input: { MessageAttributes?: Record<string, { StringValue?: string }> }) => {
        if (input.MessageAttributes?.region?.StringValue === 'Lebanon')
          throw new Error('Throttled');
        return { MessageId: 'sns-3' };
      });

    // Act
    await invoke([inserted(sent), inserted(failing)]);

    // Assess
    expect(output.lines().length).toBeGreaterThan(2);
    expect(output.lines().filter((line) => PERSONAL_CONTACT.test(line))).toEqual([]);
  });
});
