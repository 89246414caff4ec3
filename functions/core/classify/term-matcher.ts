// Compiles sets of terms (the ruleset's term syntax) into one trie walked from each word start of
// a text, so a text is read once whatever the number of terms. Several matchers (the
// vocabularies, the gazetteer) share the trie and the pass over the characters, each finding its
// own matches as if it scanned alone.
//
// Term syntax: words match whole, case-insensitively; a space matches a run of spaces or hyphens;
// a hyphen an optional hyphen or space; "*" ending a word any further letters; "*" starting a
// term up to three letters of its own script glued on before it (Arabic articles and
// prepositions, Hebrew and Ge'ez prefixes).
//
// Matching follows a regular expression's alternation order: at a word start a literal character
// is tried before a separator, a separator before "*", and the end of a term last, so the first
// match found at a place is the longest one along the literal characters; a longer match that
// needs a "*" where another term spells its letters out ("call* for a ceasefire" beside "calls
// for") is not reached. The scan goes on after the match. A match is then resolved to every set
// with a term that matches exactly the text matched.
//
// Characters are compared folded: lower case; the typographic apostrophe as "'"; quotation marks,
// punctuation and symbols above ASCII as spaces, so that every remaining character from U+00C0 up
// is a letter or a digit of some script.
//
// Thai, Lao, Burmese and Khmer put no space between the words of a phrase: in their letters a
// term may begin and end anywhere.

import { lowerCaseUnits } from '../text/lower-case-units.js';
import { isUnspacedScript } from '../text/unspaced-scripts.js';
import { isWhitespace } from '../text/whitespace.js';

export interface TermSet {
  id: string;
  terms: readonly string[];
}

export interface TermHit {
  /** Indices of the sets whose terms match this text, in the order the sets were given. */
  sets: readonly number[];
  start: number;
  end: number;
  /** The matched text, folded (lower case, apostrophes and punctuation normalised). */
  text: string;
}

export interface TermMatcher {
  /** Every match in `text`, left to right; at one place the longest term wins. */
  scan(text: string): TermHit[];
  /** The matches of each text, scanned one after the other; offsets are relative to each text. */
  scanEach(texts: readonly string[]): TermHit[][];
}

/**
 * Called for each match of a scan: which matcher (its index in the list compiled), where, which
 * of its sets, and the indices of the first and last whitespace-separated words the match
 * covers, counted from the start of the range.
 */
export type HitVisitor = (
  matcher: number,
  start: number,
  end: number,
  sets: readonly number[],
  word: number,
  endWord: number,
) => void;

export interface TermScanner {
  /** Scans text[start, end) once for every matcher. Nothing outside the range is read. */
  scanRange(text: string, start: number, end: number, visit: HitVisitor): void;
  /** Whether any matcher has a match in text[start, end): the scan stops at the first. */
  findsAny(text: string, start: number, end: number): boolean;
}

// ---- Character tables ----

const FOLD = new Uint16Array(65536);
/** Bits of FLAGS, by the folded character (SPACE_WORD by the character itself). */
const WORD = 1;
const LETTER = 2;
const SEPARATOR = 4;
/**
 * Letters of the scripts whose words take prefixes glued on (Arabic articles and prepositions,
 * Hebrew's one-letter prepositions, Ge'ez's "of" and "to"): a term that starts with "*" takes
 * only letters of its own script before it, so that no other script's word starts are tried.
 */
const ARABIC = 8;
const HEBREW = 64;
const ETHIOPIC = 128;
const GLUING_SCRIPTS = [ARABIC, HEBREW, ETHIOPIC] as const;
/** Separates whitespace words: space, tab, line ends, no-break space. */
const SPACE_WORD = 16;
/**
 * A letter of a script written without spaces between words (Thai, Lao, Burmese, Khmer): a term
 * may begin at any of them and end before any of them, as no space marks where a word does.
 * Such letters are not WORD characters, so they end the word of a term before them.
 */
const UNSPACED = 32;
const FLAGS = new Uint8Array(65536);
const APOSTROPHE = 0x27;
const QUOTATION_MARK = 0x22;

/** A letter of the Arabic script, with those Persian, Urdu, Pashto and Kurdish add to it. */
function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x620 && code <= 0x64a) ||
    (code >= 0x671 && code <= 0x6d3) ||
    code === 0x6d5 ||
    (code >= 0x750 && code <= 0x77f)
  );
}

function isNonAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x80 && code <= 0xbf) ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2b9 && code <= 0x2df) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    // Armenian full stop "։" and comma "՝" (its question and emphasis marks sit inside words).
    code === 0x55d ||
    code === 0x589 ||
    code === 0x60c ||
    code === 0x61b ||
    code === 0x61f ||
    (code >= 0x66a && code <= 0x66d) ||
    code === 0x6d4 ||
    code === 0x964 ||
    code === 0x965 ||
    // Ethiopic wordspace "፡", full stop "።", commas and colons, which end a word as a space does.
    (code >= 0x1361 && code <= 0x1368) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    code === 0xfeff ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

function buildTables(): void {
  const lower = lowerCaseUnits();
  for (let code = 0; code < 65536; code += 1) {
    let folded = lower[code] ?? code;
    // "’" is the apostrophe of "didn’t" as well as a closing quote; "‘" only opens a quote.
    if (code === 0x2019 || code === 0x2bc) folded = APOSTROPHE;
    // Turkish "İ" lower-cases to two characters ("i" and a combining dot): "İdlib" is "idlib".
    else if (code === 0x130) folded = 0x69;
    // A quotation mark, like a typographic one, only sets words apart: a truce that was "dead".
    else if (isNonAsciiPunctuation(folded) || code === QUOTATION_MARK || code === 0x2018) {
      folded = 0x20;
    }
    FOLD[code] = folded;
    let flags = 0;
    if ((folded >= 0x61 && folded <= 0x7a) || folded >= 0xc0) flags |= LETTER | WORD;
    if (folded >= 0x30 && folded <= 0x39) flags |= WORD;
    if (isWhitespace(folded) || folded === 0x2d) flags |= SEPARATOR;
    if (isArabicLetter(folded)) flags |= ARABIC;
    if (folded >= 0x5d0 && folded <= 0x5ea) flags |= HEBREW;
    if (folded >= 0x1200 && folded <= 0x137f) flags |= ETHIOPIC;
    if (isUnspacedScript(folded)) flags = LETTER | UNSPACED;
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0) {
      flags |= SPACE_WORD;
    }
    FLAGS[code] = flags;
  }
}
buildTables();

