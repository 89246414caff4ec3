// Delivers alerts through an SNS topic: SMS and email subscribers each get their own text, and
// message attributes let a subscription's filter policy pick regions and severities.
import { PublishCommand } from '@aws-sdk/client-sns';
import type { MessageAttributeValue, SNSClient } from '@aws-sdk/client-sns';
import { SEVERITY_ORDER } from '../../core/model.js';
import type { Alert, Severity } from '../../core/model.js';
import type { Notifier } from '../../core/ports.js';

export class SnsNotifier implements Notifier {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

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
          MessageAttributes: messageAttributes(alert),
        }),
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
