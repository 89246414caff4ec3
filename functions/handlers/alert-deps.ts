import { SNSClient } from '@aws-sdk/client-sns';
import { SnsNotifier } from '../adapters/notifiers/sns-notifier.js';
import { systemClock } from '../adapters/system-clock.js';
import type { AlertDeps } from '../core/pipeline/deliver-alerts.js';
import type { NotifyEnv } from './lambda-env.js';
import { createLambdaStore } from './lambda-store.js';
import { tracer } from './powertools.js';

/** The store, the alert topic and the clock that sending alerts needs, as both alert functions wire them. */
export function createAlertDeps(env: NotifyEnv): AlertDeps {
  return {
    store: createLambdaStore(env),
    notifier: new SnsNotifier(tracer.captureAWSv3Client(new SNSClient({})), env.alertTopicArn, {
      smsMaxPriceUsd: env.smsMaxPriceUsd,
    }),
    clock: systemClock,
  };
}
