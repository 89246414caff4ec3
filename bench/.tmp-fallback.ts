// Classifier throughput on one core: MB/s and items/s over a corpus of at least 50 MB, beside the
// rate of a single combined regular-expression pass (ceasefire, breach and armed-action words,
// counting matches) over the same texts in the same run. The corpus replicates the texts of the
// labeled dev set kept beside the repository (../shared/data/dev.jsonl) when it is there, else
// the project's own invented examples (the rule examples of functions/rules/ruleset.yaml and the
// bundled sample feed). Run: npm run bench:classify
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import { loadRuleset } from '../functions/core/classify/load-ruleset.js';
import { parseFeed } from '../functions/core/feeds/parse-feed.js';

interface CorpusItem {
  title: string | null;
  text: string;
  published?: string;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_PATH = '../shared/data/nonexistent.jsonl';
const SAMPLE_FEED_PATH = 'config/sample-feed.xml';
const CORPUS_BYTES = 50 * 1024 * 1024;
/** Passes over a small slice before timing, so both sides run optimised code. */
const WARM_UP_ITEMS = 3_000;

/** The words a keyword filter would look for: the simplest scan that reads every byte once. */
const SINGLE_PASS =
  /\b(?:cease-?fire|truce|armistice|violat\w*|breach\w*|broke|shell(?:ing|ed|s)|mortar\w*|artillery|air-?strikes?|drones?|rockets?|missiles?|sniper\w*|gunfire|clash(?:es|ed)?|attack\w*|killed|wounded|injured)\b/gi;

async function sourceItems(): Promise<{ items: CorpusItem[]; from: string }> {
  const devPath = resolve(repositoryRoot, DEV_PATH);
  if (existsSync(devPath)) {
    const items = readFileSync(devPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const { title, text, published } = JSON.parse(line) as {
          title: string | null;
          text: string;
          published?: string | null;
        };
        return { title, text, ...(published ? { published } : {}) };
      });
    return { items, from: `${DEV_PATH} (${items.length} labeled items)` };
  }
  const examples = loadRuleset().rules.flatMap((rule) => [
    ...rule.examples.positive,
    ...rule.examples.negative,
  ]);
  const feed = await parseFeed(readFileSync(resolve(repositoryRoot, SAMPLE_FEED_PATH), 'utf8'), {
    id: 'sample',
    url: SAMPLE_FEED_PATH,
    fetchArticle: false,
  });
  const items: CorpusItem[] = [
    ...examples.map((text) => ({ title: null, text })),
    ...feed.items.map((item) => ({
      title: item.title,
      text: item.text,
      ...(item.published ? { published: item.published } : {}),
    })),
  ];
  return {
    items,
    from: `invented examples: functions/rules/ruleset.yaml and ${SAMPLE_FEED_PATH} (${items.length} items; ${DEV_PATH} not found)`,
  };
}

/**
 * Copies of the items until the corpus holds `bytes`. Each copy is a string of its own (read
 * back from JSON), so no cache keyed on a string's identity can serve a copy for free.
 */
function replicate(items: readonly CorpusItem[], bytes: number): CorpusItem[] {
  const serialised = items.map((item) => JSON.stringify(item));
  const corpus: CorpusItem[] = [];
  let total = 0;
  for (let index = 0; total < bytes; index += 1) {
    const item = JSON.parse(serialised[index % serialised.length] ?? '{}') as CorpusItem;
    corpus.push(item);
    total += byteLength(item);
  }
  return corpus;
}

function byteLength(item: CorpusItem): number {
  return Buffer.byteLength(item.text) + Buffer.byteLength(item.title ?? '');
}

/**
 * Processor seconds the run takes (user and system time of this process): unlike the wall
 * clock, it does not count the time other processes on the machine hold the core.
 */
function seconds(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

const { items, from } = await sourceItems();
const corpus = replicate(items, CORPUS_BYTES);
const megabytes = corpus.reduce((sum, item) => sum + byteLength(item), 0) / 1e6;
const classifier = loadDefaultClassifier();

let matches = 0;
const singlePass = (item: CorpusItem): void => {
  SINGLE_PASS.lastIndex = 0;
  if (item.title) matches += item.title.match(SINGLE_PASS)?.length ?? 0;
  matches += item.text.match(SINGLE_PASS)?.length ?? 0;
};
let violations = 0;
const classify = (item: CorpusItem): void => {
  if (classifier.classify(item).label === 'violation') violations += 1;
};

for (const item of corpus.slice(0, WARM_UP_ITEMS)) {
  singlePass(item);
  classify(item);
}
matches = 0;
violations = 0;

const regexSeconds = seconds(() => corpus.forEach(singlePass));
const classifySeconds = seconds(() => corpus.forEach(classify));

const rate = (time: number): string =>
  `${(megabytes / time).toFixed(1).padStart(6)} MB/s  ${Math.round(corpus.length / time)
    .toString()
    .padStart(7)} items/s`;
console.log(`corpus: ${megabytes.toFixed(1)} MB, ${corpus.length} items, replicated from ${from}`);
console.log(`single regex pass  ${rate(regexSeconds)}  (${matches} matches)`);
console.log(
  `classifier         ${rate(classifySeconds)}  (${((classifySeconds * 1e6) / corpus.length).toFixed(1)} µs per item, ${violations} violations)`,
);
console.log(`classifier / single pass: ${(classifySeconds / regexSeconds).toFixed(2)}× the time`);
