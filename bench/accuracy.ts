// Accuracy of the default classifier on labeled items: precision, recall and F1 overall, per kind
// and per region, region and killed agreement on true positives, and every item it gets wrong.
// It reads the labeled dev set kept beside the repository (../shared/data/dev.jsonl) and the five
// seed articles (../shared/data/seeds.jsonl) when they are there, and always the project's own
// invented items (tests/fixtures/invented-news*.jsonl), each set written from the labeling
// definition without looking at the rules.
// Run: npm run bench:accuracy [-- --input FILE.jsonl] (FILE: the same fields, labeled by you).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import type { Verdict } from '../functions/core/model.js';

interface LabeledItem {
  id: string;
  title: string | null;
  text: string;
  published?: string | null;
  label: 'violation' | 'other';
  kind: string;
  region: string | null;
  killed: number | null;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_PATH = '../shared/data/dev.jsonl';
const SEEDS_PATH = '../shared/data/seeds.jsonl';
const FIXTURES = 'tests/fixtures';
/** Every invented set, in the order they were written (invented-news, -2, -3, …). */
const INVENTED_PATHS = readdirSync(resolve(repositoryRoot, FIXTURES))
  .filter((name) => /^invented-news(?:-\d+)?\.jsonl$/.test(name))
  .sort((a, b) => setNumber(a) - setNumber(b))
  .map((name) => `${FIXTURES}/${name}`);
const THROUGHPUT_ROUNDS = 20;
/** One classifier for every set: the ruleset is compiled once. */
const classifier = loadDefaultClassifier();

function setNumber(name: string): number {
  return Number(/-(\d+)\.jsonl$/.exec(name)?.[1] ?? 1);
}

function readJsonLines(relativePath: string): LabeledItem[] {
  return readFileSync(resolve(repositoryRoot, relativePath), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as LabeledItem;
      } catch (error) {
        throw new Error(`${relativePath}: line ${index + 1}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    });
}

/** Verdicts on the items; with `dated` false, each is read as if its feed gave no date. */
function classifyAll(items: readonly LabeledItem[], dated = true): Verdict[] {
  return items.map((item) =>
    classifier.classify({
      title: item.title,
      text: item.text,
      ...(dated && item.published ? { published: item.published } : {}),
    }),
  );
}

function tally(pairs: readonly { item: LabeledItem; verdict: Verdict }[]): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { item, verdict } of pairs) {
    const truth = item.label === 'violation';
    const said = verdict.label === 'violation';
    if (truth && said) counts.tp += 1;
    else if (said) counts.fp += 1;
    else if (truth) counts.fn += 1;
    else counts.tn += 1;
  }
  return counts;
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? '  n/a' : (numerator / denominator).toFixed(3);
}

function scores(counts: Counts): string {
  const precision = counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp / (counts.tp + counts.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return [
    `P ${ratio(counts.tp, counts.tp + counts.fp)}`,
    `R ${ratio(counts.tp, counts.tp + counts.fn)}`,
    `F1 ${Number.isFinite(f1) ? f1.toFixed(3) : '  n/a'}`,
    `(tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}, tn ${counts.tn})`,
  ].join('  ');
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const name = key(value);
    groups.set(name, [...(groups.get(name) ?? []), value]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function headline(item: LabeledItem): string {
  const text = item.title ?? item.text.trim().split('\n')[0] ?? '';
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/** How often a field of the true positives agrees with the label. */
interface Agreement {
  agrees: number;
  of: number;
}

/** The set's counts as read, and as read without publication dates. */
interface SetCounts {
  dated: Counts;
  undated: Counts;
  /** Region and toll of the true positives read with dates. */
  region: Agreement;
  killed: Agreement;
}

function reportLabeledSet(name: string, path: string, items: LabeledItem[]): SetCounts {
  const pairs = classifyAll(items).map((verdict, index) => ({
    item: items[index] as LabeledItem,
    verdict,
  }));
  const undatedPairs = classifyAll(items, false).map((verdict, index) => ({
    item: items[index] as LabeledItem,
    verdict,
  }));
  const truePositives = pairs.filter(
    (pair) => pair.item.label === 'violation' && pair.verdict.label === 'violation',
  );
  const regionAgrees = truePositives.filter(
    (pair) => pair.verdict.region === pair.item.region,
  ).length;
  const withKilled = truePositives.filter((pair) => pair.item.killed !== null);
  const killedAgrees = withKilled.filter((pair) => pair.verdict.killed === pair.item.killed).length;
  const counts: SetCounts = {
    dated: tally(pairs),
    undated: tally(undatedPairs),
    region: { agrees: regionAgrees, of: truePositives.length },
    killed: { agrees: killedAgrees, of: withKilled.length },
  };
  console.log(`${name}: ${items.length} items (${path})`);
  console.log(`overall        ${scores(counts.dated)}`);
  // Many feeds give no date: the rules must not lean on it where the text says enough.
  console.log(
    `without dates  ${scores(counts.undated)}  (each item read with no publication date)`,
  );

  console.log('\nper kind');
  for (const [kind, group] of groupBy(pairs, (pair) => pair.item.kind)) {
    const counts = tally(group);
    const correct = counts.tp + counts.tn;
    console.log(
      `  ${kind.padEnd(14)} ${String(group.length).padStart(3)} items, ${correct} right  ${scores(counts)}`,
    );
  }

  console.log('\nper region');
  for (const [region, group] of groupBy(pairs, (pair) => pair.item.region ?? '(none)')) {
    console.log(
      `  ${region.padEnd(26)} ${String(group.length).padStart(3)}  ${scores(tally(group))}`,
    );
  }

  console.log(
    `\non true positives: region agrees ${regionAgrees}/${truePositives.length} (${ratio(regionAgrees, truePositives.length)})`,
  );
  console.log(
    `                   killed agrees ${killedAgrees}/${withKilled.length} (${ratio(killedAgrees, withKilled.length)}) where the label gives a number`,
  );

  const wrong = (label: 'violation' | 'other', said: 'violation' | 'other') =>
    pairs.filter((pair) => pair.item.label === label && pair.verdict.label === said);
  console.log('\nfalse positives');
  for (const { item, verdict } of wrong('other', 'violation')) {
    console.log(
      `  ${item.id} [${item.kind}] ${headline(item)}\n      rules: ${verdict.rules.join(', ')}; score ${verdict.score}`,
    );
  }
  console.log('false negatives');
  for (const { item, verdict } of wrong('violation', 'other')) {
    console.log(
      `  ${item.id} [${item.kind}] ${headline(item)}\n      rules: ${verdict.rules.join(', ') || '(none)'}`,
    );
  }
  const regionMisses = truePositives.filter((pair) => pair.verdict.region !== pair.item.region);
  if (regionMisses.length > 0) {
    console.log('region disagreements on true positives');
    for (const { item, verdict } of regionMisses) {
      console.log(`  ${item.id}: expected ${item.region}, got ${verdict.region ?? 'null'}`);
    }
  }
  const killedMisses = withKilled.filter((pair) => pair.verdict.killed !== pair.item.killed);
  if (killedMisses.length > 0) {
    console.log('killed disagreements on true positives');
    for (const { item, verdict } of killedMisses) {
      console.log(`  ${item.id}: expected ${item.killed}, got ${verdict.killed ?? 'null'}`);
    }
  }
  return counts;
}

function sum(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (total, each) => ({
      tp: total.tp + each.tp,
      fp: total.fp + each.fp,
      fn: total.fn + each.fn,
      tn: total.tn + each.tn,
    }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
}

function reportSeeds(seeds: LabeledItem[]): void {
  console.log(`\nseeds (${SEEDS_PATH})`);
  const verdicts = classifyAll(seeds);
  let passed = 0;
  seeds.forEach((seed, index) => {
    const verdict = verdicts[index] as Verdict;
    const ok =
      verdict.label === seed.label &&
      verdict.region === seed.region &&
      verdict.killed === seed.killed;
    if (ok) passed += 1;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${seed.id}: label ${verdict.label} (want ${seed.label}), region ${verdict.region} (want ${seed.region}), killed ${verdict.killed} (want ${seed.killed}); rules ${verdict.rules.join(', ')}`,
    );
  });
  console.log(`  ${passed}/${seeds.length} seeds right on label, region and killed`);
}

