// How big each Lambda handler is once bundled, and how long it takes to load cold. Each handler is
// bundled as the CDK stack bundles it (esbuild: node24, ESM with a createRequire banner, minified,
// source map, the same externals and constants), given the files the stack ships beside it
// (feeds.json, the compiled ruleset, iconv-lite's tables), then imported in a fresh Node process 7
// times; the median is printed. The AWS SDK is the runtime's in Lambda: here the project's own
// @aws-sdk packages stand in for it, unbundled as there, so its load counts in the import time.
// Targets: at most 1 MB of code and 300 ms to import. The whole package (code, source map, shipped
// files) is printed too. Then the classifier's cold start as the poll function pays it: the
// classifier bundled alike, timed in fresh processes from the shipped JSON ruleset to its first
// verdict on a violation with a toll (the casualty patterns build on that first use), a second,
// and the same two read again.
// Run: npm run bench:bundle        (BENCH_NODE=/path/to/node to import with another Node)
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import { loadRuleset } from '../functions/core/classify/load-ruleset.js';
import { rulesetToJson } from '../functions/core/classify/ruleset-from-json.js';
import { BUNDLED_RULESET_JSON, POLL_DEFINE } from '../infra/ceasefire-watch-stack.js';
import { ICONV_TABLES, LAMBDA_ESBUILD_OPTIONS } from '../infra/pipeline-function.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.env.BENCH_NODE ?? process.execPath;
const RUNS = 7;
const TARGETS = { bytes: 1024 * 1024, importMs: 300 };

/** Dummy values: enough for each handler's cold start to validate and build its clients. */
const ENV = {
  FEEDS_TABLE: 'bench-feeds',
  ITEMS_TABLE: 'bench-items',
  INCIDENTS_TABLE: 'bench-incidents',
  FEED_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/bench-feeds',
  POLL_INTERVAL_MINUTES: '5',
  FETCH_TIMEOUT_MS: '20000',
  ALERT_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:bench-alerts',
  SMS_MAX_PRICE_USD: '0.50',
  POWERTOOLS_SERVICE_NAME: 'ceasefire-watch',
  POWERTOOLS_METRICS_NAMESPACE: 'CeasefireWatch',
  LOG_LEVEL: 'WARN',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};

interface Handler {
  name: string;
  /** Files the stack copies into this function's bundle, by path inside the bundle. */
  shipped: Record<string, string>;
  define?: Record<string, string>;
}

const feedsJson = path.join(tmpdir(), `cw-bench-feeds-${process.pid}.json`);
writeFileSync(
  feedsJson,
  JSON.stringify([
    { id: 'example-world', url: 'https://news.example.org/world/rss.xml', fetchArticle: true },
    { id: 'example-region', url: 'https://region.example.net/feed', fetchArticle: false },
  ]),
);

const rulesetJson = path.join(tmpdir(), `cw-bench-ruleset-${process.pid}.json`);
writeFileSync(rulesetJson, rulesetToJson(loadRuleset()));

const HANDLERS: Handler[] = [
  { name: 'dispatch-feeds', shipped: { 'feeds.json': feedsJson } },
  {
    name: 'poll-feeds',
    shipped: {
      [BUNDLED_RULESET_JSON]: rulesetJson,
      ...Object.fromEntries(ICONV_TABLES.map((file) => [file.target, file.source])),
    },
    define: POLL_DEFINE,
  },
  { name: 'notify-incidents', shipped: {} },
  { name: 'sweep-alerts', shipped: {} },
];

async function bundle(handler: Handler, outDir: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(root, 'functions/handlers', `${handler.name}.ts`)],
    outfile: path.join(outDir, 'index.mjs'),
    ...LAMBDA_ESBUILD_OPTIONS,
    mainFields: [...LAMBDA_ESBUILD_OPTIONS.mainFields],
    external: [...LAMBDA_ESBUILD_OPTIONS.external],
    define: handler.define ?? {},
    sourcemap: true,
    sourcesContent: false,
    metafile: true,
    logLevel: 'error',
  });
  for (const [target, source] of Object.entries(handler.shipped)) {
    const destination = path.join(outDir, ...target.split('/'));
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(source, destination);
  }
  return result.metafile;
}

/** Where the Lambda runtime's SDK would be found; not part of the package. */
function provideRuntimeSdk(outDir: string): void {
  mkdirSync(path.join(outDir, 'node_modules'));
  symlinkSync(path.join(root, 'node_modules/@aws-sdk'), path.join(outDir, 'node_modules/@aws-sdk'));
}