/** Columns of the direct table of edges: a-z, 0-9 and "'", the characters of most terms. */
const DIRECT_COLUMNS = 37;
const DIRECT_COLUMN = new Int8Array(65536).fill(-1);
for (let code = 0x61; code <= 0x7a; code += 1) DIRECT_COLUMN[code] = code - 0x61;
for (let code = 0x30; code <= 0x39; code += 1) DIRECT_COLUMN[code] = code - 0x30 + 26;
DIRECT_COLUMN[APOSTROPHE] = 36;
/** The character of each column of the direct table. */
const COLUMN_CHARACTER = new Uint16Array(DIRECT_COLUMNS);
DIRECT_COLUMN.forEach((column, code) => {
  if (column >= 0) COLUMN_CHARACTER[column] = code;
});
/** Where READ holds a character's DIRECT_COLUMN, plus one (0: it has none). */
const COLUMN_SHIFT = 24;
/**
 * Each character as a range is read for the walks: its folded code, its FLAGS above, and above
 * them the folded character's column, so that a walk finds a row's entry without another load.
 */
const READ = new Int32Array(65536);
for (let code = 0; code < 65536; code += 1) {
  const folded = FOLD[code] ?? 0;
  const column = (DIRECT_COLUMN[folded] ?? -1) + 1;
  READ[code] = folded | ((FLAGS[code] ?? 0) << 16) | (column << COLUMN_SHIFT);
}

/** The folded code of a character as READ gives it. */
function codeOf(char: number): number {
  return char & 0xffff;
}

/** The FLAGS of a character as READ gives it. */
function flagsOf(char: number): number {
  return (char >>> 16) & 0xff;
}

/** The DIRECT_COLUMN of a character as READ gives it (-1 when it has none). */
function columnOf(char: number): number {
  return (char >>> COLUMN_SHIFT) - 1;
}

/** The text as the matcher compares it: folded character by character. */
export function foldText(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) {
    folded += String.fromCharCode(FOLD[text.charCodeAt(index)] ?? 0);
  }
  return folded;
}

// ---- Compilation ----

type Token = { kind: 'char'; code: number } | { kind: 'sep' | 'opt-sep' | 'wild' };

function tokenize(term: string, setId: string): { tokens: Token[]; gluedPrefix: boolean } {
  const trimmed = term.trim().replace(/\s+/g, ' ');
  const gluedPrefix = trimmed.startsWith('*');
  const body = gluedPrefix ? trimmed.slice(1) : trimmed;
  if (body === '' || body === '*') throw new Error(`term "${term}" in "${setId}" has no letters`);
  const tokens: Token[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charAt(index);
    const next = body.charAt(index + 1);
    if (char === '*') {
      if (next !== '' && next !== ' ') {
        throw new Error(`term "${term}" in "${setId}": "*" may only end a word or start the term`);
      }
      tokens.push({ kind: 'wild' });
    } else if (char === ' ') tokens.push({ kind: 'sep' });
    else if (char === '-') tokens.push({ kind: 'opt-sep' });
    else tokens.push({ kind: 'char', code: FOLD[body.charCodeAt(index)] ?? 0 });
  }
  return { tokens, gluedPrefix };
}

/** A trie of term tokens as it is built; the sets of a term are numbered across matchers. */
class TrieBuilder {
  readonly chars: Map<number, number>[] = [];
  readonly sep: number[] = [];
  readonly optSep: number[] = [];
  readonly wild: number[] = [];
  /** Numbers of the sets whose terms end at a node. */
  readonly ends: number[][] = [];

  constructor() {
    this.node();
  }

  insert(tokens: readonly Token[], set: number): void {
    let node = 0;
    for (const token of tokens) node = this.child(node, token);
    const ends = this.ends[node] ?? [];
    if (!ends.includes(set)) ends.push(set);
  }

  private node(): number {
    this.chars.push(new Map());
    this.sep.push(-1);
    this.optSep.push(-1);
    this.wild.push(-1);
    this.ends.push([]);
    return this.chars.length - 1;
  }

  private child(node: number, token: Token): number {
    if (token.kind === 'char') {
      const chars = this.chars[node] as Map<number, number>;
      let next = chars.get(token.code);
      if (next === undefined) {
        next = this.node();
        chars.set(token.code, next);
      }
      return next;
    }
    const edges =
      token.kind === 'sep' ? this.sep : token.kind === 'opt-sep' ? this.optSep : this.wild;
    let next = edges[node] ?? -1;
    if (next < 0) {
      next = this.node();
      edges[node] = next;
    }
    return next;
  }
}

/** Node flags of a compiled trie. */
const TERMINAL = 1;
/** The node has a separator or "*" edge: the walk must try more than its characters. */
const BRANCHING = 2;
/**
 * The path from the root to the node reads characters only, so every text it matches folds to
 * the same letters (with no glued-on prefix, in the trie of plain terms): what the text resolves
 * to can be remembered on the node.
 */
const CHARACTERS_ONLY = 4;
/** The node's separator, optional separator and "*" edges (BRANCHING is set with any). */
const SEPARATOR_EDGE = 8;
const OPTIONAL_SEPARATOR_EDGE = 16;
const WILDCARD_EDGE = 32;
/** What a node may offer besides its character edges. */
const ALTERNATIVES = TERMINAL | SEPARATOR_EDGE | OPTIONAL_SEPARATOR_EDGE | WILDCARD_EDGE;

/** Levels of the trie numbered breadth first (see Trie). */
const BREADTH_FIRST_LEVELS = 2;
/** In Trie.afterPair: the walk must start at the first character's node. */
const FROM_FIRST = -2;

/**
 * A trie compiled to typed arrays, nodes numbered so that the ones a walk visits one after the
 * other sit together: each node's character edges side by side (sorted, searched in a line or
 * by halves), the root's also in a table by character (the look-up made at every word start).
 * Each node knows which matchers have a term ending at it and which have one ending at it or
 * below, so a walk stops where nothing it seeks lies.
 */
