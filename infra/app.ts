// The CDK app: `npx cdk synth` / `npx cdk deploy` run this through cdk.json.
//   npx cdk deploy -c config=config/my.yaml [-c smsMaxPriceUsd=0.50] [-c opsEmail=ops@example.org]
import { App } from 'aws-cdk-lib';
import { ConfigError } from '../functions/config/config-error.js';
import { buildApp } from './build-app.js';

const app = new App();
try {
  buildApp(app);
  app.synth();
} catch (error) {
  // A config mistake is the user's to fix: say what it is, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
