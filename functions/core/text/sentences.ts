// Splits plain text into sentences. Line breaks end a sentence unless the line was hard-wrapped
// mid-sentence; inside a line, a full stop ends a sentence unless it closes an abbreviation, an
// initial or a number.
import { isWhitespace } from './whitespace.js';

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
/** Longer words that end in a full stop end a sentence, unless they hold dots themselves. */
const LONGEST_ABBREVIATION = Math.max(
  ...[...ALWAYS_ABBREVIATED, ...ABBREVIATED_BEFORE_NUMBER].map((word) => word.length),
);
const FULL_STOP = 0x2e;
/** Characters that end a line that is not wrapped. */
const LINE_END_PUNCTUATION = new Set('.!?:;"”»)]。！？؟।…։۔።။។');
/** Characters that end a line wrapped mid-sentence. */
const LINE_CONTINUATION = new Set(',-–');
/**
 * Characters that end a sentence: besides the Latin, Chinese and Arabic ones, the Devanagari
 * danda, and the full stops of Armenian "։", Urdu "۔", Ge'ez "።", Burmese "။" and Khmer "។". A
 * boundary candidate, where a sentence may end, is a run of them, then any closing quotes or
 * brackets, then a space; it never spans a line break.
 */
const SENTENCE_ENDS = '.!?。！？؟।…։۔።။។';

function codesOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}

const SENTENCE_END_CODES = codesOf(SENTENCE_ENDS);
/** What may close a sentence after its punctuation: `said." He` or `ambush.” Two`. */
const CLOSING_QUOTE_CODES = codesOf('"\'”’»)]');
/** What may open the word after a boundary ("He said. “We…"). */
const OPENING_QUOTE_CODES = codesOf('"\'“‘«([');
/** Tests at one position for what ASCII cannot decide: sticky, so they read nothing else. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LOWER_CASE_OR_NUMBER = /[\p{Ll}\p{N}]/uy;
const NUMBER = /\p{N}/uy;
const WORD = /[\p{L}\p{N}]+/uy;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
const LINE_SEPARATOR = /\r\n?|\n|\u2028|\u2029/g;
/** A line this short is a heading or a list item, not half of a wrapped sentence. */
const MIN_WRAPPED_LENGTH = 30;

/** The sentences of `text`, in order; at most `limit` of them (the first ones). */
export function splitSentences(text: string, limit = Infinity): string[] {
  const sentences: string[] = [];
  const lines = new LineCursor(text);
  const boundaries = new BoundaryCursor(text);
  // The paragraph being read: the [start, end) of each of its lines, trimmed; lines after the
  // first continue a sentence that a hard wrap split, and read as if joined by a space.
  let paragraph: number[] | undefined;
  let paragraphLength = 0;
  while (lines.next()) {
    const { start, end } = lines;
    const blank = start === end;
    if (paragraph && (blank || !continues(text, paragraph, paragraphLength, start))) {
      if (splitParagraph(text, paragraph, boundaries, sentences, limit)) return sentences;
      paragraph = undefined;
    }
    if (blank) continue;
    if (paragraph) {
      paragraph.push(start, end);
      paragraphLength += 1 + end - start;
    } else {
      paragraph = [start, end];
      paragraphLength = end - start;
    }
  }
  if (paragraph) splitParagraph(text, paragraph, boundaries, sentences, limit);
  return sentences;
}

/**
 * Adds the sentences of one paragraph (its lines' bounds in `lines`) to `sentences`; true once
 * they number `limit`.
 */
function splitParagraph(
  text: string,
  lines: readonly number[],
  boundaries: BoundaryCursor,
  sentences: string[],
  limit: number,
): boolean {
  const paragraphEnd = lines[lines.length - 1] ?? 0;
  let sentenceStart = lines[0] ?? 0;
  while (boundaries.at < sentenceStart) boundaries.next();
  for (; boundaries.at < paragraphEnd; boundaries.next()) {
    const { at, end } = boundaries;
    // A boundary at the very end of the paragraph has nothing after it to begin a sentence.
    if (end < paragraphEnd && endsSentence(text, at, end)) {
      addSentence(text, lines, sentenceStart, end, sentences);
      sentenceStart = end;
      if (sentences.length >= limit) return true;
    }
  }
  addSentence(text, lines, sentenceStart, paragraphEnd, sentences);
  return sentences.length >= limit;
}

/** The text from `start` to `end` without the spaces around it, each line break a single space. */
function addSentence(
  text: string,
  lines: readonly number[],
  start: number,
  end: number,
  sentences: string[],
): void {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to -= 1;
  if (from === to) return;
  if (lines.length === 2) {
    sentences.push(text.slice(from, to));
    return;
  }
  let sentence = '';
  for (let index = 0; index < lines.length; index += 2) {
    const lineStart = Math.max(lines[index] ?? 0, from);
    const lineEnd = Math.min(lines[index + 1] ?? 0, to);
    if (lineStart >= lineEnd) continue;
    sentence +=
      sentence === '' ? text.slice(lineStart, lineEnd) : ` ${text.slice(lineStart, lineEnd)}`;
  }
  sentences.push(sentence);
}

/**
 * Whether the line starting at `next` continues the paragraph `lines` (`length` characters
 * when joined): the paragraph's last line was wrapped mid-sentence.
 */
function continues(text: string, lines: readonly number[], length: number, next: number): boolean {
  const end = lines[lines.length - 1] ?? 0;
  const last = text.charAt(end - 1);
  if (LINE_END_PUNCTUATION.has(last)) return false;
  if (LINE_CONTINUATION.has(last)) return true;
  if (length < MIN_WRAPPED_LENGTH) return false;
  if (startsLowerCaseOrNumber(text, next)) return true;
  return CONTINUING_WORDS.has(wordBefore(text, end).toLowerCase());
}

