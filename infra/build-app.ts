import type { App } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CeasefireWatchStack } from './ceasefire-watch-stack.js';
import { loadDeployConfig } from './deploy-config.js';
import { readDeploySettings } from './deploy-settings.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';

export const STACK_ID = 'CeasefireWatch';

/**
 * Adds the stack, built from the config file the context names, and the AWS Solutions checks that
 * run when the app is synthesised. Throws a ConfigError for a bad config file or context value.
 */
export function buildApp(app: App): CeasefireWatchStack {
  const settings = readDeploySettings((key) => app.node.tryGetContext(key));
  const config = loadDeployConfig(settings.configFile);
  // No account or region: the stack deploys wherever the deploying credentials point.
  const stack = new CeasefireWatchStack(app, STACK_ID, {
    description: 'Ceasefire Watch: news feed polling, violation incidents and alerts',
    config,
    smsMaxPriceUsd: settings.smsMaxPriceUsd,
    opsEmail: settings.opsEmail,
  });
  acknowledgeNagFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
