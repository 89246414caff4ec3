import { Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/config/config-error.js';
import { buildApp } from '../../infra/build-app.js';
import { CeasefireWatchStack } from '../../infra/ceasefire-watch-stack.js';
import { EXAMPLE_CONFIG_FILE, exampleConfig, testApp } from './stack-fixture.js';

interface Finding {
  rule: string;
  path: string;
}

/** What the AWS Solutions checks report for the app, one finding per rule and resource. */
function findingsOf(app: App): Finding[] {
  const report = new AwsSolutionsChecks().validateScope(app);
  return report.violations
    .flatMap((violation) =>
      violation.violatingResources.map((resource) => ({
        rule: violation.ruleName,
        path: resource.constructPath ?? '',
      })),
    )
    .sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`));
}

/** Every acknowledgement recorded in the tree, as "rule at path". */
function acknowledgementsOf(root: IConstruct): Finding[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.keys(entry.data as Record<string, string>).map((rule) => ({
          rule: rule.replace(/^annotation::/i, ''),
          path: construct.node.path,
        })),
      ),
  );
}

describe('AWS Solutions checks (cdk-nag)', () => {
  let app: App;

  beforeAll(() => {
    // As `cdk synth -c config=config/example.yaml` builds it, checks and acknowledgements included.
    app = testApp({ context: { config: EXAMPLE_CONFIG_FILE } });
    buildApp(app);
    app.synth();
  });

  it('report no finding that is not acknowledged', () => {
    expect(findingsOf(app)).toEqual([]);
  });

  it('find every acknowledged finding on a stack without the acknowledgements: none is stale', () => {
    const bare = testApp();
    new CeasefireWatchStack(bare, 'CeasefireWatch', {
      config: exampleConfig(),
      smsMaxPriceUsd: 0.5,
    });
    bare.synth();

    const findings = findingsOf(bare);
    const acknowledged = acknowledgementsOf(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(findings).toHaveLength(acknowledged.length);
    for (const { rule, path } of acknowledged) {
      // A finding names the CloudFormation resource; its acknowledgement sits on a construct above.
      expect(findings, `${rule} at ${path}`).toContainEqual({
        rule,
        path: expect.stringMatching(new RegExp(`^${path}(/|$)`)),
      });
    }
  });

  it('fail the synth when a finding is not acknowledged', () => {
    const bare = testApp();
    new CeasefireWatchStack(bare, 'CeasefireWatch', {
      config: exampleConfig(),
      smsMaxPriceUsd: 0.5,
    });
    Validations.of(bare).addPlugins(new AwsSolutionsChecks(bare));

    expect(() => bare.synth()).toThrow(/AwsSolutions-SQS3/);
  });
});

describe('buildApp', () => {
  it('fails with the config loader’s message for a bad config file', () => {
    const app = testApp({ context: { config: '/nonexistent/watch.yaml' } });
    expect(() => buildApp(app)).toThrow(
      new ConfigError('config /nonexistent/watch.yaml: file not found'),
    );
  });

  it('passes the SMS price and operations email from the context to the stack', () => {
    const app = testApp({
      context: { config: EXAMPLE_CONFIG_FILE, smsMaxPriceUsd: '0.3', opsEmail: 'ops@example.org' },
    });
    const template = Template.fromStack(buildApp(app));

    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SMS_MAX_PRICE_USD: '0.30' }) },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
  });
});
