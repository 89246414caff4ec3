import { Stack } from 'aws-cdk-lib';
import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { messageAttributes } from '../../functions/adapters/notifiers/sns-notifier.js';
import type { SubscriberConfig } from '../../functions/config/config-schema.js';
import { subscribersFor } from '../../functions/core/alerts/match-subscribers.js';
import { SEVERITY_ORDER } from '../../functions/core/model.js';
import { subscriberFilterPolicy } from '../../infra/subscriber-filter-policy.js';
import { anAlert } from '../support/factories.js';
import { testApp } from './stack-fixture.js';

type PolicyCondition = string | { numeric: (string | number)[] };
type RenderedPolicy = Record<string, PolicyCondition[]>;

/** The policy as it lands in the template. */
function rendered(subscriber: SubscriberConfig): RenderedPolicy | undefined {
  const policy = subscriberFilterPolicy(subscriber);
  if (policy === undefined) return undefined;
  const stack = new Stack(testApp(), 'Render');
  const conditions: RenderedPolicy = {};
  for (const [attribute, filter] of Object.entries(policy)) {
    conditions[attribute] = stack.resolve(filter.conditions) as PolicyCondition[];
  }
  return conditions;
}

/**
 * SNS's matching for the two kinds of condition used here: every attribute the policy names must be
 * present and match one of its conditions; a message with no such attribute does not match.
 */
function snsDelivers(
  policy: RenderedPolicy | undefined,
  attributes: Record<string, MessageAttributeValue>,
): boolean {
  if (policy === undefined) return true;
  return Object.entries(policy).every(([name, conditions]) => {
    const attribute = attributes[name];
    if (attribute?.StringValue === undefined) return false;
    const value = attribute.StringValue;
    return conditions.some((condition) => {
      if (typeof condition === 'string')
        return attribute.DataType === 'String' && value === condition;
      if (attribute.DataType !== 'Number') return false;
      const [operator, bound] = condition.numeric;
      expect(operator).toBe('>=');
      return Number(value) >= Number(bound);
    });
  });
}

describe('subscriberFilterPolicy', () => {
  it('gives no policy to a subscriber without filters', () => {
    expect(subscriberFilterPolicy({ email: 'all@example.org' })).toBeUndefined();
  });

  it('turns regions into an allow-list on the region attribute', () => {
    expect(rendered({ email: 'a@example.org', regions: ['Gaza', 'Lebanon'] })).toEqual({
      region: ['Gaza', 'Lebanon'],
    });
  });

  it('turns minSeverity into a numeric lower bound on severityRank: low 1 to critical 4', () => {
    expect(
      SEVERITY_ORDER.map((minSeverity) => rendered({ sms: '+15555550100', minSeverity })),
    ).toEqual([1, 2, 3, 4].map((rank) => ({ severityRank: [{ numeric: ['>=', rank] }] })));
  });

  it('combines both filters, as SNS combines attributes: all must match', () => {
    expect(
      rendered({ email: 'a@example.org', regions: ['Donbas'], minSeverity: 'medium' }),
    ).toEqual({ region: ['Donbas'], severityRank: [{ numeric: ['>=', 2] }] });
  });

  it('lets SNS deliver exactly the alerts the local run shows for each subscriber', () => {
    const subscribers: SubscriberConfig[] = [
      { email: 'all@example.org' },
      { email: 'levant@example.org', regions: ['Gaza', 'Lebanon'] },
      { sms: '+15555550100', minSeverity: 'high' },
      { sms: '+15555550101', regions: ['Kashmir LoC'], minSeverity: 'medium' },
    ];
    const alerts = ['Gaza', 'Lebanon', 'Kashmir LoC', 'Donbas'].flatMap((region) =>
      SEVERITY_ORDER.map((severity) => anAlert({ region, severity })),
    );

    for (const alert of alerts) {
      const attributes = messageAttributes(alert);
      const bySns = subscribers.filter((subscriber) =>
        snsDelivers(rendered(subscriber), attributes),
      );
      expect(bySns, `${alert.region} / ${alert.severity}`).toEqual(
        subscribersFor(alert, subscribers),
      );
    }
  });
});
