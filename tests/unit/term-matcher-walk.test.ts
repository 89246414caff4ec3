// The scanner's shortcuts at word starts (a table by the first two characters, a descent that
// steps past what does not apply) against a plain walk of the term syntax, over many texts made
// to begin and nearly begin terms.
import { describe, expect, it } from 'vitest';
import { compileTermMatcher, foldText } from '../../functions/core/classify/term-matcher.js';

const TERMS = [
  'a truce',
  'a-b',
  'an*',
  'and so',
  'in defiance of',
  'into',
  'in',
  'm-16',
  'mi-8',
  "don't",
  'r',
  'ra*',
  'at',
  'at war',
  'b-a',
  'ba*',
  'ab* ta',
  'ta ta',
  'o',
  "o'",
  "'t",
  '1-2',
  '12 ab',
  'u',
  'un-ta',
  'unto*',
  // An optional separator that ends a term, or leads to "*": where the text has no separator,
  // the place after it offers more than characters.
  'ta-',
  'nu-*',
];

/** One token of a term, as the term syntax reads it. */
type Token = string | 'SEP' | 'OPT' | 'WILD';

interface WalkNode {
  chars: Map<string, WalkNode>;
  sep?: WalkNode;
  opt?: WalkNode;
  wild?: WalkNode;
  terminal: boolean;
}

function walkNode(): WalkNode {
  return { chars: new Map(), terminal: false };
}

function tokens(term: string): Token[] {
  return [...term].map((char, index): Token => {
    if (char === ' ') return 'SEP';
    if (char === '-') return 'OPT';
    if (char === '*' && index > 0) return 'WILD';
    return char;
  });
}

function buildTrie(terms: readonly string[]): WalkNode {
  const root = walkNode();
  for (const term of terms) {
    let node = root;
    for (const token of tokens(term)) {
      if (token === 'SEP') node = node.sep ??= walkNode();
      else if (token === 'OPT') node = node.opt ??= walkNode();
      else if (token === 'WILD') node = node.wild ??= walkNode();
      else {
        let child = node.chars.get(token);
        if (!child) {
          child = walkNode();
          node.chars.set(token, child);
        }
        node = child;
      }
    }
    node.terminal = true;
  }
  return root;
}

const isLetter = (char: string | undefined): boolean => char !== undefined && /[a-z]/.test(char);
const isWord = (char: string | undefined): boolean => char !== undefined && /[a-z0-9]/.test(char);
const isSeparator = (char: string | undefined): boolean => char === ' ' || char === '-';

/**
 * The end of the first match from `node` at `position`, trying a character, then a separator
 * (a whole run), an optional separator (with the separator, then without), "*" (all the
 * letters) and the end of a term, in that order; -1 when there is none.
 */
function walk(node: WalkNode, text: string, position: number): number {
  const child = node.chars.get(text.charAt(position));
  if (child) {
    const end = walk(child, text, position + 1);
    if (end >= 0) return end;
  }
  if (node.sep && isSeparator(text[position])) {
    let after = position + 1;
    while (isSeparator(text[after])) after += 1;
    const end = walk(node.sep, text, after);
    if (end >= 0) return end;
  }
  if (node.opt) {
    if (isSeparator(text[position])) {
      const end = walk(node.opt, text, position + 1);
      if (end >= 0) return end;
    }
    const end = walk(node.opt, text, position);
    if (end >= 0) return end;
  }
  if (node.wild) {
    let after = position;
    while (isLetter(text[after])) after += 1;
    const end = walk(node.wild, text, after);
    if (end >= 0) return end;
  }
  return node.terminal && !isWord(text[position]) ? position : -1;
}

/** Every match from each word start, left to right, going on after each. */
function plainMatches(root: WalkNode, text: string): string[] {
  const folded = foldText(text);
  const found: string[] = [];
  let resume = 0;
  for (let start = 0; start < folded.length; start += 1) {
    if (start < resume || !isWord(folded[start]) || isWord(folded[start - 1])) continue;
    const end = walk(root, folded, start);
    if (end < 0) continue;
    found.push(`${start}-${end}`);
    resume = end;
  }
  return found;
}

/** A pseudo-random sequence, the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Characters of the terms and a few others, capitals among them. */
const PIECES = [..."abntruomid'1268AT"];
const BREAKS = [' ', ' ', ' ', '-', '  ', ' - ', '.', ''];

function randomText(next: () => number): string {
  const words = 2 + Math.floor(next() * 6);
  let text = '';
  for (let word = 0; word < words; word += 1) {
    const length = 1 + Math.floor(next() * 4);
    for (let index = 0; index < length; index += 1) {
      text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    }
    text += BREAKS[Math.floor(next() * BREAKS.length)] ?? '';
  }
  return text;
}

describe('the scanner at word starts', () => {
  it('finds what a plain walk of the terms finds, wherever a word begins', () => {
    const matcher = compileTermMatcher([{ id: 'terms', terms: TERMS }]);
    const root = buildTrie(TERMS.map((term) => foldText(term)));
    const next = random(7);
    let matched = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const text = randomText(next);
      const expected = plainMatches(root, text);
      const found = matcher.scan(text).map((hit) => `${hit.start}-${hit.end}`);
      expect(found, text).toEqual(expected);
      matched += found.length;
    }
    // The texts begin terms often enough to test the walk, not just its rejections.
    expect(matched).toBeGreaterThan(5_000);
  });
});
