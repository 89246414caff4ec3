import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/ceasefire-watch.js');
const seedShaped = readFileSync(path.join(root, 'tests/fixtures/pipeline/seed-shaped-feed.xml'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, DYNAMODB_ENDPOINT: '', FEEDS_TABLE: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

describe('ceasefire-watch run against feeds served on 127.0.0.1', () => {
  let server: Server;
  let base: string;
  let work: string;
  const hits: Record<string, number> = {};

  beforeAll(async () => {
    server = createServer((request, response) => {
      const route = request.url ?? '/';
      hits[route] = (hits[route] ?? 0) + 1;
      if (route === '/seeds.xml') {
        if (request.headers['if-none-match'] === '"seeds-v1"') {
          response.writeHead(304).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"seeds-v1"' });
        response.end(seedShaped);
      } else if (route === '/broken.xml') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><html><body><h1>Site maintenance</h1></body></html>');
      } else if (route === '/slow.xml') {
        setTimeout(() => response.writeHead(200).end(seedShaped), 5_000).unref();
      } else {
        response.writeHead(404).end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    work = mkdtempSync(path.join(tmpdir(), 'cw-e2e-'));
    writeFileSync(
      path.join(work, 'watch.yaml'),
      [
        'fetchTimeout: 1s',
        'feeds:',
        // Its reports are dated years ago: they alert only without an age limit.
        `  - { id: seeds, url: "${base}/seeds.xml", maxReportAge: "off" }`,
        `  - { id: broken, url: "${base}/broken.xml" }`,
        `  - { id: slow, url: "${base}/slow.xml" }`,
        `  - { id: gone, url: "${base}/gone.xml" }`,
        'subscribers:',
        '  - email: analyst@example.org',
        '    regions: [Nagorno-Karabakh]',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reports each feed, sends the alerts, and writes them to the outbox', async () => {
    const result = await cli(
      ['run', '--config', 'watch.yaml', '--data-dir', 'data', '--outbox', 'outbox.jsonl'],
      {
        cwd: work,
      },
    );
    expect(result.stderr).not.toMatch(/Error|at .*\.ts/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ok\s+seeds .*6 items, 6 new, 5 violation/);
    expect(result.stdout).toMatch(/FAILED\s+broken .*parse: .*HTML/);
    expect(result.stdout).toMatch(/FAILED\s+slow .*timed out/);
    expect(result.stdout).toMatch(/FAILED\s+gone .*HTTP 404/);
    expect(result.stdout).toContain('feeds:      1 ok, 0 unchanged, 3 failed (of 4)');
    expect(result.stdout).toContain('alerts:     3 sent');
    expect(result.stdout).toContain('reaches 1 of 1 subscribers: a***@example.org');
    expect(result.stdout).not.toContain('analyst@example.org');

    const lines = readFileSync(path.join(work, 'outbox.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const alert = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(alert)).toEqual(
        expect.arrayContaining([
          'incidentId',
          'kind',
          'region',
          'severity',
          'killed',
          'title',
          'sms',
          'email',
          'sources',
          'evidence',
        ]),
      );
      expect(alert.kind).toBe('new');
    }
  });

  it('sends nothing twice on the next run, and asks the publisher conditionally', async () => {
    const result = await cli(
      ['run', '--config', 'watch.yaml', '--data-dir', 'data', '--outbox', 'outbox.jsonl'],
      {
        cwd: work,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/unchanged\s+seeds/);
    expect(result.stdout).toContain('alerts:     0 sent');
    expect(readFileSync(path.join(work, 'outbox.jsonl'), 'utf8').trim().split('\n')).toHaveLength(
      3,
    );
    expect(hits['/seeds.xml']).toBe(2);
  });

  it('exits 2 with one line naming the bad key', async () => {
    writeFileSync(path.join(work, 'bad.yaml'), 'feeds:\n  - url: x.xml\n    fetchArticle: maybe\n');
    const result = await cli(['run', '--config', 'bad.yaml', '--data-dir', 'data2'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^ceasefire-watch: config \S*bad\.yaml: feeds\[0\]\.fetchArticle: expected true or false$/,
    );
    expect(existsSync(path.join(work, 'data2'))).toBe(false);
  });

  it('exits 1 with one line when the store cannot be reached', async () => {
    const result = await cli(['run', '--config', 'watch.yaml'], {
      cwd: work,
      env: { DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^ceasefire-watch: store: cannot reach http:\/\/127\.0\.0\.1:9: /,
    );
  });

  it('polls a local file given with --feed', async () => {
    writeFileSync(path.join(work, 'local.xml'), seedShaped);
    const result = await cli(
      [
        'run',
        '--feed',
        'local.xml',
        '--max-report-age',
        'off',
        '--data-dir',
        'data3',
        '--outbox',
        'o3.jsonl',
      ],
      {
        cwd: work,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('feeds:      1 ok, 0 unchanged, 0 failed (of 1)');
    expect(result.stdout).toContain('alerts:     3 sent');
  });

  it('records reports older than the age limit without alerting on them', async () => {
    writeFileSync(path.join(work, 'archive.xml'), seedShaped);
    const result = await cli(
      ['run', '--feed', 'archive.xml', '--data-dir', 'data4', '--outbox', 'o4.jsonl'],
      { cwd: work },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /ok\s+archive-xml .*6 new, 1 violation\(s\); 4 older report\(s\) recorded without an alert/,
    );
    // The one report without a date is taken as news.
    expect(result.stdout).toContain('alerts:     1 sent');
    expect(readFileSync(path.join(work, 'o4.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming --max-report-age when it is not a duration', async () => {
    const result = await cli(['run', '--feed', 'x.xml', '--max-report-age', 'soon'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'ceasefire-watch: run: --max-report-age "soon": expected a duration of at least 1 hour, such as "3d" or "48h", or "off"',
    );
  });
});

describe('ceasefire-watch run --watch', () => {
  it('polls again every interval and stops cleanly on SIGINT after the cycle under way', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'cw-watch-'));
    writeFileSync(path.join(work, 'local.xml'), seedShaped);
    const child = spawn(
      process.execPath,
      [
        bin,
        'run',
        '--feed',
        'local.xml',
        '--max-report-age',
        'off',
        '--data-dir',
        'data',
        '--outbox',
        'o.jsonl',
        '--watch',
        '--interval',
        '1s',
      ],
      { cwd: work, env: { ...process.env, DYNAMODB_ENDPOINT: '', FEEDS_TABLE: '' } },
    );
    let stdout = '';
    const cycles = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if ((stdout.match(/^Summary$/gm) ?? []).length >= 2) resolve();
      });
    });
    await cycles;
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Stopping after the current cycle');
    expect(stdout.match(/alerts: +3 sent/g)).toHaveLength(1);
    expect(stdout).toMatch(/alerts: +0 sent/);
    rmSync(work, { recursive: true, force: true });
  });
});

describe('ceasefire-watch classify', () => {
  it('writes one verdict per line in input order and an error line for a bad one', async () => {
    const input = [
      JSON.stringify({
        id: 'a',
        title: null,
        text: 'Armenia accused Azerbaijan of violating the ceasefire on Sunday after shelling killed two soldiers in Nagorno-Karabakh.',
      }),
      '{not json',
      JSON.stringify({
        id: 'b',
        title: 'Studio sends cease-and-desist letter',
        text: 'The studio sent a cease-and-desist letter to the fans.',
      }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const result = await cli(['classify', '--input', '-'], { cwd: root, input });
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id ?? `line ${String(line.line)}`)).toEqual([
      'a',
      'line 2',
      'b',
      'c',
    ]);
    expect(lines[0]).toMatchObject({
      label: 'violation',
      region: 'Nagorno-Karabakh',
      killed: 2,
      weapons: ['artillery'],
      accusations: [{ accuser: 'Armenia', accused: 'Azerbaijan' }],
      denials: [],
    });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('not valid JSON') });
    expect(lines[2]).toMatchObject({ label: 'other' });
    expect(lines[3]).toMatchObject({ line: 4, error: expect.stringContaining('text') });
    expect(result.stderr).toContain('classify: line 2:');
  });

  it('prints help', async () => {
    const result = await cli(['classify', '--help'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: ceasefire-watch classify');
  });
});
