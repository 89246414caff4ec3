// The feed robustness corpus kept beside the repository (../shared/feeds: 436 real-world RSS,
// Atom, RDF and JSON Feed files with an INDEX.md and expected results), each file checked through
// the production fetch → decode → parse path, as `ceasefire-watch check-feed` does.
// Run: npm run bench:feeds [-- CORPUS_DIR]   (or FEEDS_CORPUS=DIR npm run bench:feeds)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFeedSource } from '../functions/adapters/feed-source.js';
import { canonicalUrl } from '../functions/core/feeds/canonical-url.js';
import { checkFeed, failedCheck, type FeedCheck } from '../functions/core/feeds/check-feed.js';
import { htmlToText } from '../functions/core/text/html-to-text.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(
  root,
  process.argv[2] ?? process.env.FEEDS_CORPUS ?? path.join('..', 'shared', 'feeds'),
);

if (!existsSync(path.join(corpus, 'INDEX.md'))) {
  console.log(
    `${corpus}/INDEX.md not found: this check needs the feed corpus beside the repository (../shared/feeds, or give a directory as argument or FEEDS_CORPUS); skipping.`,
  );
  process.exit(0);
}

interface Expectation {
  file: string;
  kind: string;
  expect: string | null;
  expect_file?: string;
  description?: string;
  http?: { headers?: Record<string, string>; content_type_default?: string };
}

const METADATA_FILES = new Set([
  'INDEX.md',
  'MANIFEST.jsonl',
  'expected.jsonl',
  'real-feeds.jsonl',
]);

