// Classifier throughput on one core: MB/s and items/s over a corpus of at least 50 MB, beside the
// rate of a single combined regular-expression pass (ceasefire, breach and armed-action words,
// counting matches) over the same texts in the same run. The corpus replicates the texts of the
// labeled dev set kept beside the repository (../shared/data/dev.jsonl) when it is there, else
// the project's own invented examples (the rule examples of functions/rules/ruleset.yaml and the
// bundled sample feed). Where the time goes is measured beside it: the text preparation alone,
// the term scan alone over the prepared sentences, and one regular expression of every term
// (over a slice: it is too slow for the whole corpus). Beside them, the floor any reading of the
// text pays: a loop that only looks at every character once, counting words. Run: npm run
// bench:classify
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readingMatchers } from '../functions/core/classify/classifier.js';
import { loadDefaultClassifier } from '../functions/core/classify/default-classifier.js';
import { compileGazetteer } from '../functions/core/classify/gazetteer.js';
import { loadRuleset } from '../functions/core/classify/load-ruleset.js';
import { bodySentences } from '../functions/core/classify/read-item.js';
import { compileTermScanner } from '../functions/core/classify/term-matcher.js';
import { parseFeed } from '../functions/core/feeds/parse-feed.js';
import { combinedTermRegex } from './combined-term-regex.js';

interface CorpusItem {
  title: string | null;
  text: string;
  published?: string;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_PATH = '../shared/data/dev.jsonl';
const SAMPLE_FEED_PATH = 'config/sample-feed.xml';
const CORPUS_BYTES = 50 * 1024 * 1024;
/** Passes over a small slice before timing, so both sides run optimised code. */
const WARM_UP_ITEMS = 3_000;
/** Bytes the one-expression-of-every-term pass reads: it is far slower than the others. */
const COMBINED_REGEX_BYTES = 1024 * 1024;

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
const ruleset = loadRuleset();
const matchers = readingMatchers(ruleset, compileGazetteer(ruleset.regimes));
const scanner = compileTermScanner(matchers);
const combined = combinedTermRegex(matchers);
const combinedSlice = replicate(items, COMBINED_REGEX_BYTES);
const combinedMegabytes = combinedSlice.reduce((sum, item) => sum + byteLength(item), 0) / 1e6;

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
let sentences = 0;
const prepare = (item: CorpusItem): void => {
  sentences += bodySentences(item.text).length;
};
let scanned = 0;
const countHit = (): void => {
  scanned += 1;
};
const prepared = corpus.map((item) => [item.title ?? '', ...bodySentences(item.text)]);
const scan = (texts: readonly string[]): void => {
  for (const text of texts) scanner.scanRange(text, 0, text.length, countHit);
};
/** Characters that continue a word, for the loop that only counts words. */
const WORD_CHARACTER = new Uint8Array(65536);
for (let code = 0; code < 65536; code += 1) {
  const isAsciiLetterOrDigit =
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a);
  if (isAsciiLetterOrDigit || code >= 0xc0) WORD_CHARACTER[code] = 1;
}
let words = 0;
const countWords = (item: CorpusItem): void => {
  for (const text of [item.title ?? '', item.text]) {
    let inWord = 0;
    for (let index = 0; index < text.length; index += 1) {
      const isWord = WORD_CHARACTER[text.charCodeAt(index)] ?? 0;
      if (isWord > inWord) words += 1;
      inWord = isWord;
    }
  }
};
let combinedMatches = 0;
const combinedPass = (item: CorpusItem): void => {
  for (const text of [item.title ?? '', item.text]) {
    const { regex } = combined;
    regex.lastIndex = 0;
    // Every start, as the scanner finds them: each match is looked for again one character on.
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      combinedMatches += 1;
      regex.lastIndex = match.index + 1;
    }
  }
};

for (const item of corpus.slice(0, WARM_UP_ITEMS)) {
  singlePass(item);
  classify(item);
  prepare(item);
  countWords(item);
}
prepared.slice(0, WARM_UP_ITEMS).forEach(scan);
combinedSlice.slice(0, 100).forEach(combinedPass);
matches = 0;
violations = 0;
sentences = 0;
scanned = 0;
words = 0;
combinedMatches = 0;

const regexSeconds = seconds(() => corpus.forEach(singlePass));
const classifySeconds = seconds(() => corpus.forEach(classify));
const prepareSeconds = seconds(() => corpus.forEach(prepare));
const scanSeconds = seconds(() => prepared.forEach(scan));
const wordsSeconds = seconds(() => corpus.forEach(countWords));
const combinedSeconds = seconds(() => combinedSlice.forEach(combinedPass));

const rate = (time: number, bytes = megabytes, count = corpus.length): string =>
  `${(bytes / time).toFixed(1).padStart(6)} MB/s  ${Math.round(count / time)
    .toString()
    .padStart(7)} items/s`;
const ratio = (time: number): string => `${(time / regexSeconds).toFixed(2)}× the single pass`;
console.log(`corpus: ${megabytes.toFixed(1)} MB, ${corpus.length} items, replicated from ${from}`);
console.log(`single regex pass  ${rate(regexSeconds)}  (${matches} matches)`);
console.log(
  `classifier         ${rate(classifySeconds)}  (${((classifySeconds * 1e6) / corpus.length).toFixed(1)} µs per item, ${violations} violations)`,
);
console.log(`classifier / single pass: ${(classifySeconds / regexSeconds).toFixed(2)}× the time`);
console.log('where the time goes (each part alone, over the same corpus):');
console.log(
  `  text preparation   ${rate(prepareSeconds)}  ${ratio(prepareSeconds)} (mojibake repair, boilerplate, ${sentences} sentences)`,
);
console.log(
  `  term scan          ${rate(scanSeconds)}  ${ratio(scanSeconds)} (${combined.terms} terms, one pass over the prepared sentences, ${scanned} matches)`,
);
console.log(
  `  every character read once ${rate(wordsSeconds)}  ${ratio(wordsSeconds)} (a loop that only counts words: ${words}; the floor of any reading)`,
);
const combinedPerMegabyte = combinedSeconds / combinedMegabytes;
console.log(
  `  one regex of every term ${(1 / combinedPerMegabyte).toFixed(1).padStart(6)} MB/s  ${(combinedPerMegabyte / (regexSeconds / megabytes)).toFixed(1)}× the single pass (the same ${combined.terms} terms over ${combinedMegabytes.toFixed(1)} MB, ${combinedMatches} matches)`,
);
