import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  readDispatchEnv,
  readNotifyEnv,
  readPollEnv,
} from '../../functions/handlers/lambda-env.js';

const TABLES = {
  FEEDS_TABLE: 'cw-feeds',
  ITEMS_TABLE: 'cw-items',
  INCIDENTS_TABLE: 'cw-incidents',
};
const DISPATCH = {
  ...TABLES,
  FEED_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/cw-feeds',
  POLL_INTERVAL_MINUTES: '5',
};
const NOTIFY = {
  ...TABLES,
  ALERT_TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:cw-alerts',
  SMS_MAX_PRICE_USD: '0.50',
};

describe('lambda-env', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads each function’s settings', () => {
    // Act
    const dispatch = readDispatchEnv(DISPATCH);
    const poll = readPollEnv({ ...TABLES, FETCH_TIMEOUT_MS: '20000' });
    const notify = readNotifyEnv(NOTIFY);

    // Assess
    expect(dispatch).toEqual({
      tables: { Feeds: 'cw-feeds', Items: 'cw-items', Incidents: 'cw-incidents' },
      feedQueueUrl: DISPATCH.FEED_QUEUE_URL,
      pollIntervalMinutes: 5,
      feedsFile: 'feeds.json',
    });
    expect(poll.fetchTimeoutMs).toBe(20_000);
    expect(notify).toMatchObject({
      alertTopicArn: NOTIFY.ALERT_TOPIC_ARN,
      smsMaxPriceUsd: '0.50',
    });
  });

  it.each([
    ['FEEDS_TABLE', undefined, 'environment variable FEEDS_TABLE is not set'],
    ['INCIDENTS_TABLE', '  ', 'environment variable INCIDENTS_TABLE is not set'],
    [
      'ITEMS_TABLE',
      'no spaces allowed',
      'environment variable ITEMS_TABLE="no spaces allowed": expected a DynamoDB table name',
    ],
    [
      'FEED_QUEUE_URL',
      'ftp://queue',
      'environment variable FEED_QUEUE_URL="ftp://queue": expected an http(s) URL',
    ],
    [
      'POLL_INTERVAL_MINUTES',
      'five',
      'environment variable POLL_INTERVAL_MINUTES="five": expected a positive number of minutes',
    ],
    [
      'POLL_INTERVAL_MINUTES',
      '0',
      'environment variable POLL_INTERVAL_MINUTES="0": expected a positive number of minutes',
    ],
  ])('names %s when it is %j', (name, value, message) => {
    // Prepare
    const env: Record<string, string | undefined> = { ...DISPATCH, [name]: value };

    // Act
    const read = () => readDispatchEnv(env);

    // Assess
    expect(read).toThrow(message);
  });

  it('names every bad variable at once', () => {
    // Act
    const read = () =>
      readNotifyEnv({ ...TABLES, ALERT_TOPIC_ARN: 'cw-alerts', SMS_MAX_PRICE_USD: '0' });

    // Assess
    expect(read).toThrow(
      'environment variable ALERT_TOPIC_ARN="cw-alerts": expected an SNS topic ARN; ' +
        'environment variable SMS_MAX_PRICE_USD="0": expected an amount above 0',
    );
  });

  it('wants a whole number of milliseconds for FETCH_TIMEOUT_MS', () => {
    expect(() => readPollEnv({ ...TABLES, FETCH_TIMEOUT_MS: '2.5' })).toThrow(
      'environment variable FETCH_TIMEOUT_MS="2.5": expected a whole number of milliseconds',
    );
    expect(() => readPollEnv(TABLES)).toThrow('environment variable FETCH_TIMEOUT_MS is not set');
  });

  it('stops a handler at cold start, naming the missing variable', async () => {
    // Prepare
    for (const [name, value] of Object.entries(NOTIFY)) vi.stubEnv(name, value);
    vi.stubEnv('ALERT_TOPIC_ARN', '');

    // Act
    const coldStart = import('../../functions/handlers/notify-incidents.js');

    // Assess
    await expect(coldStart).rejects.toThrow('environment variable ALERT_TOPIC_ARN is not set');
  });
});
