// Builds the stack the way `cdk synth` does, for the infrastructure tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { afterAll } from 'vitest';
import { parseConfig } from '../../functions/config/load-config.js';
import { CeasefireWatchStack } from '../../infra/ceasefire-watch-stack.js';
import type { CeasefireWatchStackProps } from '../../infra/ceasefire-watch-stack.js';
import { checkDeployable, loadDeployConfig } from '../../infra/deploy-config.js';
import type { DeployConfig } from '../../infra/deploy-config.js';

export const EXAMPLE_CONFIG_FILE = fileURLToPath(
  new URL('../../config/example.yaml', import.meta.url),
);

/** The feature flags `cdk synth` runs with, from cdk.json. */
export function cdkJsonContext(): Record<string, unknown> {
  const { context } = JSON.parse(
    readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
  ) as { context: Record<string, unknown> };
  return context;
}

/** The apps' output directories, removed when the test file is done. */
const outputDirectories: string[] = [];
afterAll(() => {
  for (const directory of outputDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
});

/**
 * An app with cdk.json's feature flags, writing its cloud assembly to a directory of its own (an
 * app given none makes one in the system's temporary directory and leaves it there). Without `bundle`, assets are not bundled (the tests that read
 * the template only skip esbuild); with it, each function is bundled as in a deployment.
 */
export function testApp(
  options: { bundle?: boolean; context?: Record<string, unknown> } = {},
): App {
  const outdir = mkdtempSync(path.join(tmpdir(), 'cw-cdk-'));
  outputDirectories.push(outdir);
  return new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      ...(options.bundle === true ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
}

export function exampleConfig(): DeployConfig {
  return loadDeployConfig(EXAMPLE_CONFIG_FILE);
}

/** A deployable config from YAML text, as if read from `source`. */
export function deployConfigFrom(yaml: string, source = 'test-config.yaml'): DeployConfig {
  return checkDeployable(parseConfig(yaml, source));
}

export interface BuiltStack {
  app: App;
  stack: CeasefireWatchStack;
  template: Template;
}

export function buildStack(
  options: {
    bundle?: boolean;
    props?: Partial<CeasefireWatchStackProps>;
  } = {},
): BuiltStack {
  const app = testApp({ bundle: options.bundle });
  const stack = new CeasefireWatchStack(app, 'CeasefireWatch', {
    config: exampleConfig(),
    smsMaxPriceUsd: 0.5,
    ...options.props,
  });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The logical id a construct's CloudFormation resource has in its stack's template. */
export function logicalIdOf(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement;
  return resource.stack.getLogicalId(resource);
}

export function refTo(construct: IConstruct): { Ref: string } {
  return { Ref: logicalIdOf(construct) };
}

export function arnOf(construct: IConstruct): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] };
}
