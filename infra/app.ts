// The CDK app: `npx cdk synth` / `npx cdk deploy` run this through cdk.json.
import { App } from 'aws-cdk-lib';
import { CeasefireWatchStack } from './ceasefire-watch-stack.js';

const app = new App();
// No account or region: the stack deploys wherever the deploying credentials point.
new CeasefireWatchStack(app, 'CeasefireWatch', {
  description: 'Ceasefire Watch: news feed polling, violation incidents and alerts',
});