class Trie {
  readonly rootChars = new Int32Array(65536).fill(-1);
  /**
   * Per node: its step (the child when it has one character edge, -1 when none, -2 - row of
   * `direct` when several), flags | the one edge's character << 8, subtree matchers, terminal
   * matchers.
   */
  readonly nodes: Int32Array;
  /** Children of nodes with several edges, by DIRECT_COLUMN of the character. */
  readonly direct: Int32Array;
  readonly firstEdge: Int32Array;
  readonly edgeChars: Uint16Array;
  readonly edgeTargets: Int32Array;
  readonly sep: Int32Array;
  readonly optSep: Int32Array;
  readonly wild: Int32Array;
  /** Numbers of the sets whose terms end at a node (see CompiledTerms for the numbering). */
  readonly ends: (readonly number[])[];
  /**
   * By the DIRECT_COLUMNs of a word's first two characters, the node a descent from the root
   * stands at after them, -1 when the text has left the trie by then, or FROM_FIRST when the
   * first character's node offers more than its character edge at the second. A word start is
   * mostly decided here by one load from a small table, where the walk would read the root's
   * edge, the first node and its row.
   */
  readonly afterPair = new Int32Array(DIRECT_COLUMNS * DIRECT_COLUMNS);

  constructor(builder: TrieBuilder, matcherOfSet: (set: number) => number) {
    const count = builder.chars.length;
    // The first levels, which nearly every walk passes, are numbered breadth first so that they
    // sit together; below them each subtree depth first, so that a chain of single characters
    // (most of the trie below the first letters) lies in consecutive records.
    const childrenOf = (old: number): number[] => {
      const chars = builder.chars[old] ?? new Map<number, number>();
      const children = [...chars.keys()].sort((a, b) => a - b).map((code) => chars.get(code) ?? -1);
      for (const edges of [builder.sep, builder.optSep, builder.wild]) {
        const child = edges[old] ?? -1;
        if (child >= 0) children.push(child);
      }
      return children;
    };
    const order: number[] = [];
    let level = [0];
    for (let depth = 0; depth < BREADTH_FIRST_LEVELS; depth += 1) {
      order.push(...level);
      level = level.flatMap(childrenOf);
    }
    const stack = level.reverse();
    for (let old = stack.pop(); old !== undefined; old = stack.pop()) {
      order.push(old);
      const children = childrenOf(old);
      for (let index = children.length - 1; index >= 0; index -= 1) {
        stack.push(children[index] ?? 0);
      }
    }
    const numberOf = new Int32Array(count).fill(-1);
    order.forEach((old, node) => {
      numberOf[old] = node;
    });
    const renumber = (old: number | undefined): number =>
      old === undefined || old < 0 ? -1 : (numberOf[old] ?? -1);
    let edges = 0;
    for (const chars of builder.chars) edges += chars.size;
    this.nodes = new Int32Array(count * 4);
    this.firstEdge = new Int32Array(count + 1);
    let rows = 0;
    for (const chars of builder.chars) if (chars.size > 1) rows += 1;
    this.direct = new Int32Array(rows * DIRECT_COLUMNS).fill(-1);
    let row = 0;
    this.edgeChars = new Uint16Array(edges);
    this.edgeTargets = new Int32Array(edges);
    this.sep = new Int32Array(count).fill(-1);
    this.optSep = new Int32Array(count).fill(-1);
    this.wild = new Int32Array(count).fill(-1);
    this.ends = [];
    let edge = 0;
    // Set on a child when its parent is seen (parents come first).
    const charactersOnly = new Uint8Array(count);
    charactersOnly[0] = 1;
    order.forEach((old, node) => {
      const chars = [...(builder.chars[old] ?? new Map<number, number>()).entries()].sort(
        ([a], [b]) => a - b,
      );
      const first = edge;
      for (const [code, child] of chars) {
        const target = renumber(child);
        this.edgeChars[edge] = code;
        this.edgeTargets[edge] = target;
        edge += 1;
        if (node === 0) this.rootChars[code] = target;
        if (charactersOnly[node] === 1) charactersOnly[target] = 1;
      }
      this.sep[node] = renumber(builder.sep[old]);
      this.optSep[node] = renumber(builder.optSep[old]);
      this.wild[node] = renumber(builder.wild[old]);
      const ends = [...(builder.ends[old] ?? [])].sort((a, b) => a - b);
      this.ends.push(ends);
      let terminal = 0;
      for (const set of ends) terminal |= 1 << matcherOfSet(set);
      let flags = terminal !== 0 ? TERMINAL : 0;
      if ((this.sep[node] ?? -1) >= 0) flags |= BRANCHING | SEPARATOR_EDGE;
      if ((this.optSep[node] ?? -1) >= 0) flags |= BRANCHING | OPTIONAL_SEPARATOR_EDGE;
      if ((this.wild[node] ?? -1) >= 0) flags |= BRANCHING | WILDCARD_EDGE;
      if (charactersOnly[node] === 1) flags |= CHARACTERS_ONLY;
      this.firstEdge[node] = first;
      this.firstEdge[node + 1] = edge;
      let step = -1;
      if (edge - first === 1) {
        step = this.edgeTargets[first] ?? -1;
        flags |= (this.edgeChars[first] ?? 0) << 8;
      } else if (edge - first > 1) {
        step = -2 - row;
        for (let index = first; index < edge; index += 1) {
          const column = DIRECT_COLUMN[this.edgeChars[index] ?? 0] ?? -1;
          if (column >= 0)
            this.direct[row * DIRECT_COLUMNS + column] = this.edgeTargets[index] ?? -1;
        }
        row += 1;
      }
      this.nodes[node * 4] = step;
      this.nodes[node * 4 + 1] = flags;
      this.nodes[node * 4 + 3] = terminal;
    });
    // Every child is numbered after its parent: a reverse sweep sees children first.
    for (let node = count - 1; node >= 0; node -= 1) {
      let below = this.nodes[node * 4 + 3] ?? 0;
      const last = this.firstEdge[node + 1] ?? 0;
      for (let index = this.firstEdge[node] ?? 0; index < last; index += 1) {
        below |= this.nodes[(this.edgeTargets[index] ?? 0) * 4 + 2] ?? 0;
      }
      for (const child of [this.sep[node], this.optSep[node], this.wild[node]]) {
        if (child !== undefined && child >= 0) below |= this.nodes[child * 4 + 2] ?? 0;
      }
      this.nodes[node * 4 + 2] = below;
    }
    for (let first = 0; first < DIRECT_COLUMNS; first += 1) {
      const node = this.rootChars[COLUMN_CHARACTER[first] ?? 0] ?? -1;
      const packed = this.nodes[node * 4 + 1] ?? 0;
      for (let second = 0; second < DIRECT_COLUMNS; second += 1) {
        const code = COLUMN_CHARACTER[second] ?? 0;
        let after = -1;
        if (node >= 0) {
          after =
            (packed & ALTERNATIVES) !== 0 && this.offersMore(node, packed, READ[code] ?? 0)
              ? FROM_FIRST
              : this.child(node, code);
        }
        this.afterPair[first * DIRECT_COLUMNS + second] = after;
      }
    }
  }