/** Bytes of every file in the deployed package: code, source map and shipped files. */
function packageBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Milliseconds to import the bundle, measured inside a fresh process (Node's own start excluded). */
function importOnce(bundleFile: string, bundleDir: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundleFile).href)}); console.log(performance.now() - t);`;
  const output = execFileSync(node, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...ENV, LAMBDA_TASK_ROOT: bundleDir },
    encoding: 'utf8',
    // Node 20 makes the AWS SDK print a deprecation notice on every start: not worth showing 21 times.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = output.trim().split('\n');
  return Number(lines[lines.length - 1]);
}

/** Two rule examples the classifier reads as violations with a toll: a cold start's first work. */
function violationsWithToll(): [string, string] {
  const classifier = loadDefaultClassifier();
  const found = loadRuleset()
    .rules.flatMap((rule) => rule.examples.positive)
    .filter((text) => {
      const verdict = classifier.classify({ title: null, text });
      return verdict.label === 'violation' && verdict.killed !== null;
    });
  const [first, second] = found;
  if (first === undefined || second === undefined) {
    throw new Error('the ruleset has fewer than two positive examples with a toll');
  }
  return [first, second];
}

/** The script a fresh process runs over the bundled classifier: times in ms, as JSON. */
const COLD_START_ENTRY = `
import { readFileSync } from 'node:fs';
import { createClassifier } from ${JSON.stringify(path.join(root, 'functions/core/classify/classifier.ts'))};
import { rulesetFromJson } from ${JSON.stringify(path.join(root, 'functions/core/classify/ruleset-from-json.ts'))};
const [file, first, second] = process.argv.slice(2);
const started = performance.now();
const classifier = createClassifier(rulesetFromJson(readFileSync(file, 'utf8'), file));
const compiled = performance.now();
const verdict = classifier.classify({ title: null, text: first });
const firstDone = performance.now();
classifier.classify({ title: null, text: second });
const secondDone = performance.now();
for (let round = 0; round < 20; round += 1) classifier.classify({ title: null, text: round % 2 === 0 ? first : second });
const warmDone = performance.now();
if (verdict.label !== 'violation') throw new Error('the first example read as ' + verdict.label);
console.log(JSON.stringify({ compile: compiled - started, first: firstDone - compiled, second: secondDone - firstDone, warm: (warmDone - secondDone) / 20 }));
`;

interface ColdStart {
  compile: number;
  first: number;
  second: number;
  warm: number;
}

async function classifierColdStarts(outDir: string): Promise<ColdStart[]> {
  mkdirSync(outDir, { recursive: true });
  const entry = path.join(outDir, 'entry.ts');
  writeFileSync(entry, COLD_START_ENTRY);
  const bundleFile = path.join(outDir, 'classifier.mjs');
  await build({
    entryPoints: [entry],
    outfile: bundleFile,
    ...LAMBDA_ESBUILD_OPTIONS,
    mainFields: [...LAMBDA_ESBUILD_OPTIONS.mainFields],
    external: [...LAMBDA_ESBUILD_OPTIONS.external],
    logLevel: 'error',
  });
  const examples = violationsWithToll();
  return Array.from({ length: RUNS }, () => {
    const output = execFileSync(node, [bundleFile, rulesetJson, ...examples], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(output.trim().split('\n').pop() ?? '{}') as ColdStart;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The packages that take the most room in the bundle. */
function largestPackages(metafile: Metafile, count: number): string {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const owner = match?.[1] ?? 'project';
      bytes.set(owner, (bytes.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name} ${kib(size)}`)
    .join(', ');
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

const work = mkdtempSync(path.join(tmpdir(), 'cw-bundles-'));
try {
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `Lambda bundles (esbuild, node24 target, ESM, minified, AWS SDK from the runtime); import timed with Node ${nodeVersion}, median of ${RUNS} fresh processes`,
  );
  console.log(`targets: code ≤ ${kib(TARGETS.bytes)}, import ≤ ${TARGETS.importMs} ms\n`);
  for (const handler of HANDLERS) {
    const outDir = path.join(work, handler.name);
    const metafile = await bundle(handler, outDir);
    const bundleFile = path.join(outDir, 'index.mjs');
    const size = statSync(bundleFile).size;
    const mapSize = statSync(`${bundleFile}.map`).size;
    const deployed = packageBytes(outDir);
    provideRuntimeSdk(outDir);
    const times = Array.from({ length: RUNS }, () => importOnce(bundleFile, outDir));
    const importMs = median(times);
    const verdict = [
      size <= TARGETS.bytes ? 'size ok' : 'SIZE OVER TARGET',
      importMs <= TARGETS.importMs ? 'import ok' : 'IMPORT OVER TARGET',
    ].join(', ');
    console.log(
      `${handler.name.padEnd(17)} ${kib(size).padStart(9)} code (+${kib(mapSize)} map)   import ${importMs.toFixed(0).padStart(4)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})   ${verdict}`,
    );
    console.log(
      `${''.padEnd(17)} package ${kib(deployed)}: code, map and ${kib(deployed - size - mapSize)} of shipped files`,
    );
    console.log(`${''.padEnd(17)} largest: ${largestPackages(metafile, 6)}`);
  }
  const starts = await classifierColdStarts(path.join(work, 'classifier'));
  const medianOf = (key: keyof ColdStart): string =>
    median(starts.map((start) => start[key])).toFixed(1);
  console.log(
    `\nclassifier cold start (median of ${RUNS} fresh processes): ${medianOf('compile')} ms to compile the shipped ruleset, ${medianOf('first')} ms for the first verdict on a violation with a toll, ${medianOf('second')} ms for the next, ${medianOf('warm')} ms each once both have been read ten times`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(feedsJson, { force: true });
  rmSync(rulesetJson, { force: true });
}
