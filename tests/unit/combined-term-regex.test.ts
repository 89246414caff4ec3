import { describe, expect, it } from 'vitest';
import { combinedTermRegex } from '../../bench/combined-term-regex.js';
import { compileTermScanner, type TermSet } from '../../functions/core/classify/term-matcher.js';

const MATCHERS: TermSet[][] = [
  [
    { id: 'ceasefire', terms: ['ceasefire', 'cease-fire', 'truce'] },
    { id: 'breach', terms: ['violat*', 'in defiance of'] },
  ],
  [{ id: 'place', terms: ['Donetsk', '*غزة'] }],
];

/** Where the expression finds a match, looking again one character after each. */
function regexStarts(text: string): number[] {
  const { regex } = combinedTermRegex(MATCHERS);
  const starts: number[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    starts.push(match.index);
    regex.lastIndex = match.index + 1;
  }
  return starts;
}

function scannerStarts(text: string): number[] {
  const starts = new Set<number>();
  compileTermScanner(MATCHERS).scanRange(text, 0, text.length, (_matcher, start) => {
    starts.add(start);
  });
  return [...starts].sort((a, b) => a - b);
}

describe('combinedTermRegex', () => {
  it('counts every term of every matcher', () => {
    expect(combinedTermRegex(MATCHERS).terms).toBe(7);
  });

  it.each([
    'The Cease-Fire was violated near DONETSK, in  defiance   of the truce.',
    'A ceasefire’s violations; ceasefires are not truces.',
    'Shelling in وغزة and in غزة overnight.',
    'No term here at all, not even truced or pre-truce.',
  ])('finds a match where the scanner does: %s', (text) => {
    expect(regexStarts(text)).toEqual(scannerStarts(text));
  });
});