const expectations = readFileSync(path.join(corpus, 'expected.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Expectation);
const expectationsByFile = new Map<string, Expectation[]>();
for (const expectation of expectations) {
  const list = expectationsByFile.get(expectation.file) ?? [];
  list.push(expectation);
  expectationsByFile.set(expectation.file, list);
}

/** Names that decode the same bytes the same way; us-ascii is met by any ASCII-compatible decoder of ASCII bytes. */
const ENCODING_FAMILIES: readonly string[][] = [
  ['gb2312', 'gbk', 'gb18030'],
  ['iso-8859-1', 'windows-1252', 'latin1'],
  ['tis-620', 'windows-874', 'iso-8859-11'],
  ['euc-kr', 'ks_c_5601-1987', 'cp949'],
  ['shift_jis', 'cp932', 'windows-31j'],
];

const files = listFeedFiles(corpus);
const encodingCases = encodingCaseFiles(readFileSync(path.join(corpus, 'INDEX.md'), 'utf8'));
const source = createFeedSource();
const checks = new Map<string, FeedCheck>();
const started = process.hrtime.bigint();
let bytes = 0;
for (const file of files) {
  bytes += readFileSync(path.join(corpus, file)).byteLength;
  const contentType = servedContentType(expectationsByFile.get(file) ?? []);
  checks.set(file, await checkSafely(file, contentType));
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const all = [...checks.values()];
const parsed = all.filter((check) => check.ok);
const crashes = [...checks].filter(([, check]) => check.crashed);
const clearErrors = [...checks].filter(([, check]) => !check.ok && !check.crashed);

console.log(`Feed corpus: ${corpus}`);
console.log(
  `  files ${files.length}, ${(bytes / 1024 / 1024).toFixed(1)} MiB, checked in ${seconds.toFixed(1)} s (${(bytes / 1024 / 1024 / seconds).toFixed(1)} MiB/s)`,
);
console.log(`  parsed        ${parsed.length}`);
console.log(`  clear errors  ${clearErrors.length}`);
console.log(`  crashes       ${crashes.length}`);
console.log(
  `  formats       ${countBy(parsed.map((check) => check.format ?? 'none'))
    .map(([format, count]) => `${format} ${count}`)
    .join(', ')}`,
);

reportReplacementCharacters();
reportGoldenFiles();
reportFeedparserExpectations();
reportFailures();

// --- sections -------------------------------------------------------------------------------

/**
 * Encoding cases whose bytes hold no decodable text: feedparser's own descriptions say so.
 * U+FFFD is the right result there.
 */
function undecodable(file: string): string | undefined {
  const description = expectationsByFile.get(file)?.[0]?.description ?? '';
  if (/unguessable|invalid bytes/i.test(description)) return description;
  return undefined;
}

function reportReplacementCharacters(): void {
  const cases = files.filter((file) => encodingCases.has(file));
  const withReplacement = cases.filter((file) => {
    const check = checks.get(file);
    const titles = [
      check?.parsed?.title ?? null,
      ...(check?.parsed?.items ?? []).map((i) => i.title),
    ];
    return titles.some((title) => title?.includes('\ufffd'));
  });
  const decodable = withReplacement.filter((file) => undecodable(file) === undefined);
  console.log();
  console.log(
    `Encoding cases (INDEX categories 1 and 2): ${cases.length} files, ${cases.filter((f) => checks.get(f)?.ok).length} parsed`,
  );
  console.log(`  titles with U+FFFD where the text is decodable: ${decodable.length}`);
  for (const file of decodable) console.log(`    ${file} (${checks.get(file)?.encoding})`);
  for (const file of withReplacement.filter((f) => undecodable(f) !== undefined)) {
    console.log(`  (expected: ${file}, "${undecodable(file)}")`);
  }
}

interface GoldenItem {
  title?: string;
  link?: string;
}

function reportGoldenFiles(): void {
  const golden = expectations.filter(
    (expectation) => expectation.kind === 'rss-parser-golden-json' && expectation.expect_file,
  );
  const mismatches: string[] = [];
  for (const expectation of golden) {
    const check = checks.get(expectation.file);
    const expectedPath = path.join(corpus, expectation.expect_file ?? '');
    const expected = JSON.parse(readGoldenText(expectedPath)) as {
      feed?: { items?: GoldenItem[] };
    };
    const problem = compareWithGolden(check, expected.feed?.items ?? []);
    if (problem) mismatches.push(`${expectation.file} vs ${expectation.expect_file}: ${problem}`);
  }
  console.log();
  console.log(
    `rss-parser golden files: ${golden.length - mismatches.length} of ${golden.length} have the same item titles and links`,
  );
  for (const mismatch of mismatches) console.log(`    ${mismatch}`);
}

/** The golden file for encoding.rss is written in latin1, like the feed it comes from. */
function readGoldenText(file: string): string {
  const raw = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return raw.toString('latin1');
  }
}

function compareWithGolden(
  check: FeedCheck | undefined,
  expected: GoldenItem[],
): string | undefined {
  if (!check?.parsed) return `not parsed (${check?.error})`;
  // rss-parser keeps entries that have no title, text or link; we skip them.
  const meaningful = expected.filter((item) => (item.title ?? '').trim() !== '' || item.link);
  const actual = check.parsed.items;
  if (actual.length !== meaningful.length) {
    return `${actual.length} items, expected ${meaningful.length}`;
  }
  for (const [index, item] of meaningful.entries()) {
    const got = actual[index];
    const title = normaliseTitle(item.title ?? '');
    if (!sameTitle(got?.title ?? '', title)) {
      return `item ${index + 1} title ${JSON.stringify(got?.title)}, expected ${JSON.stringify(title)}`;
    }
    const link = item.link ? canonicalUrl(item.link.trim()) : undefined;
    if (link !== undefined && got?.url !== link) {
      return `item ${index + 1} link ${JSON.stringify(got?.url)}, expected ${JSON.stringify(link)}`;
    }
  }
  return undefined;
}

/** rss-parser gives titles as written, markup and entities included; ours are plain text. */
function normaliseTitle(title: string): string {
  return htmlToText(title).replace(/\s+/g, ' ').trim();
}

/**
 * A U+FFFD in a golden title stands for one character rss-parser could not decode (it reads
 * latin1 feeds as UTF-8): any character of ours matches it.
 */
function sameTitle(actual: string, expected: string): boolean {
  if (!expected.includes('\ufffd')) return actual === expected;
  const pattern = expected
    .split('\ufffd')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.');
  return new RegExp(`^${pattern}$`, 'su').test(actual);
}

/**
 * feedparser's `Expect:` lines are Python expressions; the clauses about the encoding, the feed
 * title, the first entry's title and the number of entries are checked, the rest (bozo flags,
 * details of feedparser's own output) are not ours to match.
 */
function reportFeedparserExpectations(): void {
  let compared = 0;
  const mismatches: string[] = [];
  for (const expectation of expectations) {
    if (expectation.kind !== 'feedparser-python-eval' || !expectation.expect) continue;
    if (/\bor\b/.test(expectation.expect)) continue;
    const check = checks.get(expectation.file);
    const clauses = expectation.expect.split(/\s+and\s+/);
    for (const clause of clauses) {
      const outcome = compareClause(clause, check, expectation.file);
      if (outcome === undefined) continue;
      compared += 1;
      if (outcome !== true) mismatches.push(`${expectation.file}: ${outcome}`);
    }
  }
  console.log();
  console.log(
    `feedparser expectations (encoding, feed title, first entry title, entry count): ${compared - mismatches.length} of ${compared} met`,
  );
  for (const mismatch of mismatches) console.log(`    ${mismatch}`);
}

/** true when met, a description when not, undefined when the clause is not one we compare. */
function compareClause(
  clause: string,
  check: FeedCheck | undefined,
  file: string,
): true | string | undefined {
  const encoding = /^encoding == '([^']+)'$/.exec(clause.trim());
  if (encoding) {
    const want = encoding[1] ?? '';
    if (!check?.encoding) return `encoding: not decoded (${check?.error})`;
    return sameEncoding(want, check.encoding, file)
      ? true
      : `encoding ${check.encoding}, expected ${want}`;
  }
  const title = /^(feed(?:\['title'\]|\.title)|entries\[0\]\['title'\]) == u?(['"])(.*)\2$/.exec(
    clause.trim(),
  );
  if (title) {
    const want = pythonString(title[3] ?? '');
    const got = title[1]?.startsWith('feed')
      ? check?.parsed?.title
      : check?.parsed?.items[0]?.title;
    if (!check?.ok) return `${title[1]}: not parsed (${check?.error})`;
    // Our titles are plain text on one line (markup dropped, any run of spaces one space): the
    // expected title is compared as that plain text.
    const plainWant = htmlToText(want).replace(/\s+/g, ' ').trim();
    const same = got?.replace(/\s+/g, ' ') === plainWant;
    return same ? true : `${title[1]} ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  }
  const count = /^len\(entries\) == (\d+)$/.exec(clause.trim());
  if (count) {
    if (!check?.ok) return `entries: not parsed (${check?.error})`;
    return check.items === Number(count[1]) ? true : `${check.items} entries, expected ${count[1]}`;
  }
  return undefined;
}

function sameEncoding(expected: string, actual: string, file: string): boolean {
  const want = expected.toLowerCase();
  const got = actual.toLowerCase();
  if (want === got) return true;
  if (want === 'us-ascii') {
    const body = readFileSync(path.join(corpus, file));
    return !got.startsWith('utf-16') && !got.startsWith('utf-32') && body.every((b) => b < 0x80);
  }
  return ENCODING_FAMILIES.some((family) => family.includes(want) && family.includes(got));
}

function pythonString(literal: string): string {
  return literal.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|['"\\])/g, (_match, escape: string) =>
    /^[ux]/.test(escape) ? String.fromCodePoint(parseInt(escape.slice(1), 16)) : escape,
  );
}

function reportFailures(): void {
  if (crashes.length > 0) {
    console.log();
    console.log(`Crashes (${crashes.length}):`);
    for (const [file, check] of crashes) console.log(`    ${file}: ${check.error}`);
  }
  const groups = new Map<string, string[]>();
  for (const [file, check] of clearErrors) {
    const group = errorGroup(check.error ?? '');
    groups.set(group, [...(groups.get(group) ?? []), `${file}: ${check.error}`]);
  }
  console.log();
  console.log(`Clear errors (${clearErrors.length}), grouped:`);
  for (const [group, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${group} (${lines.length})`);
    for (const line of lines) console.log(`    ${line}`);
  }
}