  flags(node: number): number {
    return (this.nodes[node * 4 + 1] ?? 0) & 0xff;
  }

  subtreeMatchers(node: number): number {
    return this.nodes[node * 4 + 2] ?? 0;
  }

  terminalMatchers(node: number): number {
    return this.nodes[node * 4 + 3] ?? 0;
  }

  /**
   * Steps down from `node` at `position` while the node offers nothing but one way on at the
   * text's character (its character edge, or a separator edge where the text has a separator
   * and no character edge leads on), and returns the first node where a walk has more to try,
   * or -1 when the text leaves the trie before, or when what lies below is not `wanted`; the
   * position reached is left in `descentEnd`. Most words leave the trie at their second or third
   * character, or at the word after ("the", "in", "a" begin many terms), and saying so here is
   * cheaper than setting up a walk; the walk then starts where this stopped (it would only have
   * stepped down the same way, stacking nothing).
   */
  descend(node: number, reading: Reading, position: number, wanted: number): number {
    const nodes = this.nodes;
    const { chars, length } = reading;
    for (;;) {
      if (((nodes[node * 4 + 2] ?? 0) & wanted) === 0) return -1;
      const packed = nodes[node * 4 + 1] ?? 0;
      let next = -1;
      if (position < length) {
        const char = chars[position] ?? 0;
        const only = nodes[node * 4] ?? -1;
        if (only >= 0) {
          if (packed >>> 8 === codeOf(char)) next = only;
        } else if (only < -1) {
          const column = columnOf(char);
          next =
            column >= 0
              ? (this.direct[(-2 - only) * DIRECT_COLUMNS + column] ?? -1)
              : this.child(node, codeOf(char));
        }
      }
      // What the node offers besides may not apply here ("a" or "in" begin terms of several
      // words, but not "and" or "into"): then the walk has nothing more to try either.
      if ((packed & ALTERNATIVES) !== 0 && this.offersMore(node, packed, chars[position] ?? 0)) {
        // A separator edge, where the text has one, is the one way on only where no character
        // edge leads.
        if ((packed & ALTERNATIVES) !== SEPARATOR_EDGE || next >= 0) {
          descentEnd = position;
          return node;
        }
        node = this.sep[node] ?? -1;
        position = afterSeparators(chars, position + 1);
        continue;
      }
      if (next < 0) return -1;
      node = next;
      position += 1;
    }
  }

  /**
   * Whether `node` (its `packed` flags) offers something besides its character edges at `char`
   * (as READ gives it) that can lead on: as hasAlternatives, but an optional separator where the
   * text has none counts only where the node after it reads the character or offers more
   * itself. Otherwise one term with a hyphen after its first letters ("M-4 highway") would stop
   * the descent of every word that begins with them.
   */
  offersMore(node: number, packed: number, char: number): boolean {
    const flags = flagsOf(char);
    if (
      (packed & WILDCARD_EDGE) !== 0 ||
      ((packed & SEPARATOR_EDGE) !== 0 && (flags & SEPARATOR) !== 0) ||
      ((packed & TERMINAL) !== 0 && (flags & WORD) === 0)
    ) {
      return true;
    }
    if ((packed & OPTIONAL_SEPARATOR_EDGE) === 0) return false;
    if ((flags & SEPARATOR) !== 0) return true;
    const after = this.optSep[node] ?? -1;
    return (this.flags(after) & ALTERNATIVES) !== 0 || this.child(after, codeOf(char)) >= 0;
  }

  /** The child of `node` by the folded character `code`, or -1. */
  child(node: number, code: number): number {
    const step = this.nodes[node * 4] ?? -1;
    if (step >= 0) return (this.nodes[node * 4 + 1] ?? 0) >>> 8 === code ? step : -1;
    if (step === -1) return -1;
    const column = DIRECT_COLUMN[code] ?? -1;
    if (column >= 0) return this.direct[(-2 - step) * DIRECT_COLUMNS + column] ?? -1;
    const chars = this.edgeChars;
    let low = this.firstEdge[node] ?? 0;
    let high = this.firstEdge[node + 1] ?? 0;
    // Most nodes have a few edges: a line is faster than halving.
    while (high - low > 8) {
      const middle = (low + high) >>> 1;
      const found = chars[middle] ?? 0;
      if (found === code) return this.edgeTargets[middle] ?? -1;
      if (found < code) low = middle + 1;
      else high = middle;
    }
    for (; low < high; low += 1) {
      const found = chars[low] ?? 0;
      if (found === code) return this.edgeTargets[low] ?? -1;
      if (found > code) return -1;
    }
    return -1;
  }
}

// ---- The walk ----

/**
 * Where each matcher's match ends, and the node of the plain trie it ends at (-1 when the match
 * took a glued-on prefix), once a walk has found it. One walk at a time: nothing it calls walks
 * again.
 */
const matchEnd = new Int32Array(32);
const matchNode = new Int32Array(32);
/** Where the last descent stopped (see Trie.descend). */
let descentEnd = 0;

/** What a stacked step of the walk does. */
const ENTER = 0;
/** The alternatives after a node's character edge: separators, "*", the end of a term. */
const AFTER_CHARACTER = 1;
/** Accept the terms ending at the node. */
const ACCEPT = 2;

/** The walk's stack: node, position and step of each entry. */
let stackNodes = new Int32Array(256);
let stackPositions = new Int32Array(256);
let stackSteps = new Uint8Array(256);

function growStack(): void {
  const size = stackNodes.length * 2;
  const nodes = new Int32Array(size);
  nodes.set(stackNodes);
  stackNodes = nodes;
  const positions = new Int32Array(size);
  positions.set(stackPositions);
  stackPositions = positions;
  const steps = new Uint8Array(size);
  steps.set(stackSteps);
  stackSteps = steps;
}

