// Splits plain text into sentences. Line breaks end a sentence unless the line was hard-wrapped
// mid-sentence; inside a line, a full stop ends a sentence unless it closes an abbreviation, an
// initial or a number.

/** Words that take a full stop and are followed by a name or a number, never a new sentence. */
const ALWAYS_ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'brig',
  'adm',
  'cmdr',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'rev',
  'pres',
  'supt',
  'st',
  'mt',
  'ft',
  'hon',
  'vs',
  'approx',
  'dept',
  'ont',
  'calif',
  'ariz',
]);
/** Months and similar words: abbreviated before a number ("Dec. 2"), sentence-final otherwise. */
const ABBREVIATED_BEFORE_NUMBER = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'est',
  'fig',
  'vol',
  'p',
  'pp',
]);
/** After an initialism such as "U.S." a new sentence is likely only when one of these follows. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'but',
  'and',
  'this',
  'that',
  'these',
  'those',
  'there',
  'however',
  'meanwhile',
  'his',
  'her',
  'its',
  'their',
  'our',
  'after',
  'before',
  'as',
  'when',
  'while',
  'since',
  'according',
  'earlier',
  'later',
  'last',
]);
/** A line ending in one of these was wrapped mid-sentence. */
const CONTINUING_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'as',
  'its',
  'their',
  'his',
  'her',
  'into',
  'than',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'be',
  'been',
  'not',
]);

/** Characters that end a line that is not wrapped. */
const LINE_END_PUNCTUATION = new Set('.!?:;"”»)]。！？؟।…');
/** Characters that end a line wrapped mid-sentence. */
const LINE_CONTINUATION = new Set(',-–');
const CANDIDATE_BOUNDARY = /[.!?。！？؟।…]+["'”’»)\]]*(?=\s)/g;
/** Read at the end of a boundary candidate: the next word, after an opening quote if any. */
const NEXT_WORD = /\s+(["'“‘«([]?)([\p{L}\p{N}]+)/uy;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
const LINE_SEPARATOR = /\r?\n|\r|\u2028|\u2029/;

/** The sentences of `text`, in order; at most `limit` of them (the first ones). */
export function splitSentences(text: string, limit = Infinity): string[] {
  const sentences: string[] = [];
  for (const line of unwrapLines(text)) {
    for (const sentence of splitLine(line)) {
      const trimmed = sentence.trim();
      if (trimmed !== '') sentences.push(trimmed);
      if (sentences.length >= limit) return sentences;
    }
  }
  return sentences;
}

/** Joins lines that a hard wrap split inside a sentence; keeps every other line break. */
function unwrapLines(text: string): string[] {
  const lines = text.split(LINE_SEPARATOR);
  const joined: string[] = [];
  let current = '';
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') {
      if (current !== '') joined.push(current);
      current = '';
      continue;
    }
    if (current !== '' && continuesOnNextLine(current, line)) {
      current = `${current} ${line}`;
    } else {
      if (current !== '') joined.push(current);
      current = line;
    }
  }
  if (current !== '') joined.push(current);
  return joined;
}

/** `line` and `next` are trimmed and not empty. */
function continuesOnNextLine(line: string, next: string): boolean {
  const last = line.charAt(line.length - 1);
  if (LINE_END_PUNCTUATION.has(last)) return false;
  if (LINE_CONTINUATION.has(last)) return true;
  if (/^[\p{Ll}\p{N}]/u.test(next) && line.length >= 30) return true;
  if (line.length < 30) return false;
  return CONTINUING_WORDS.has(wordBefore(line, line.length).toLowerCase());
}

function splitLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  CANDIDATE_BOUNDARY.lastIndex = 0;
  for (let match = CANDIDATE_BOUNDARY.exec(line); match; match = CANDIDATE_BOUNDARY.exec(line)) {
    const end = match.index + match[0].length;
    if (endsSentence(line, match.index, match[0], end)) {
      parts.push(line.slice(start, end));
      start = end;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

function endsSentence(line: string, at: number, punctuation: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(line);
  if (!next) return false;
  const nextWord = next[2] ?? '';
  const opensQuote = (next[1] ?? '') !== '';
  const firstChar = nextWord.charAt(0);
  // A lower-case continuation ("said Dec. 2, he said.") is never a new sentence.
  if (!opensQuote && firstChar !== firstChar.toUpperCase()) return false;
  if (!punctuation.startsWith('.') || punctuation.startsWith('..')) return true;

  const before = wordBefore(line, at);
  const word = before.toLowerCase();
  if (ALWAYS_ABBREVIATED.has(word)) return false;
  if (ABBREVIATED_BEFORE_NUMBER.has(word)) return !/^\p{N}/u.test(nextWord);
  // A single capital letter is an initial ("Donald J. Trump", "F.W. Johnson").
  if (/^\p{Lu}$/u.test(before)) return false;
  // An initialism ("U.S.", "U.N."): a new sentence only when a typical opening word follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return true;
}

/** The word (letters, digits and inner dots) that ends just before `at`. */
function wordBefore(line: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 40 && isWordChar(line, start - 1)) start -= 1;
  return line.slice(start, at);
}

/** A letter, digit or dot: ASCII decided at once, the rest by Unicode class. */
function isWordChar(line: string, index: number): boolean {
  const code = line.charCodeAt(index);
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x2e
    );
  }
  return WORD_CHAR.test(line.charAt(index));
}
