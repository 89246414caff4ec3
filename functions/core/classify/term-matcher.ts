// Compiles sets of terms (the ruleset's term syntax) into one regular expression built as a trie,
// so a text is scanned once whatever the number of terms, and each position tries one branch per
// character. A match is then resolved to the sets that list it.
//
// Term syntax: words match whole, case-insensitively; a space matches a run of spaces or hyphens;
// a hyphen an optional hyphen or space; "*" ending a word any further letters; "*" starting a
// term up to three letters glued on before it (Arabic articles and prepositions).

// The scan runs on lower-cased text without the regular-expression "u" flag, whose Unicode
// classes and case folding cost most of the speed: punctuation and symbols above ASCII are first
// turned into spaces (typographic apostrophes into "'"), so that every remaining character from
// U+00C0 up is a letter or a digit of some script.
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const NON_ASCII_PUNCTUATION =
  /[\u0080-\u00bf\u00d7\u00f7\u02b9-\u02df\u2000-\u2bff\u3000-\u303f\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965\ufe30-\ufe6b\ufeff\uff00-\uff0f\uff1a-\uff20\ud800-\udfff]/g;
const LETTER = '[a-z\\u00c0-\\uffff]';
const WORD_CHAR = '[a-z0-9\\u00c0-\\uffff]';
const ARABIC_LETTER = '[\\u0620-\\u064a]';
const SEPARATOR = '[\\s\\-]+';
const OPTIONAL_SEPARATOR = '[\\s\\-]?';
const APOSTROPHE = "'";
/** Distinct matched texts remembered with their resolution; cleared when it grows past this. */
const RESOLUTION_CACHE_LIMIT = 50_000;

export interface TermSet {
  id: string;
  terms: readonly string[];
}

export interface TermHit {
  /** Indices of the sets whose terms match this text, in the order the sets were given. */
  sets: readonly number[];
  start: number;
  end: number;
  text: string;
}

export interface TermMatcher {
  /** Every match in `text`, left to right; at one place the longest term wins. */
  scan(text: string): TermHit[];
  /**
   * The matches of each text, from one scan of them all (cheaper than one scan each); offsets
   * are relative to each text, and no match runs from one text into the next.
   */
  scanEach(texts: readonly string[]): TermHit[][];
}

/** Joins the texts of one scan: not a space, so no term runs across it. */
const TEXT_JOIN = '\u0000';

type Token = { kind: 'char'; char: string } | { kind: 'sep' | 'opt-sep' | 'wild' | 'apostrophe' };

interface TrieNode {
  children: Map<string, { token: Token; node: TrieNode }>;
  terminal: boolean;
}

export function compileTermMatcher(sets: readonly TermSet[]): TermMatcher {
  const root: TrieNode = { children: new Map(), terminal: false };
  const prefixed = new Map<string, TrieNode>();
  const anchored = sets.map((set) => {
    const sources = set.terms.map((term) => {
      const { tokens, gluedPrefix } = tokenize(term, set.id);
      if (!gluedPrefix) {
        insert(root, tokens);
        return tokensSource(tokens);
      }
      // Glued-on prefixes are letters of the term's own script ("وال" before an Arabic noun).
      const prefix = gluedPrefixClass(tokens);
      const node = prefixed.get(prefix) ?? { children: new Map(), terminal: false };
      prefixed.set(prefix, node);
      insert(node, tokens);
      return `${prefix}{0,3}${tokensSource(tokens)}`;
    });
    return new RegExp(`^(?:${sources.join('|')})$`);
  });

  const branches = [trieSource(root)];
  for (const [prefix, node] of prefixed) branches.push(`${prefix}{0,3}${trieSource(node)}`);
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${branches.join('|')})(?!${WORD_CHAR})`, 'g');
  const cache = new Map<string, readonly number[]>();

  function resolve(text: string): readonly number[] {
    let found = cache.get(text);
    if (found === undefined) {
      found = anchored.flatMap((regex, index) => (regex.test(text) ? [index] : []));
      if (cache.size >= RESOLUTION_CACHE_LIMIT) cache.clear();
      cache.set(text, found);
    }
    return found;
  }

  function scan(text: string): TermHit[] {
    const lower = text
      .toLowerCase()
      .replace(TYPOGRAPHIC_APOSTROPHES, "'")
      .replace(NON_ASCII_PUNCTUATION, ' ');
    const hits: TermHit[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const sets = resolve(match[0]);
      if (sets.length > 0) {
        hits.push({ sets, start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
    return hits;
  }

  return {
    scan,
    scanEach(texts: readonly string[]): TermHit[][] {
      const byText: TermHit[][] = texts.map(() => []);
      let index = 0;
      let start = 0;
      let end = texts[0]?.length ?? 0;
      for (const hit of scan(texts.join(TEXT_JOIN))) {
        while (hit.start >= end && index < texts.length - 1) {
          index += 1;
          start = end + TEXT_JOIN.length;
          end = start + (texts[index]?.length ?? 0);
        }
        byText[index]?.push({ ...hit, start: hit.start - start, end: hit.end - start });
      }
      return byText;
    },
  };
}

function gluedPrefixClass(tokens: readonly Token[]): string {
  const first = tokens[0];
  return first?.kind === 'char' && new RegExp(`^${ARABIC_LETTER}$`).test(first.char)
    ? ARABIC_LETTER
    : LETTER;
}

function tokenize(term: string, setId: string): { tokens: Token[]; gluedPrefix: boolean } {
  const trimmed = term.trim().toLowerCase().replace(/\s+/g, ' ');
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
    else if (char === "'" || char === '\u2019') tokens.push({ kind: 'apostrophe' });
    else tokens.push({ kind: 'char', char });
  }
  return { tokens, gluedPrefix };
}

function tokenKey(token: Token): string {
  return token.kind === 'char' ? `c${token.char}` : token.kind;
}

function insert(root: TrieNode, tokens: Token[]): void {
  let node = root;
  for (const token of tokens) {
    const key = tokenKey(token);
    let edge = node.children.get(key);
    if (!edge) {
      edge = { token, node: { children: new Map(), terminal: false } };
      node.children.set(key, edge);
    }
    node = edge.node;
  }
  node.terminal = true;
}

function tokenSource(token: Token): string {
  switch (token.kind) {
    case 'char':
      return token.char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    case 'sep':
      return SEPARATOR;
    case 'opt-sep':
      return OPTIONAL_SEPARATOR;
    case 'apostrophe':
      return APOSTROPHE;
    case 'wild':
      return `${LETTER}*`;
  }
}

function tokensSource(tokens: Token[]): string {
  return tokens.map(tokenSource).join('');
}

/**
 * Literal letters come before separators and wildcards, and the end of a term comes last, so the
 * first match the engine finds at a position is the longest one.
 */
function trieSource(node: TrieNode): string {
  const edges = [...node.children.values()].sort((a, b) => edgeRank(a.token) - edgeRank(b.token));
  const alternatives = edges.map((edge) => `${tokenSource(edge.token)}${trieSource(edge.node)}`);
  if (alternatives.length === 0) return '';
  if (node.terminal) alternatives.push('');
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
}

function edgeRank(token: Token): number {
  return token.kind === 'char' ? 0 : token.kind === 'wild' ? 2 : 1;
}
