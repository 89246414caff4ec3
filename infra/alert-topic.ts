import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { SubscriberConfig } from '../functions/config/config-schema.js';
import { subscriberFilterPolicy } from './subscriber-filter-policy.js';

export interface AlertTopicProps {
  masterKey: IKey;
  subscribers: readonly SubscriberConfig[];
}

/**
 * The topic alerts are published to, with one subscription per configured subscriber. The notifier
 * publishes one body per protocol (MessageStructure json), so email and SMS each get their own text.
 */
export class AlertTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    // No display name: SNS may put it in front of every SMS, and the text is sized to one SMS part.
    this.topic = new Topic(this, 'Topic', { masterKey: props.masterKey, enforceSSL: true });
    for (const subscriber of props.subscribers) {
      const filterPolicy = subscriberFilterPolicy(subscriber);
      if (subscriber.email !== undefined) {
        this.topic.addSubscription(new EmailSubscription(subscriber.email, { filterPolicy }));
      } else if (subscriber.sms !== undefined) {
        this.topic.addSubscription(new SmsSubscription(subscriber.sms, { filterPolicy }));
      }
    }
  }
}
