// Delivers alerts through an SNS topic: SMS and email subscribers each get their own text, and
// message attributes let a subscription's filter policy pick regions and severities.
import { PublishCommand } from '@aws-sdk/client-sns';
import type { MessageAttributeValue, SNSClient } from '@aws-sdk/client-sns';
import { SEVERITY_ORDER } from '../../core/model.js';
import type { Alert, Severity } from '../../core/model.js';
import type { Notifier } from '../../core/ports.js';

export interface SnsNotifierOptions {
  /**
   * Most to pay for one SMS, in US dollars, e.g. "0.50": SNS does not send a message that would
   * cost more. Default DEFAULT_SMS_MAX_PRICE_USD.
   */
  smsMaxPriceUsd?: string;
  /**
   * Longest one publish may take, retries included, before it is given up as failed. Default
   * DEFAULT_PUBLISH_TIMEOUT_MS: well inside the two-minute claim an alert is sent under, so no
   * second run can claim and send the alert while this send may still go out.
   */
  publishTimeoutMs?: number;
}

export const DEFAULT_SMS_MAX_PRICE_USD = '0.50';
export const DEFAULT_PUBLISH_TIMEOUT_MS = 30_000;

export class SnsNotifier implements Notifier {
  private readonly smsAttributes: Record<string, MessageAttributeValue>;
  private readonly publishTimeoutMs: number;

  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
    options: SnsNotifierOptions = {},
  ) {
    this.smsAttributes = smsDeliveryAttributes(options.smsMaxPriceUsd ?? DEFAULT_SMS_MAX_PRICE_USD);
    this.publishTimeoutMs = options.publishTimeoutMs ?? DEFAULT_PUBLISH_TIMEOUT_MS;
    if (!Number.isFinite(this.publishTimeoutMs) || this.publishTimeoutMs <= 0) {
      throw new Error(
        `SnsNotifier option publishTimeoutMs must be a positive number of milliseconds, got ${this.publishTimeoutMs}`,
      );
    }
  }

  async publish(alert: Alert): Promise<void> {
    try {
      await this.client.send(
        new PublishCommand({
          TopicArn: this.topicArn,
          MessageStructure: 'json',
          Message: JSON.stringify({
            // For protocols without their own entry (SQS, HTTPS, Lambda): the complete text.
            default: `${alert.email.subject}\n\n${alert.email.body}`,
            email: alert.email.body,
            sms: alert.sms,
          }),
          Subject: alert.email.subject,
          MessageAttributes: { ...messageAttributes(alert), ...this.smsAttributes },
        }),
        { abortSignal: AbortSignal.timeout(this.publishTimeoutMs) },
      );
    } catch (error) {
      throw new Error(
        `SNS publish failed for incident ${alert.incidentId} (version ${alert.version}) to ${this.topicArn}: ${
          error instanceof Error ? error.message : String(error)
        }`,
        { cause: error },
      );
    }
  }
}

/**
 * Alerts are time-critical, so SMS goes as Transactional (routed for reliability rather than lowest
 * cost), and never above the given price per message.
 */
export function smsDeliveryAttributes(maxPriceUsd: string): Record<string, MessageAttributeValue> {
  if (!/^\d+(\.\d+)?$/.test(maxPriceUsd) || !(Number(maxPriceUsd) > 0)) {
    throw new Error(
      `SnsNotifier option smsMaxPriceUsd must be a positive amount of US dollars such as "0.50", got "${maxPriceUsd}"`,
    );
  }
  return {
    'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
    'AWS.SNS.SMS.MaxPrice': { DataType: 'String', StringValue: maxPriceUsd },
  };
}

/** 1 (low) to 4 (critical), so a filter policy can ask for "at least high" with a numeric range. */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity) + 1;
}

export function messageAttributes(alert: Alert): Record<string, MessageAttributeValue> {
  const attributes: Record<string, MessageAttributeValue> = {
    region: { DataType: 'String', StringValue: alert.region },
    severity: { DataType: 'String', StringValue: alert.severity },
    severityRank: { DataType: 'Number', StringValue: String(severityRank(alert.severity)) },
    kind: { DataType: 'String', StringValue: alert.kind },
  };
  if (alert.killed !== null) {
    attributes.killed = { DataType: 'Number', StringValue: String(alert.killed) };
  }
  return attributes;
}
