// iconv-lite's double-byte tables are left out of the Lambda code and shipped beside it: feeds in
// those encodings must still decode once bundled as the stack bundles, with the tables it ships.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICONV_TABLES, LAMBDA_ESBUILD_OPTIONS } from '../../infra/pipeline-function.js';
import type { BundledFile } from '../../infra/pipeline-function.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Reads a file's bytes and prints what the bundled decodeDocument makes of them, as JSON. */
const DECODE_ENTRY = `
import { readFileSync } from 'node:fs';
import { decodeDocument } from './functions/core/text/decode-document.js';
const [file, contentType] = process.argv.slice(2);
console.log(JSON.stringify(decodeDocument(readFileSync(file), contentType)));
`;

const FEED_TEXT = {
  gbk: '<rss><channel><item><title>停火协议在边境被违反</title></item></channel></rss>',
  shiftJis: '<rss><channel><item><title>停戦合意の違反が報告された</title></item></channel></rss>',
  big5: '<rss><channel><item><title>停火協議在邊境被違反</title></item></channel></rss>',
};

async function bundleDecoder(outDir: string, shipped: readonly BundledFile[]): Promise<string> {
  const outfile = path.join(outDir, 'index.mjs');
  await build({
    stdin: { contents: DECODE_ENTRY, resolveDir: ROOT, loader: 'ts' },
    outfile,
    ...LAMBDA_ESBUILD_OPTIONS,
    mainFields: [...LAMBDA_ESBUILD_OPTIONS.mainFields],
    external: [...LAMBDA_ESBUILD_OPTIONS.external],
    logLevel: 'error',
  });
  for (const file of shipped) {
    const destination = path.join(outDir, ...file.target.split('/'));
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(file.source, destination);
  }
  return outfile;
}

function decodeWith(bundle: string, bytes: Buffer, contentType: string): { text: string } {
  const input = path.join(path.dirname(bundle), 'feed.xml');
  writeFileSync(input, bytes);
  const output = execFileSync(process.execPath, [bundle, input, contentType], { encoding: 'utf8' });
  return JSON.parse(output) as { text: string };
}

describe('the bundled decoder, with iconv-lite tables shipped beside it', () => {
  let work: string;
  let bundle: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'cw-decode-bundle-'));
    bundle = await bundleDecoder(path.join(work, 'with-tables'), ICONV_TABLES);
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('finds the tables only beside the code', async () => {
    const bare = await bundleDecoder(path.join(work, 'without-tables'), []);
    const bytes = iconv.encode(FEED_TEXT.gbk, 'gbk');
    expect(decodeWith(bare, bytes, 'application/rss+xml; charset=gbk').text).not.toBe(
      FEED_TEXT.gbk,
    );
  });

  it.each([
    ['GBK', 'gbk', FEED_TEXT.gbk],
    ['Shift_JIS', 'shift_jis', FEED_TEXT.shiftJis],
    ['Big5', 'big5', FEED_TEXT.big5],
  ])('decodes a %s feed', (label, charset, text) => {
    const bytes = iconv.encode(text, charset);
    expect(decodeWith(bundle, bytes, `application/rss+xml; charset=${label}`)).toMatchObject({
      text,
    });
  });
});
