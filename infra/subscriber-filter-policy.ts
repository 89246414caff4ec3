import { SubscriptionFilter } from 'aws-cdk-lib/aws-sns';
import { severityRank } from '../functions/adapters/notifiers/sns-notifier.js';
import type { SubscriberConfig } from '../functions/config/config-schema.js';

/**
 * A subscriber's filters as an SNS filter policy on the alert's message attributes: the same rule the
 * local run applies (functions/core/alerts/match-subscribers.ts). Undefined when the subscriber wants
 * every alert.
 */
export function subscriberFilterPolicy(
  subscriber: SubscriberConfig,
): Record<string, SubscriptionFilter> | undefined {
  const policy: Record<string, SubscriptionFilter> = {};
  if (subscriber.regions !== undefined) {
    policy.region = SubscriptionFilter.stringFilter({ allowlist: subscriber.regions });
  }
  if (subscriber.minSeverity !== undefined) {
    policy.severityRank = SubscriptionFilter.numericFilter({
      greaterThanOrEqualTo: severityRank(subscriber.minSeverity),
    });
  }
  return Object.keys(policy).length > 0 ? policy : undefined;
}