/**
 * Records a match ending at `position` for every pending matcher with a term ending at `node`;
 * returns the matchers still pending.
 */
function accept(trie: Trie, node: number, position: number, pending: number): number {
  let found = trie.terminalMatchers(node) & pending;
  const remaining = pending & ~found;
  while (found !== 0) {
    const matcher = 31 - Math.clz32(found & -found);
    matchEnd[matcher] = position;
    matchNode[matcher] = node;
    found &= found - 1;
  }
  return remaining;
}

/** Pushes a step onto the walk's stack; returns the new top. */
function push(top: number, node: number, position: number, step: number): number {
  if (top === stackNodes.length) growStack();
  stackNodes[top] = node;
  stackPositions[top] = position;
  stackSteps[top] = step;
  return top + 1;
}

/**
 * Whether a node offers something besides its character edges at a character with `flags`: a
 * separator edge where the text has a separator, a term's end where a word ends, an optional
 * separator or "*" anywhere.
 */
function hasAlternatives(packed: number, flags: number): boolean {
  return (
    (packed & (OPTIONAL_SEPARATOR_EDGE | WILDCARD_EDGE)) !== 0 ||
    ((packed & SEPARATOR_EDGE) !== 0 && (flags & SEPARATOR) !== 0) ||
    ((packed & TERMINAL) !== 0 && (flags & WORD) === 0)
  );
}

/**
 * Tries everything from `node` at `position` in the alternation's order, accepting the first
 * match of each pending matcher: depth first, on an explicit stack (alternatives are pushed in
 * reverse order, so they come off it in order). Along a chain of nodes with only character
 * edges the walk just steps down, and where a separator is all a node offers besides, it steps
 * over the separator the same way. Returns the matchers still pending.
 */
function explore(
  trie: Trie,
  start: number,
  reading: Reading,
  from: number,
  pending: number,
): number {
  const nodes = trie.nodes;
  const direct = trie.direct;
  const chars = reading.chars;
  const limit = reading.length;
  let top = 0;
  let node = start;
  let position = from;
  let step = ENTER;
  for (;;) {
    if (step !== ACCEPT && ((nodes[node * 4 + 2] ?? 0) & pending) !== 0) {
      const packed = nodes[node * 4 + 1] ?? 0;
      const here = flagsOf(chars[position] ?? 0);
      if (step === ENTER) {
        // The character edge, tried first.
        let next = -1;
        if (position < limit) {
          const char = chars[position] ?? 0;
          const only = nodes[node * 4] ?? -1;
          if (only >= 0) {
            if (packed >>> 8 === codeOf(char)) next = only;
          } else if (only < -1) {
            const column = columnOf(char);
            next =
              column >= 0
                ? (direct[(-2 - only) * DIRECT_COLUMNS + column] ?? -1)
                : trie.child(node, codeOf(char));
          }
        }
        if (next >= 0) {
          // What the node offers besides, for when the character's subtree has been tried.
          if (hasAlternatives(packed, here)) {
            top = push(top, node, position, (packed & BRANCHING) !== 0 ? AFTER_CHARACTER : ACCEPT);
          }
          node = next;
          position += 1;
          continue;
        }
      }
      // The alternatives to the character edge.
      if ((packed & (TERMINAL | OPTIONAL_SEPARATOR_EDGE | WILDCARD_EDGE)) === 0) {
        // A separator at most: the walk steps over it as over a character.
        if ((packed & SEPARATOR_EDGE) !== 0 && (here & SEPARATOR) !== 0) {
          node = trie.sep[node] ?? -1;
          position = afterSeparators(chars, position + 1);
          step = ENTER;
          continue;
        }
      } else if ((packed & BRANCHING) !== 0) {
        top = pushAlternatives(trie, node, chars, position, top);
      } else if ((here & WORD) === 0) {
        pending = accept(trie, node, position, pending);
        if (pending === 0) return 0;
      }
    } else if (step === ACCEPT) {
      pending = accept(trie, node, position, pending);
      if (pending === 0) return 0;
    }
    if (top === 0) return pending;
    top -= 1;
    node = stackNodes[top] ?? 0;
    position = stackPositions[top] ?? 0;
    step = stackSteps[top] ?? 0;
  }
}

/**
 * Where the run of separators from `position` ends: a separator is followed by a letter or digit,
 * so only the whole run can lead on.
 */
function afterSeparators(chars: Int32Array, position: number): number {
  while ((flagsOf(chars[position] ?? 0) & SEPARATOR) !== 0) position += 1;
  return position;
}

/**
 * Pushes what follows a branching node's character edge, last tried first; returns the top.
 * The range's end reads as a character of no kind (see Reading), so no loop passes it.
 */
function pushAlternatives(
  trie: Trie,
  node: number,
  chars: Int32Array,
  position: number,
  top: number,
): number {
  const here = flagsOf(chars[position] ?? 0);
  if ((trie.flags(node) & TERMINAL) !== 0 && (here & WORD) === 0) {
    top = push(top, node, position, ACCEPT);
  }
  const wild = trie.wild[node] ?? -1;
  if (wild >= 0) {
    // "*" is followed by a separator or the end of the term: only all the letters can lead on.
    let after = position;
    while ((flagsOf(chars[after] ?? 0) & LETTER) !== 0) after += 1;
    top = push(top, wild, after, ENTER);
  }
  const isSeparator = (here & SEPARATOR) !== 0;
  const optSep = trie.optSep[node] ?? -1;
  if (optSep >= 0) {
    top = push(top, optSep, position, ENTER);
    if (isSeparator) top = push(top, optSep, position + 1, ENTER);
  }
  const sep = trie.sep[node] ?? -1;
  if (sep >= 0 && isSeparator) top = push(top, sep, afterSeparators(chars, position + 1), ENTER);
  return top;
}

// ---- Reading a range ----

/** Whether 16-bit units over bytes written as UTF-16LE are the code units written. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A range of text as the walks read it, copied once into a typed array, each character folded and
 * with its flags (see READ): a character is read again by every walk that reaches it. Positions
 * count from the range's start. `chars[length]` is 0, a character of no kind: the range's end
 * reads as the end of a word and of a run of letters or separators, as it does to a regular
 * expression.
 */