/** The error without its specifics (line numbers, names, quoted text), to group alike failures. */
function errorGroup(error: string): string {
  return error
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/\(.*$/, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/<[^>]*>/g, '<…>')
    .trim();
}

// --- helpers ------------------------------------------------------------------------------

async function checkSafely(file: string, contentType: string | undefined): Promise<FeedCheck> {
  const location = path.join(corpus, file);
  try {
    return await checkFeed(source, location, contentType === undefined ? {} : { contentType });
  } catch (error) {
    // checkFeed reports failures itself: anything escaping it is a fault of ours.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failedCheck(location, `uncaught: ${reason}`, true);
  }
}

/** The Content-Type a file was served with in its own test suite, when it was served over HTTP. */
function servedContentType(list: Expectation[]): string | undefined {
  for (const expectation of list) {
    const http = expectation.http;
    if (!http) continue;
    const header = Object.entries(http.headers ?? {}).find(
      ([name]) => name.toLowerCase() === 'content-type',
    );
    return header?.[1] ?? http.content_type_default;
  }
  return undefined;
}

function listFeedFiles(directory: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true })) {
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (!METADATA_FILES.has(file) && !file.startsWith('rbren-rss-parser/output/')) {
        found.push(file);
      }
    }
  };
  walk('');
  return found.sort();
}

/** Files INDEX.md names under its categories 1 (encodings) and 2 (byte-order marks). */
function encodingCaseFiles(index: string): Set<string> {
  const sections = index.split(/^### /m).filter((section) => /^[12]\.\s/.test(section));
  const names = sections.flatMap((section) =>
    [...section.matchAll(/`([^`\s]+\.[\w]+)`/g)].map((match) => match[1] ?? ''),
  );
  return new Set(names.filter((name) => existsSync(path.join(corpus, name))));
}

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
