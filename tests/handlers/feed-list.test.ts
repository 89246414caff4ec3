import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFile } from '../../functions/handlers/bundled-file.js';
import { feedMessageBody, parseFeedMessage } from '../../functions/handlers/feed-message.js';
import { readFeedList } from '../../functions/handlers/feed-list.js';

describe('feeds.json', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'cw-feed-list-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  async function feedsFile(name: string, content: string): Promise<string> {
    const file = path.join(workDir, name);
    await writeFile(file, content);
    return file;
  }

  it('reads the feeds as the dispatcher queues them', async () => {
    // Prepare
    const feeds = [
      { id: 'harbour-post', url: 'https://harbour.example.org/rss', fetchArticle: true },
      { id: 'valley-news', url: 'https://valley.example.net/feed', fetchArticle: false },
    ];
    const file = await feedsFile('good.json', JSON.stringify(feeds));

    // Act
    const read = readFeedList(file);

    // Assess
    expect(read).toEqual(feeds);
  });

  it.each([
    ['missing.json', undefined, /feed list .*missing\.json cannot be read/],
    ['not-json.json', '[{id: harbour}]', /feed list .*not-json\.json is not JSON/],
    [
      'object.json',
      '{"feeds": []}',
      /object\.json: expected a JSON array of \{id, url, fetchArticle\}/,
    ],
    [
      'no-url.json',
      '[{"id": "harbour-post", "fetchArticle": false}]',
      /no-url\.json: \[0\]\.url: expected the feed URL as text/,
    ],
    [
      'twice.json',
      '[{"id": "a", "url": "https://a.example", "fetchArticle": false}, {"id": "a", "url": "https://b.example", "fetchArticle": false}]',
      /twice\.json: \[1\]\.id: feed id "a" is listed twice/,
    ],
  ])('refuses %s, naming the file and the entry', async (name, content, message) => {
    // Prepare
    const file = content === undefined ? path.join(workDir, name) : await feedsFile(name, content);

    // Act
    const read = () => readFeedList(file);

    // Assess
    expect(read).toThrow(message);
  });

  it('finds shipped files beside the code in Lambda, else in the working folder', () => {
    expect(bundledFile('feeds.json', { LAMBDA_TASK_ROOT: '/var/task' })).toBe(
      '/var/task/feeds.json',
    );
    expect(bundledFile('feeds.json', {})).toBe(path.resolve('feeds.json'));
    expect(bundledFile('/opt/feeds.json', { LAMBDA_TASK_ROOT: '/var/task' })).toBe(
      '/opt/feeds.json',
    );
  });
});

describe('feed messages', () => {
  it('round-trips a feed through the message body', () => {
    // Prepare
    const feed = { id: 'harbour-post', url: 'https://harbour.example.org/rss', fetchArticle: true };

    // Act
    const body = feedMessageBody(feed);

    // Assess
    expect(JSON.parse(body)).toEqual({ feed });
    expect(parseFeedMessage(body, 'm-1')).toEqual(feed);
  });

  it("carries the feed's report age limit, and rejects one that is not whole milliseconds", () => {
    const feed = {
      id: 'harbour-post',
      url: 'https://harbour.example.org/rss',
      fetchArticle: false,
      maxReportAgeMs: 259_200_000,
    };

    expect(parseFeedMessage(feedMessageBody(feed), 'm-2')).toEqual(feed);
    expect(() =>
      parseFeedMessage(
        '{"feed": {"id": "x", "url": "u", "fetchArticle": false, "maxReportAgeMs": 1.5}}',
        'm-3',
      ),
    ).toThrow('message m-3: feed.maxReportAgeMs: expected whole milliseconds');
  });

  it('names the message and the field of a body it cannot use', () => {
    expect(() =>
      parseFeedMessage('{"feed": {"id": "x", "url": "", "fetchArticle": "yes"}}', 'm-7'),
    ).toThrow(
      'message m-7: feed.url: must not be empty; feed.fetchArticle: expected true or false',
    );
    expect(() => parseFeedMessage('', 'm-8')).toThrow('message m-8: the body is not JSON');
  });
});
