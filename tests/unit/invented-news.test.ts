// The classifier on the project's own invented news items (tests/fixtures/invented-news.jsonl):
// realistic reports and hard negatives labeled by the definition of a violation report, written
// without looking at the rules. Every label, and on violations the region and the death toll,
// must stay as labeled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';

interface LabeledItem {
  id: string;
  title: string | null;
  text: string;
  published: string;
  label: 'violation' | 'other';
  kind: string;
  region: string | null;
  killed: number | null;
}

const items = readFileSync(new URL('../fixtures/invented-news.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabeledItem);
const classifier = loadDefaultClassifier();

describe('invented news items', () => {
  it('holds both labels and every kind', () => {
    const kinds = new Set(items.map((item) => `${item.label}/${item.kind}`));
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const kind of [
      'violation/explicit',
      'violation/implicit',
      'violation/collapse',
      'other/hard-negative',
      'other/negative',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it.each(items.map((item) => [`${item.id} (${item.label}, ${item.kind})`, item] as const))(
    '%s',
    (_name, item) => {
      const verdict = classifier.classify({
        title: item.title,
        text: item.text,
        published: item.published,
      });
      const summary = JSON.stringify({ rules: verdict.rules, evidence: verdict.evidence });
      expect(verdict.label, summary).toBe(item.label);
      if (item.label !== 'violation') return;
      expect(verdict.region, summary).toBe(item.region);
      if (item.killed !== null) expect(verdict.killed, summary).toBe(item.killed);
    },
  );
});