class Reading {
  length = 0;
  chars = new Int32Array(257);
  /**
   * The range's code units, as Buffer.write copies them in one native call (UTF-16LE keeps each
   * unit as it is, a lone surrogate too). Sentences are slices of a two-byte article, titles
   * one-byte strings, and charCodeAt over both kinds is compiled well in some runs and at two to
   * three times the cost in others; the copy costs the same in every run.
   */
  private unitBytes = Buffer.alloc(0);
  private units = new Uint16Array(0);

  read(text: string, start: number, end: number): void {
    const length = Math.max(0, end - start);
    if (this.chars.length <= length) this.chars = new Int32Array(length * 2 + 1);
    const chars = this.chars;
    if (LITTLE_ENDIAN && start >= 0 && end <= text.length) {
      if (this.units.length < length) {
        // On an ArrayBuffer of its own: 16-bit units need an aligned start.
        const storage = new ArrayBuffer(length * 4);
        this.unitBytes = Buffer.from(storage);
        this.units = new Uint16Array(storage);
      }
      const range = start === 0 && end === text.length ? text : text.slice(start, end);
      this.unitBytes.write(range, 'utf16le');
      const units = this.units;
      for (let position = 0; position < length; position += 1) {
        chars[position] = READ[units[position] ?? 0] ?? 0;
      }
    } else {
      for (let position = 0; position < length; position += 1) {
        chars[position] = READ[text.charCodeAt(start + position)] ?? 0;
      }
    }
    chars[length] = 0;
    this.length = length;
  }

  /** The folded text of [start, end). */
  folded(start: number, end: number): string {
    let folded = '';
    for (let position = start; position < end; position += 1) {
      folded += String.fromCharCode(codeOf(this.chars[position] ?? 0));
    }
    return folded;
  }

  /** Whether [start, end) folds to `folded`. */
  spells(folded: string, start: number, end: number): boolean {
    if (folded.length !== end - start) return false;
    for (let position = start; position < end; position += 1) {
      if (codeOf(this.chars[position] ?? 0) !== folded.charCodeAt(position - start)) return false;
    }
    return true;
  }

  /** How many runs of whitespace lie inside [start, end): the words a match spans, less one. */
  innerSpaceRuns(start: number, end: number): number {
    const chars = this.chars;
    let runs = 0;
    for (let position = start + 1; position < end; position += 1) {
      if (
        (flagsOf(chars[position] ?? 0) & SPACE_WORD) !== 0 &&
        (flagsOf(chars[position - 1] ?? 0) & SPACE_WORD) === 0
      ) {
        runs += 1;
      }
    }
    return runs;
  }
}

// ---- Compiled matchers ----

const NO_SETS: readonly number[] = Object.freeze([]);
/** A matched text, folded, and the sets it resolved to. */
interface ResolvedText {
  text: string;
  sets: readonly number[];
}
const NO_VARIANTS: readonly ResolvedText[] = Object.freeze([]);
/** Texts remembered per node and matcher (see CompiledTerms.resolvedVariants). */
const VARIANTS_PER_NODE = 8;
/** Distinct matched texts remembered with their sets, per matcher; cleared past this. */
const RESOLUTION_CACHE_LIMIT = 20_000;

/**
 * Matchers compiled together: one trie for all their terms (and one per script of glued-on
 * prefixes). Sets are numbered across matchers: matcher m's set i is number firstSet[m] + i.
 */
export class CompiledTerms implements TermScanner {
  private readonly plain: Trie;
  /** Terms with glued-on prefixes, by the class of letters the prefix may hold. */
  private readonly glued: { letters: number; trie: Trie }[];
  /** Folded characters at which some term may start (the root's or a glued prefix's). */
  private readonly starts = new Uint8Array(65536);
  /** Folded characters at which a term with a glued-on prefix may start. */
  private readonly gluedStarts = new Uint8Array(65536);
  private readonly firstSet: number[];
  private readonly matcherCount: number;
  /** Per matcher, the sets of the texts resolved so far. */
  private readonly resolutions: Map<string, readonly number[]>[];
  /**
   * By node of the plain trie and matcher (node * matcherCount + matcher), the sets a match
   * ending there resolved to, when the node reads characters only (CHARACTERS_ONLY): every match
   * ending there has the same text, so the node tells its sets without the text being cut out
   * and looked up. A flat array, as a nested one would cost a load more.
   */
  private readonly resolvedSets: (readonly number[] | undefined)[];
  /**
   * By the same slot, at any other node, the last texts (folded) resolved there with their sets,
   * newest last (what a text resolves to depends on its folded characters alone). Such a node
   * meets a few texts in turn ("armenia*": "armenia", "armenian"; "attack*": "attack",
   * "attacks", "attacked"), and one remembered would be replaced at nearly every match.
   */
  private readonly resolvedVariants: (ResolvedText[] | undefined)[];
  /** Per node and matcher, the matcher's own numbers of the sets ending there (made on use). */
  private readonly ownSets = new Map<Trie, Map<number, readonly number[]>>();
  /** Scratch for resolving a match: the sets found so far, or the one node list found. */
  private found: number[] | null = null;
  private foundFrom: readonly number[] | null = null;
  private resolving = 0;
  private readonly resume: Int32Array;
  /** The range being scanned (one scan at a time: a visitor must not scan with this scanner). */
  private readonly reading = new Reading();

