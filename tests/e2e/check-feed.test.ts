import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/ceasefire-watch.js');
const fixtures = path.join(root, 'tests/fixtures/feeds');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'check-feed', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function lines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const CYRILLIC_FEED =
  '<rss version="2.0"><channel><title>Вестник</title><item><title>Перемирие нарушено у села</title></item></channel></rss>';

describe('ceasefire-watch check-feed', () => {
  let server: Server;
  let base: string;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'cw-check-feed-'));
    server = createServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1251' });
        response.end(iconv.encode(CYRILLIC_FEED, 'windows-1251'));
      } else if (request.url === '/moved.xml') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><html><head><title>We have moved</title></head></html>');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('prints one line per feed file, with format, encoding, count and titles', async () => {
    const result = await cli([
      path.join(fixtures, 'atom.xml'),
      path.join(fixtures, 'json-feed.json'),
    ]);
    expect(result.code).toBe(0);
    const [atom, json] = lines(result.stdout);
    expect(Object.keys(atom ?? {})).toEqual([
      'source',
      'ok',
      'format',
      'encoding',
      'items',
      'titles',
      'error',
    ]);
    expect(atom).toMatchObject({ ok: true, format: 'atom', encoding: 'utf-8', error: null });
    expect(json).toMatchObject({
      ok: true,
      format: 'json',
      items: 2,
      titles: ['Shelling reported north of Veldmar despite truce', 'Observers report a calm night'],
    });
  });

  it('fetches over HTTP and decodes with the served charset', async () => {
    const result = await cli([`${base}/feed.xml`]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)[0]).toEqual({
      source: `${base}/feed.xml`,
      ok: true,
      format: 'rss',
      encoding: 'windows-1251',
      items: 1,
      titles: ['Перемирие нарушено у села'],
      error: null,
    });
  });

  it('replays a Content-Type for a file with --content-type', async () => {
    const file = path.join(work, 'koi8.xml');
    writeFileSync(file, iconv.encode(CYRILLIC_FEED, 'koi8-r'));
    const result = await cli(['--content-type', 'text/xml; charset=koi8-r', file]);
    expect(lines(result.stdout)[0]).toMatchObject({
      encoding: 'koi8-r',
      titles: ['Перемирие нарушено у села'],
    });
  });

  it('exits 1 and says why when any feed fails, and still checks the others', async () => {
    const result = await cli([
      `${base}/moved.xml`,
      path.join(work, 'missing.xml'),
      path.join(fixtures, 'rdf.xml'),
    ]);
    expect(result.code).toBe(1);
    const [moved, missing, rdf] = lines(result.stdout);
    expect(moved).toMatchObject({
      ok: false,
      format: null,
      items: 0,
      error: 'parse: not a feed: got an HTML page (title "We have moved")',
    });
    expect(missing).toMatchObject({ ok: false, encoding: null });
    expect(missing?.error).toMatch(/^fetch: file not found: /);
    expect(rdf).toMatchObject({ ok: true, format: 'rdf' });
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['--colour', 'feed.xml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/check-feed: .*--colour/);
  });

  it('prints its help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ceasefire-watch check-feed/);
  });
});
