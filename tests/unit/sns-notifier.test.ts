import 'aws-sdk-client-mock-vitest/extend';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SMS_MAX_PRICE_USD,
  SnsNotifier,
  severityRank,
} from '../../functions/adapters/notifiers/sns-notifier.js';
import { anAlert } from '../support/factories.js';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:ceasefire-alerts';
const snsMock = mockClient(SNSClient);

describe('SnsNotifier', () => {
  beforeEach(() => {
    snsMock.reset();
  });

  it('publishes one message with a text per protocol, the subject and filterable attributes', async () => {
    snsMock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const alert = anAlert({ severity: 'critical', killed: 5 });

    await new SnsNotifier(new SNSClient({ region: 'eu-central-1' }), TOPIC, {
      smsMaxPriceUsd: '0.75',
    }).publish(alert);

    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 1);
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: TOPIC,
      MessageStructure: 'json',
      Subject: alert.email.subject,
      MessageAttributes: {
        region: { DataType: 'String', StringValue: 'Nagorno-Karabakh' },
        severity: { DataType: 'String', StringValue: 'critical' },
        severityRank: { DataType: 'Number', StringValue: '4' },
        kind: { DataType: 'String', StringValue: 'new' },
        killed: { DataType: 'Number', StringValue: '5' },
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
        'AWS.SNS.SMS.MaxPrice': { DataType: 'String', StringValue: '0.75' },
      },
    });
    const input = snsMock.commandCalls(PublishCommand)[0]?.args[0].input;
    const message = JSON.parse(input?.Message ?? '{}') as Record<string, string>;
    expect(message.sms).toBe(alert.sms);
    expect(message.email).toBe(alert.email.body);
    expect(message.default).toContain(alert.email.body);
  });

  it('leaves out the killed attribute when no toll is known', async () => {
    snsMock.on(PublishCommand).resolves({});

    await new SnsNotifier(new SNSClient({ region: 'eu-central-1' }), TOPIC).publish(
      anAlert({ killed: null, kind: 'update', severity: 'low' }),
    );

    const attributes = snsMock.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes;
    expect(attributes).not.toHaveProperty('killed');
    expect(attributes?.severityRank).toEqual({ DataType: 'Number', StringValue: '1' });
    expect(attributes?.kind).toEqual({ DataType: 'String', StringValue: 'update' });
  });

  it('sends SMS as Transactional with the default price cap when no cap is given', async () => {
    snsMock.on(PublishCommand).resolves({});

    await new SnsNotifier(new SNSClient({ region: 'eu-central-1' }), TOPIC).publish(anAlert());

    const attributes = snsMock.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes;
    expect(attributes?.['AWS.SNS.SMS.SMSType']).toEqual({
      DataType: 'String',
      StringValue: 'Transactional',
    });
    expect(attributes?.['AWS.SNS.SMS.MaxPrice']).toEqual({
      DataType: 'String',
      StringValue: DEFAULT_SMS_MAX_PRICE_USD,
    });
  });

  it.each(['', 'free', '-1', '0', '0.00', '1,50'])(
    'refuses the SMS price cap "%s", naming the option',
    (smsMaxPriceUsd) => {
      expect(
        () => new SnsNotifier(new SNSClient({ region: 'eu-central-1' }), TOPIC, { smsMaxPriceUsd }),
      ).toThrow(/smsMaxPriceUsd.*positive amount of US dollars/);
    },
  );

  it('names the incident when the publish fails', async () => {
    snsMock.on(PublishCommand).rejects(new Error('Rate exceeded'));
    const notifier = new SnsNotifier(new SNSClient({ region: 'eu-central-1' }), TOPIC);

    await expect(notifier.publish(anAlert({ incidentId: 'inc-throttled' }))).rejects.toThrow(
      /inc-throttled.*Rate exceeded/,
    );
  });

  it('ranks severities from 1 (low) to 4 (critical)', () => {
    expect(['low', 'medium', 'high', 'critical'].map((s) => severityRank(s as never))).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
