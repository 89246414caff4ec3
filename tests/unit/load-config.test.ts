import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/config/config-error.js';
import { loadConfig, parseConfig } from '../../functions/config/load-config.js';

const oneFeed = 'feeds:\n  - url: https://news.example.com/rss\n';

function configError(text: string): string {
  try {
    parseConfig(text, 'watch.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('fills defaults and derives a feed id from the URL', () => {
    const config = parseConfig(oneFeed, '/etc/watch.yaml');
    expect(config.feeds).toEqual([
      {
        id: 'news-example-com-rss',
        url: 'https://news.example.com/rss',
        fetchArticle: false,
        maxReportAgeMs: 3 * 86_400_000,
      },
    ]);
    expect(config.scheduleMs).toBe(5 * 60_000);
    expect(config.subscribers).toEqual([]);
    expect(config.tablePrefix).toBe('ceasefire-watch');
  });

  it('gives each feed the report age limit, its own or the file-wide one, or none for "off"', () => {
    const config = parseConfig(
      [
        'maxReportAge: 48h',
        'feeds:',
        '  - url: https://a.example.org/rss',
        '  - url: https://b.example.org/rss',
        '    maxReportAge: 2 days',
        '  - url: https://c.example.org/rss',
        '    maxReportAge: "off"',
        '',
      ].join('\n'),
      'watch.yaml',
    );
    expect(config.feeds.map((feed) => feed.maxReportAgeMs)).toEqual([
      48 * 3_600_000,
      2 * 86_400_000,
      undefined,
    ]);
  });

  it('names the feed and the key of a report age limit it cannot read', () => {
    expect(() =>
      parseConfig('feeds:\n  - url: https://a.example.org/rss\n    maxReportAge: 10m\n', 'w.yaml'),
    ).toThrow(
      'config w.yaml: feeds[0].maxReportAge: expected a duration of at least 1 hour, such as "3d" or "48h", or "off"',
    );
  });

  it('resolves a feed path against the config file folder', () => {
    const config = parseConfig('feeds:\n  - url: feeds/local.xml\n', '/srv/watch/config.yaml');
    expect(config.feeds[0]?.url).toBe('/srv/watch/feeds/local.xml');
    expect(config.feeds[0]?.id).toBe('local-xml');
  });

  it('reads subscribers with filters and the schedule', () => {
    const config = parseConfig(
      `${oneFeed}schedule: rate(15 minutes)\nsubscribers:\n  - email: a@example.org\n    regions: [Gaza]\n  - sms: "+15555550100"\n    minSeverity: high\n`,
      'watch.yaml',
    );
    expect(config.scheduleMs).toBe(15 * 60_000);
    expect(config.subscribers).toEqual([
      { email: 'a@example.org', regions: ['Gaza'] },
      { sms: '+15555550100', minSeverity: 'high' },
    ]);
  });

  it.each([
    ['', 'config watch.yaml: feeds: expected a list of feeds'],
    ['feeds: []', 'feeds: list at least one feed'],
    [
      `feeds:\n  - url: https://a.example/rss\n    fetchArticle: "yes"\n`,
      'feeds[0].fetchArticle: expected true or false',
    ],
    [
      `${oneFeed}subscribers:\n  - email: not-an-address\n`,
      'subscribers[0].email: expected an email address',
    ],
    [
      `${oneFeed}subscribers:\n  - sms: "555"\n`,
      'subscribers[0].sms: expected a phone number in E.164 form',
    ],
    [
      `${oneFeed}subscribers:\n  - regions: [Gaza]\n`,
      'subscribers[0]: expected exactly one of "email" or "sms"',
    ],
    [
      `${oneFeed}subscribers:\n  - email: a@example.org\n    minSeverity: huge\n`,
      'subscribers[0].minSeverity: expected one of low, medium, high, critical',
    ],
    [`${oneFeed}schedule: often\n`, 'schedule: expected an interval'],
    [`${oneFeed}schedule: 10s\n`, 'schedule: must be at least 1 minute'],
    [`${oneFeed}colour: blue\n`, '(top level): unknown key "colour"'],
    [
      `${oneFeed}  - url: https://news.example.com/rss\n`,
      'https://news.example.com/rss is listed twice',
    ],
    ['feeds: [', 'config watch.yaml (line 1): not valid YAML'],
  ])('rejects %j naming the key', (text, message) => {
    expect(configError(text)).toContain(message);
  });

  it('rejects two feeds that would get the same id', () => {
    expect(
      configError('feeds:\n  - url: https://a.example/rss\n  - url: http://a.example/rss\n'),
    ).toContain('id "a-example-rss" is used by both');
  });
});

describe('loadConfig', () => {
  it('names a missing file', () => {
    expect(() => loadConfig('/nonexistent/watch.yaml')).toThrow(
      'config /nonexistent/watch.yaml: file not found',
    );
  });

  it('loads the file it is given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cw-config-'));
    const file = path.join(dir, 'watch.yaml');
    writeFileSync(file, oneFeed);
    try {
      expect(loadConfig(file).source).toBe(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