function reportThroughput(items: readonly LabeledItem[]): void {
  const bytes = items.reduce(
    (sum, item) => sum + Buffer.byteLength(item.text) + Buffer.byteLength(item.title ?? ''),
    0,
  );
  // Processor time of this process, so that other work on the machine does not count.
  const started = process.cpuUsage();
  for (let round = 0; round < THROUGHPUT_ROUNDS; round += 1) {
    for (const item of items) classifier.classify({ title: item.title, text: item.text });
  }
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const megabytes = (bytes * THROUGHPUT_ROUNDS) / 1e6;
  console.log(
    `\nthroughput: ${(megabytes / seconds).toFixed(1)} MB/s (${((seconds * 1e6) / (items.length * THROUGHPUT_ROUNDS)).toFixed(0)} µs per item, ${THROUGHPUT_ROUNDS} rounds over the dev set, processor time; npm run bench:classify measures it properly)`,
  );
}

const inputFlag = process.argv.indexOf('--input');
if (inputFlag >= 0) {
  const path = process.argv[inputFlag + 1];
  if (!path) {
    console.error('--input needs a JSON Lines file of labeled items');
    process.exit(2);
  }
  reportLabeledSet('labeled items', path, readJsonLines(path));
  process.exit(0);
}
if (existsSync(resolve(repositoryRoot, DEV_PATH))) {
  const dev = readJsonLines(DEV_PATH);
  reportLabeledSet('dev set', DEV_PATH, dev);
  reportThroughput(dev);
} else {
  console.log(
    `${DEV_PATH} not found: the labeled dev set is kept beside the repository, not in it; skipping it.`,
  );
}
if (existsSync(resolve(repositoryRoot, SEEDS_PATH))) reportSeeds(readJsonLines(SEEDS_PATH));
const inventedCounts = INVENTED_PATHS.map((path) => {
  console.log('');
  return reportLabeledSet('invented items', path, readJsonLines(path));
});
console.log(`\nall ${INVENTED_PATHS.length} invented sets`);
console.log(`overall        ${scores(sum(inventedCounts.map((counts) => counts.dated)))}`);
console.log(`without dates  ${scores(sum(inventedCounts.map((counts) => counts.undated)))}`);
const agreement = (field: 'region' | 'killed'): string => {
  const agrees = inventedCounts.reduce((total, counts) => total + counts[field].agrees, 0);
  const of = inventedCounts.reduce((total, counts) => total + counts[field].of, 0);
  return `${agrees}/${of} (${ratio(agrees, of)})`;
};
console.log(
  `on true positives (with dates): region agrees ${agreement('region')}, killed agrees ${agreement('killed')} where the label gives a number`,
);
