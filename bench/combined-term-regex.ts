// One regular expression that matches every term of a set of matchers, for comparison with the
// term scanner: the alternative a reader of the ruleset would try first. The terms are folded
// into a trie-shaped pattern (shared beginnings written once), the form a backtracking engine
// handles best; the term syntax is that of functions/core/classify/term-matcher.ts.
import { foldText, type TermSet } from '../functions/core/classify/term-matcher.js';

/**
 * Letters and digits of every script, as the term scanner reads a word: everything from U+00C0
 * up but the general and CJK punctuation blocks (typographic quotes and dashes end a word).
 */
const WORD_CHARS = 'A-Za-z0-9\\u00c0-\\u1fff\\u2c00-\\u2fff\\u3040-\\uffff';

interface PatternNode {
  next: Map<string, PatternNode>;
  ends: boolean;
}

function node(): PatternNode {
  return { next: new Map(), ends: false };
}

/** The trie key of a glued-on prefix (no character of a folded term looks like it). */
const GLUED = '<glued>';

function piece(char: string): string {
  if (char === GLUED) return `[${WORD_CHARS}]{0,3}`;
  if (char === ' ') return '[\\s-]+';
  if (char === '-') return '[\\s-]?';
  if (char === '*') return `[${WORD_CHARS}]*`;
  if (char === "'") return "['\\u2018\\u2019\\u02bc]";
  return char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function pattern(at: PatternNode): string {
  const branches = [...at.next].map(([char, child]) => piece(char) + pattern(child));
  if (at.ends) branches.push(`(?![${WORD_CHARS}])`);
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/** A global, case-insensitive expression matching any of the terms at a word start. */
export function combinedTermRegex(matchers: readonly (readonly TermSet[])[]): {
  regex: RegExp;
  terms: number;
} {
  const root = node();
  let terms = 0;
  for (const set of matchers.flat()) {
    for (const term of set.terms) {
      terms += 1;
      const written = term.trim().replace(/\s+/g, ' ');
      // A glued-on prefix: up to three letters before the term.
      const body = written.startsWith('*') ? written.slice(1) : written;
      let at = root;
      const chars = written.startsWith('*') ? [GLUED, ...foldText(body)] : [...foldText(body)];
      for (const char of chars) {
        let child = at.next.get(char);
        if (!child) {
          child = node();
          at.next.set(char, child);
        }
        at = child;
      }
      at.ends = true;
    }
  }
  return { regex: new RegExp(`(?<![${WORD_CHARS}])${pattern(root)}`, 'gi'), terms };
}