  constructor(matchers: readonly (readonly TermSet[])[]) {
    if (matchers.length > 31) throw new Error('at most 31 matchers compile together');
    this.matcherCount = matchers.length;
    this.firstSet = [];
    const matcherOf: number[] = [];
    matchers.forEach((sets, matcher) => {
      this.firstSet.push(matcherOf.length);
      for (let index = 0; index < sets.length; index += 1) matcherOf.push(matcher);
    });
    this.firstSet.push(matcherOf.length);
    const plain = new TrieBuilder();
    const glued = new Map<number, TrieBuilder>();
    matchers.forEach((sets, matcher) => {
      sets.forEach((set, index) => {
        const number = (this.firstSet[matcher] ?? 0) + index;
        for (const term of set.terms) {
          const { tokens, gluedPrefix } = tokenize(term, set.id);
          if (!gluedPrefix) {
            plain.insert(tokens, number);
            continue;
          }
          // Glued-on prefixes are letters of the term's own script ("وال" before an Arabic noun).
          const first = tokens[0];
          const firstFlags = first?.kind === 'char' ? (FLAGS[first.code] ?? 0) : 0;
          const letters = GLUING_SCRIPTS.find((script) => (firstFlags & script) !== 0) ?? LETTER;
          const builder = glued.get(letters) ?? new TrieBuilder();
          glued.set(letters, builder);
          builder.insert(tokens, number);
        }
      });
    });
    const matcherOfSet = (set: number): number => matcherOf[set] ?? 0;
    this.plain = new Trie(plain, matcherOfSet);
    this.glued = [...glued].map(([letters, builder]) => ({
      letters,
      trie: new Trie(builder, matcherOfSet),
    }));
    for (let code = 0; code < 65536; code += 1) {
      const folded = FOLD[code] ?? 0;
      if ((this.plain.rootChars[folded] ?? -1) >= 0) this.starts[folded] = 1;
      for (const { letters, trie } of this.glued) {
        if (((FLAGS[code] ?? 0) & letters) !== 0 || (trie.rootChars[folded] ?? -1) >= 0) {
          this.starts[folded] = 1;
          this.gluedStarts[folded] = 1;
        }
      }
    }
    this.resume = new Int32Array(matchers.length);
    this.resolutions = matchers.map(() => new Map());
    const slots = this.plain.ends.length * matchers.length;
    this.resolvedSets = new Array<undefined>(slots).fill(undefined);
    this.resolvedVariants = new Array<undefined>(slots).fill(undefined);
  }

  scanRange(text: string, start: number, end: number, visit: HitVisitor): void {
    this.scan(text, start, end, visit);
  }

  findsAny(text: string, start: number, end: number): boolean {
    return this.scan(text, start, end, null);
  }

  /** Visits every match, or with no visitor stops at the first; true when there was one. */
  private scan(text: string, start: number, end: number, visit: HitVisitor | null): boolean {
    const reading = this.reading;
    reading.read(text, start, end);
    const { chars, length } = reading;
    const starts = this.starts;
    const resume = this.resume;
    resume.fill(0);
    // Where the last match of any matcher ends: before it, some matcher may still be inside one.
    let busyUntil = 0;
    const all = (1 << this.matcherCount) - 1;
    let any = false;
    // The index of the whitespace-separated word being read, and whether whitespace was read
    // last (the next other character begins a word).
    let word = -1;
    let inSpace = true;
    for (let next = 0; next < length;) {
      const flags = flagsOf(chars[next] ?? 0);
      if ((flags & (WORD | UNSPACED)) === 0) {
        if ((flags & SPACE_WORD) !== 0) inSpace = true;
        else if (inSpace) {
          word += 1;
          inSpace = false;
        }
        next += 1;
        continue;
      }
      if (inSpace) {
        word += 1;
        inSpace = false;
      }
      // A word starts here: the next may start after its end (the range's end stops the loop);
      // in a script without spaces, at the next letter.
      const position = next;
      next += 1;
      while ((flagsOf(chars[next] ?? 0) & WORD) !== 0) next += 1;
      if (starts[codeOf(chars[position] ?? 0)] === 0) continue;
      let wanted = all;
      if (position < busyUntil) {
        for (let matcher = 0; matcher < this.matcherCount; matcher += 1) {
          if ((resume[matcher] ?? 0) > position) wanted &= ~(1 << matcher);
        }
        if (wanted === 0) continue;
      }
      const found = this.matchAt(position, wanted);
      if (found === 0) continue;
      any = true;
      if (visit === null) return true;
      for (let rest = found; rest !== 0; rest &= rest - 1) {
        const matcher = 31 - Math.clz32(rest & -rest);
        const finish = matchEnd[matcher] ?? position;
        resume[matcher] = finish;
        if (finish > busyUntil) busyUntil = finish;
        const sets = this.resolve(matcher, matchNode[matcher] ?? -1, text, start, position, finish);
        const endWord = word + reading.innerSpaceRuns(position, finish);
        visit(matcher, start + position, start + finish, sets, word, endWord);
      }
    }
    return any;
  }

  /** Bit m set when matcher m (one of `wanted`) has a match at `start`; its end in matchEnd. */
  private matchAt(start: number, wanted: number): number {
    const reading = this.reading;
    const plain = this.plain;
    const firstChar = reading.chars[start] ?? 0;
    const folded = codeOf(firstChar);
    const firstColumn = columnOf(firstChar);
    // The range's end reads as 0, which has no column.
    const secondColumn = columnOf(reading.chars[start + 1] ?? 0);
    let pending = wanted;
    let node = -1;
    if (firstColumn >= 0 && secondColumn >= 0) {
      const after = plain.afterPair[firstColumn * DIRECT_COLUMNS + secondColumn] ?? -1;
      if (after >= 0) node = plain.descend(after, reading, start + 2, pending);
      else if (after === FROM_FIRST) {
        node = plain.descend(plain.rootChars[folded] ?? -1, reading, start + 1, pending);
      }
    } else {
      const first = plain.rootChars[folded] ?? -1;
      if (first >= 0) node = plain.descend(first, reading, start + 1, pending);
    }
    if (node >= 0) pending = explore(plain, node, reading, descentEnd, pending);
    if (pending !== 0 && this.gluedStarts[folded] === 1) {
      const plainPending = pending;
      pending = this.matchGlued(start, pending);
      // Matches with a prefix: the node does not tell the text.
      for (let found = plainPending & ~pending; found !== 0; found &= found - 1) {
        matchNode[31 - Math.clz32(found & -found)] = -1;
      }
    }
    return wanted & ~pending;
  }

  /** Terms with glued-on prefixes at `start`; returns the matchers still pending. */
  private matchGlued(start: number, pending: number): number {
    const reading = this.reading;
    const chars = reading.chars;
    const folded = codeOf(chars[start] ?? 0);
    for (const { letters, trie } of this.glued) {
      if (pending === 0) break;
      const prefixLetter = (flagsOf(chars[start] ?? 0) & letters) !== 0;
      if (!prefixLetter && (trie.rootChars[folded] ?? -1) < 0) continue;
      // "{0,3}" is greedy: the longest prefix is tried first.
      let prefix = 0;
      while (prefix < 3 && (flagsOf(chars[start + prefix] ?? 0) & letters) !== 0) prefix += 1;
      for (; prefix >= 0 && pending !== 0; prefix -= 1) {
        pending = explore(trie, 0, reading, start + prefix, pending);
      }
    }
    return pending;
  }

