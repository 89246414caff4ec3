import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/config/config-error.js';
import { loadDeployConfig } from '../../infra/deploy-config.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_SMS_MAX_PRICE_USD,
  readDeploySettings,
} from '../../infra/deploy-settings.js';
import { deployConfigFrom, EXAMPLE_CONFIG_FILE } from './stack-fixture.js';

const oneFeed = 'feeds:\n  - url: https://news.example.com/rss\n';

function rejection(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadDeployConfig', () => {
  it('accepts the example config: real feeds and one filtered subscriber per protocol', () => {
    const config = loadDeployConfig(EXAMPLE_CONFIG_FILE);

    expect(config.feeds.length).toBeGreaterThan(0);
    expect(config.feeds.every((feed) => feed.url.startsWith('https://'))).toBe(true);
    expect(config.scheduleMinutes).toBe(5);
    expect(config.subscribers).toEqual([
      { email: 'analyst@example.org', regions: ['Kashmir LoC', 'Lebanon'] },
      { sms: '+15555550100', minSeverity: 'high' },
    ]);
  });

  it('refuses a local file feed, naming the feed and why', () => {
    const message = rejection(() =>
      deployConfigFrom(`feeds:\n  - id: bundled\n    url: sample-feed.xml\n`, '/srv/watch.yaml'),
    );

    expect(message).toBe(
      'config /srv/watch.yaml: feed "bundled" (/srv/sample-feed.xml) is a local file, which the deployed function cannot read; deploy http(s) feeds only',
    );
  });

  it('refuses a file: URL as a local file too', () => {
    expect(rejection(() => deployConfigFrom('feeds:\n  - url: file:///srv/feed.xml\n'))).toMatch(
      /feed "feed-xml" \(file:\/\/\/srv\/feed\.xml\) is a local file/,
    );
  });

  it('turns the schedule into whole minutes and refuses a part minute', () => {
    expect(deployConfigFrom(`${oneFeed}schedule: 2h\n`).scheduleMinutes).toBe(120);
    expect(rejection(() => deployConfigFrom(`${oneFeed}schedule: 90s\n`))).toBe(
      'config test-config.yaml: schedule: 90 s is not a whole number of minutes, which the AWS scheduler needs',
    );
  });

  it('refuses two subscribers with one address, without repeating the address', () => {
    const message = rejection(() =>
      deployConfigFrom(
        `${oneFeed}subscribers:\n  - email: Desk@example.org\n  - sms: '+15555550100'\n  - email: desk@example.org\n    minSeverity: high\n`,
      ),
    );

    expect(message).toBe(
      'config test-config.yaml: subscribers[2] has the same email address as subscribers[0]; one address can have one subscription: merge the two entries',
    );
    expect(message).not.toContain('desk@');
  });

  it('refuses a region the registry does not know, since its filter would match nothing', () => {
    const message = rejection(() =>
      deployConfigFrom(
        `${oneFeed}subscribers:\n  - email: a@example.org\n    regions: [Gaza, Kashmir LOC]\n`,
      ),
    );

    expect(message).toMatch(
      /^config test-config\.yaml: subscribers\[0\]\.regions: "Kashmir LOC" is not a region of the ceasefire registry \(functions\/rules\/regimes\.yaml\); known regions: .*Kashmir LoC/,
    );
  });

  it('passes on the loader’s own errors', () => {
    expect(rejection(() => loadDeployConfig('/nonexistent/watch.yaml'))).toBe(
      'config /nonexistent/watch.yaml: file not found',
    );
  });
});

describe('readDeploySettings', () => {
  const from = (context: Record<string, unknown>) => () =>
    readDeploySettings((key) => context[key]);

  it('defaults to the example config, a 0.50 USD SMS price cap and no operations email', () => {
    expect(from({})()).toEqual({
      configFile: DEFAULT_CONFIG_FILE,
      smsMaxPriceUsd: DEFAULT_SMS_MAX_PRICE_USD,
      opsEmail: undefined,
    });
    expect(DEFAULT_SMS_MAX_PRICE_USD).toBe(0.5);
  });

  it('reads values given as -c key=value strings', () => {
    expect(
      from({ config: 'config/my.yaml', smsMaxPriceUsd: '0.25', opsEmail: 'ops@example.org' })(),
    ).toEqual({ configFile: 'config/my.yaml', smsMaxPriceUsd: 0.25, opsEmail: 'ops@example.org' });
  });

  it('names the context key and the value when one is bad', () => {
    expect(rejection(from({ smsMaxPriceUsd: 'cheap' }))).toBe(
      'context "smsMaxPriceUsd": expected a price in US dollars above 0, e.g. 0.50; got "cheap"',
    );
    expect(rejection(from({ smsMaxPriceUsd: 0 }))).toMatch(/^context "smsMaxPriceUsd"/);
    expect(rejection(from({ opsEmail: 'ops' }))).toMatch(/^context "opsEmail": expected an email/);
    expect(rejection(from({ config: '' }))).toMatch(/^context "config": expected the path/);
  });
});
