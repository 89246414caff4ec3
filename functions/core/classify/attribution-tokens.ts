// The words and signs around an attribution verb, read by `extractAttribution`: a word is a run
// of letters and digits with inner apostrophes, hyphens and dots ("al-Qassam", "U.S"), plus the
// apostrophe of a plural possessive ("rebels'"); any other character but a space is a sign.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A letter or digit run (with inner apostrophes, hyphens and dots), not punctuation. */
  word: boolean;
}

/** What a token is, by definition; read directly where a character is not ASCII. */
const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?(?:(?<=s)['’](?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const LOWER_S = 0x73;

function isAsciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/** ASCII characters that `\s` matches. */
function isAsciiSpace(code: number): boolean {
  return code === SPACE || (code >= 0x09 && code <= 0x0d);
}

/**
 * The tokens of text[from, to), from a token start: a cut word at the window's start is left
 * out, since it could only be read as a shorter word. A token that starts before `to` is read
 * whole.
 *
 * Reading TOKEN with the regular expression costs several times more than the characters' own
 * tests, and the text is nearly all ASCII: ASCII tokens are read by hand, and any token that
 * meets another character is read by TOKEN, which stays the definition.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let index = Math.max(0, from);
  if (index > 0) {
    while (index < text.length && !/\s/.test(text.charAt(index - 1))) index += 1;
  }
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isAsciiSpace(code)) {
      index += 1;
      continue;
    }
    if (index >= to) break;
    const end = code > 0x7f ? -1 : asciiTokenEnd(text, index);
    if (end < 0) {
      TOKEN.lastIndex = index;
      const match = TOKEN.exec(text);
      if (!match || match.index >= to) break;
      const first = match[0].charCodeAt(0);
      tokens.push({
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
        word:
          first > 0x7f ? /^[\p{L}\p{N}]/u.test(match[0]) : /[A-Za-z0-9]/.test(match[0].charAt(0)),
      });
      index = match.index + match[0].length;
      continue;
    }
    tokens.push({
      text: text.slice(index, end),
      start: index,
      end,
      word: isAsciiLetterOrDigit(code),
    });
    index = end;
  }
  return tokens;
}

/**
 * The end of the token that starts with the ASCII character at `start`, as TOKEN reads it; -1
 * where reading it meets a character that is not ASCII (but "’"), which TOKEN must read.
 */
function asciiTokenEnd(text: string, start: number): number {
  if (!isAsciiLetterOrDigit(text.charCodeAt(start))) return start + 1;
  // The longest run of letters, digits and inner signs that ends on a letter or digit.
  let end = start + 1;
  for (let index = start + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isAsciiLetterOrDigit(code)) end = index + 1;
    else if (code > 0x7f && code !== RIGHT_QUOTE) return -1;
    else if (code !== DOT && code !== APOSTROPHE && code !== RIGHT_QUOTE && code !== HYPHEN) break;
  }
  // The possessive apostrophe after a plural: "rebels'" but not "rebels'd".
  const next = text.charCodeAt(end);
  if (text.charCodeAt(end - 1) === LOWER_S && (next === APOSTROPHE || next === RIGHT_QUOTE)) {
    const after = text.charCodeAt(end + 1);
    if (after > 0x7f) {
      LETTER_OR_DIGIT.lastIndex = end + 1;
      return LETTER_OR_DIGIT.test(text) ? end : end + 1;
    }
    return isAsciiLetterOrDigit(after) ? end : end + 1;
  }
  return end;
}