  /**
   * Matcher `matcher`'s sets with a term that matches exactly the range's [start, end), a match
   * that ended at `node` of the plain trie (-1 when it is not known).
   */
  private resolve(
    matcher: number,
    node: number,
    text: string,
    offset: number,
    start: number,
    end: number,
  ): readonly number[] {
    const slot = node * this.matcherCount + matcher;
    const charactersOnly = node >= 0 && (this.plain.flags(node) & CHARACTERS_ONLY) !== 0;
    if (charactersOnly) {
      const known = this.resolvedSets[slot];
      if (known !== undefined) return known;
    } else if (node >= 0) {
      const variants = this.resolvedVariants[slot] ?? NO_VARIANTS;
      for (let index = variants.length - 1; index >= 0; index -= 1) {
        const variant = variants[index] as ResolvedText;
        if (this.reading.spells(variant.text, start, end)) return variant.sets;
      }
    }
    // News repeats its words: a text resolved once is looked up after.
    const cache = this.resolutions[matcher] as Map<string, readonly number[]>;
    const key = text.slice(offset + start, offset + end);
    let sets = cache.get(key);
    if (!sets) {
      sets = this.collectSets(matcher, text, offset + start, offset + end);
      if (cache.size >= RESOLUTION_CACHE_LIMIT) cache.clear();
      cache.set(key, sets);
    }
    if (charactersOnly) this.resolvedSets[slot] = sets;
    else if (node >= 0) {
      const variants = this.resolvedVariants[slot] ?? [];
      if (variants.length === VARIANTS_PER_NODE) variants.shift();
      variants.push({ text: this.reading.folded(start, end), sets });
      this.resolvedVariants[slot] = variants;
    }
    return sets;
  }

  private collectSets(
    matcher: number,
    text: string,
    start: number,
    end: number,
  ): readonly number[] {
    this.found = null;
    this.foundFrom = null;
    this.resolving = 1 << matcher;
    this.collect(this.plain, 0, text, start, end);
    for (const { letters, trie } of this.glued) {
      for (let prefix = 0; prefix <= 3 && start + prefix <= end; prefix += 1) {
        this.collect(trie, 0, text, start + prefix, end);
        const code = text.charCodeAt(start + prefix);
        if (start + prefix >= end || ((FLAGS[code] ?? 0) & letters) === 0) break;
      }
    }
    const merged = this.found as number[] | null;
    return merged ? merged.sort((a, b) => a - b) : (this.foundFrom ?? NO_SETS);
  }

  /** Adds the sets of every path from `node` that consumes exactly text[position, end). */
  private collect(trie: Trie, node: number, text: string, position: number, end: number): void {
    if ((trie.subtreeMatchers(node) & this.resolving) === 0) return;
    if (position === end && (trie.terminalMatchers(node) & this.resolving) !== 0) {
      this.addSets(trie, node);
    }
    if (position < end) {
      const next = trie.child(node, FOLD[text.charCodeAt(position)] ?? 0);
      if (next >= 0) this.collect(trie, next, text, position + 1, end);
    }
    if ((trie.flags(node) & BRANCHING) === 0) return;
    const isSeparator =
      position < end && ((FLAGS[text.charCodeAt(position)] ?? 0) & SEPARATOR) !== 0;
    const sep = trie.sep[node] ?? -1;
    if (sep >= 0 && isSeparator) {
      let after = position + 1;
      while (after < end && ((FLAGS[text.charCodeAt(after)] ?? 0) & SEPARATOR) !== 0) {
        this.collect(trie, sep, text, after, end);
        after += 1;
      }
      this.collect(trie, sep, text, after, end);
    }
    const optSep = trie.optSep[node] ?? -1;
    if (optSep >= 0) {
      if (isSeparator) this.collect(trie, optSep, text, position + 1, end);
      this.collect(trie, optSep, text, position, end);
    }
    const wild = trie.wild[node] ?? -1;
    if (wild >= 0) {
      let after = position;
      this.collect(trie, wild, text, after, end);
      while (after < end && ((FLAGS[text.charCodeAt(after)] ?? 0) & LETTER) !== 0) {
        after += 1;
        this.collect(trie, wild, text, after, end);
      }
    }
  }

  /** Adds the sets of a node that belong to the matcher being resolved. */
  private addSets(trie: Trie, node: number): void {
    const own = this.ownSetsOf(trie, node);
    if (this.found === null) {
      if (this.foundFrom === null || this.foundFrom === own) {
        this.foundFrom = own;
        return;
      }
      this.found = [...this.foundFrom];
    }
    for (const number of own) if (!this.found.includes(number)) this.found.push(number);
  }

  /** The resolving matcher's own numbers of the sets whose terms end at `node`. */
  private ownSetsOf(trie: Trie, node: number): readonly number[] {
    const matcher = 31 - Math.clz32(this.resolving);
    let byKey = this.ownSets.get(trie);
    if (!byKey) {
      byKey = new Map();
      this.ownSets.set(trie, byKey);
    }
    const key = node * 32 + matcher;
    let own = byKey.get(key);
    if (!own) {
      const from = this.firstSet[matcher] ?? 0;
      const to = this.firstSet[matcher + 1] ?? 0;
      own = Object.freeze(
        (trie.ends[node] ?? NO_SETS)
          .filter((number) => number >= from && number < to)
          .map((number) => number - from),
      );
      byKey.set(key, own);
    }
    return own;
  }
}

/** One matcher on its own, with the simple interface. */
class SingleMatcher implements TermMatcher {
  private readonly compiled: CompiledTerms;

  constructor(sets: readonly TermSet[]) {
    this.compiled = new CompiledTerms([sets]);
  }

  scan(text: string): TermHit[] {
    const hits: TermHit[] = [];
    this.compiled.scanRange(text, 0, text.length, (_matcher, start, end, sets) => {
      hits.push({ sets, start, end, text: foldText(text.slice(start, end)) });
    });
    return hits;
  }

  scanEach(texts: readonly string[]): TermHit[][] {
    return texts.map((text) => this.scan(text));
  }
}

export function compileTermMatcher(sets: readonly TermSet[]): TermMatcher {
  return new SingleMatcher(sets);
}

/** Several matchers that scan a text in one pass (at most 31). */
export function compileTermScanner(matchers: readonly (readonly TermSet[])[]): TermScanner {
  return new CompiledTerms(matchers);
}