/** Whether the boundary candidate [at, end) ends a sentence: read from the word after it. */
function endsSentence(text: string, at: number, end: number): boolean {
  // The candidate is followed by a space, and the paragraph goes on after the spaces.
  let next = end;
  while (isWhitespace(text.charCodeAt(next))) next += 1;
  const opensQuote = OPENING_QUOTE_CODES.has(text.charCodeAt(next)) && startsWord(text, next + 1);
  if (opensQuote) next += 1;
  else if (!startsWord(text, next)) return false;
  // A lower-case continuation ("said Dec. 2, he said.") is never a new sentence.
  if (!opensQuote && startsLowerCase(text, next)) return false;
  if (text.charCodeAt(at) !== FULL_STOP || text.charCodeAt(at + 1) === FULL_STOP) return true;

  const before = wordBefore(text, at);
  // Abbreviations are short; an initial is one letter and an initialism has dots inside.
  const dotted = before.includes('.');
  if (!dotted && before.length > LONGEST_ABBREVIATION) return true;
  const word = before.toLowerCase();
  if (ALWAYS_ABBREVIATED.has(word)) return false;
  if (ABBREVIATED_BEFORE_NUMBER.has(word)) return !startsNumber(text, next);
  if (!dotted && before.length > 2) return true;
  // A single capital letter is an initial ("Donald J. Trump", "F.W. Johnson").
  if (/^\p{Lu}$/u.test(before)) return false;
  // An initialism ("U.S.", "U.N."): a new sentence only when a typical opening word follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) {
    return SENTENCE_STARTERS.has(wordAt(text, next).toLowerCase());
  }
  return true;
}

/** The word (letters, digits and inner dots) that ends just before `at`. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 40 && isWordChar(text, start - 1)) start -= 1;
  return text.slice(start, at);
}

/** The letters and digits from `index` on. */
function wordAt(text: string, index: number): string {
  WORD.lastIndex = index;
  return WORD.exec(text)?.[0] ?? '';
}

/** A letter, digit or dot: ASCII decided at once, the rest by Unicode class. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetterOrDigit(code) || code === FULL_STOP;
  return WORD_CHAR.test(text.charAt(index));
}

function startsWord(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetterOrDigit(code);
  return matchesAt(LETTER_OR_NUMBER, text, index);
}

function startsLowerCase(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const char = text.charAt(index);
  return char !== char.toUpperCase();
}

function startsLowerCaseOrNumber(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return matchesAt(LOWER_CASE_OR_NUMBER, text, index);
}

function startsNumber(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return matchesAt(NUMBER, text, index);
}

function matchesAt(sticky: RegExp, text: string, index: number): boolean {
  sticky.lastIndex = index;
  return sticky.test(text);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/** The lines of a text one by one, as the [start, end) of each without its surrounding spaces. */
class LineCursor {
  start = 0;
  end = 0;
  private nextStart = 0;
  /** Most texts break lines with \n alone, which indexOf finds fastest. */
  private readonly newlinesOnly: boolean;

  constructor(private readonly text: string) {
    this.newlinesOnly =
      !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
  }

  next(): boolean {
    const text = this.text;
    if (this.nextStart > text.length) return false;
    let start = this.nextStart;
    let end: number;
    if (this.newlinesOnly) {
      const newline = text.indexOf('\n', start);
      end = newline === -1 ? text.length : newline;
      this.nextStart = end + 1;
    } else {
      LINE_SEPARATOR.lastIndex = start;
      const separator = LINE_SEPARATOR.exec(text);
      end = separator ? separator.index : text.length;
      this.nextStart = separator ? separator.index + separator[0].length : text.length + 1;
    }
    while (start < end && isWhitespace(text.charCodeAt(start))) start += 1;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
    this.start = start;
    this.end = end;
    return true;
  }
}

/** The sentence boundary candidates of a text in order, found as they are needed. */
class BoundaryCursor {
  /** The current candidate's [at, end); at is the text's length once there are no more. */
  at = -1;
  end = 0;
  /**
   * The sentence-ending characters the text holds and where each occurs next (the text's length
   * once it does not any more): indexOf finds one character far faster than a regular
   * expression finds any of several.
   */
  private readonly ends: string[] = [];
  private readonly nextEnds: number[] = [];

  constructor(private readonly text: string) {
    for (const char of SENTENCE_ENDS) {
      const index = text.indexOf(char);
      if (index === -1) continue;
      this.ends.push(char);
      this.nextEnds.push(index);
    }
    this.next();
  }

  next(): void {
    const text = this.text;
    const length = text.length;
    for (let at = this.nextSentenceEnd(this.end); at < length;) {
      let end = at + 1;
      while (end < length && SENTENCE_END_CODES.has(text.charCodeAt(end))) end += 1;
      while (end < length && CLOSING_QUOTE_CODES.has(text.charCodeAt(end))) end += 1;
      if (end < length && isWhitespace(text.charCodeAt(end))) {
        this.at = at;
        this.end = end;
        return;
      }
      at = this.nextSentenceEnd(end);
    }
    this.at = length;
    this.end = length;
  }

  /** Where the first sentence-ending character at or after `from` is; the text's length if none. */
  private nextSentenceEnd(from: number): number {
    const text = this.text;
    let first = text.length;
    for (let index = 0; index < this.ends.length; index += 1) {
      let next = this.nextEnds[index] ?? text.length;
      if (next < from) {
        next = text.indexOf(this.ends[index] ?? '', from);
        if (next === -1) next = text.length;
        this.nextEnds[index] = next;
      }
      if (next < first) first = next;
    }
    return first;
  }
}
