// Pages and feeds reach us with UTF-8 bytes that something upstream decoded as GBK or as
// windows-1252: “ becomes 鈥 or â€œ. Such runs are turned back into their bytes and re-read as
// UTF-8; a run is replaced only when that yields valid UTF-8 and characters that the surrounding
// text plausibly holds, so genuine Chinese, Cyrillic, Arabic or accented text is never touched.
import iconv from 'iconv-lite';

/** Characters a GBK misreading of UTF-8 produces: CJK ideographs and symbols, €, private use. */
const GBK_RUN =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\ue000-\uf8ff\u20ac]+\uFFFD?/g;

/** The GBK reading of E2 80, the first two bytes of “ ” ‘ ’ — …: the commonest sign of trouble. */
const GBK_PUNCTUATION_MARK = '\u9225';

/** windows-1252 characters of bytes 0x80–0xFF, from one that can start a UTF-8 sequence. */
const CP1252_RUN =
  /[\u00c2-\u00f4][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+\uFFFD?/g;

/** What repaired characters may be: Latin letters, Latin-1 signs and typographic punctuation. */
const LATIN_OR_PUNCTUATION =
  /^[\u00a0-\u00ff\u0100-\u017f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2116\u2122]$/;

/** Russian, Ukrainian and Greek pages suffer the windows-1252 misreading as often as Latin ones. */
const CYRILLIC_OR_GREEK = /^[\u0370-\u03ff\u0400-\u04ff]$/;

/**
 * Every character a GBK run can start with, and every one a windows-1252 run can start with (as
 * the ranges of a character class): most texts hold none of them, and one scan for them spares
 * such a text both repairs.
 */
export const RUN_START_CHARACTERS =
  '\u00c2-\u00f4\u20ac\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\ue000-\ufaff\uff00-\uffef';
const RUN_START = new RegExp(`[${RUN_START_CHARACTERS}]`);

export function repairMojibake(text: string): string {
  if (!RUN_START.test(text)) return text;
  const showsGbkMark = text.includes(GBK_PUNCTUATION_MARK);
  const afterGbk = text.replace(GBK_RUN, (run: string, offset: number) =>
    repairGbkRun(run, neighbours(text, offset, run), showsGbkMark),
  );
  return afterGbk.replace(CP1252_RUN, (run: string, offset: number) =>
    repairCp1252Run(run, neighbours(afterGbk, offset, run)),
  );
}

/** The characters just before and just after a run ('' at either end of the text). */
interface Neighbours {
  previous: string;
  next: string;
}

function neighbours(text: string, offset: number, run: string): Neighbours {
  return { previous: text[offset - 1] ?? '', next: text[offset + run.length] ?? '' };
}

/**
 * A GBK misreading pairs bytes regardless of UTF-8 boundaries, so one character may hold the last
 * byte of a UTF-8 sequence and the ASCII letter after it (“a → 鈥渁). Such a run is repaired as a
 * whole or not at all. Genuine Chinese seldom re-reads as valid UTF-8 and Latin; to be safer still,
 * a run is only tried in a text that shows 鈥 somewhere, or when it sits inside a Latin word.
 */
function repairGbkRun(run: string, around: Neighbours, showsGbkMark: boolean): string {
  const insideLatinWord = /[A-Za-z]/.test(around.previous);
  if (!showsGbkMark && !insideLatinWord) return run;

  const chars = run.endsWith('\uFFFD') ? run.slice(0, -1) : run;
  const bytes = iconv.encode(chars, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== chars) return run;

  let out = '';
  let index = 0;
  while (index < bytes.length) {
    const sequence = readUtf8Sequence(bytes, index);
    if (sequence && (sequence.length === 1 || isLatinOrPunctuation(sequence.char))) {
      out += sequence.char;
      index += sequence.length;
    } else if (lostThirdByte(bytes, index)) {
      out += guessLostPunctuation(out.at(-1) ?? around.previous, around.next);
      index = bytes.length;
    } else {
      return run;
    }
  }
  return out;
}

/** Each character is one byte here, so a run is repaired sequence by sequence. */
function repairCp1252Run(run: string, around: Neighbours): string {
  const replacement = run.endsWith('\uFFFD');
  const chars = replacement ? run.slice(0, -1) : run;
  const bytes = Uint8Array.from(chars, cp1252Byte);
  let out = '';
  let index = 0;
  while (index < bytes.length) {
    const sequence = readUtf8Sequence(bytes, index);
    const plausible =
      sequence !== undefined &&
      sequence.length > 1 &&
      (isLatinOrPunctuation(sequence.char) || CYRILLIC_OR_GREEK.test(sequence.char));
    if (plausible) {
      out += sequence.char;
      index += sequence.length;
    } else if (lostThirdByte(bytes, index)) {
      // The U+FFFD, if any, stood for the lost byte: the guess replaces both.
      return out + guessLostPunctuation(out.at(-1) ?? around.previous, around.next);
    } else {
      out += chars[index];
      index += 1;
    }
  }
  return replacement ? `${out}\uFFFD` : out;
}

/**
 * E2 80 at the very end of a run: “ ” ‘ ’ — whose third byte could not pair with the space or
 * punctuation after it and was dropped (or replaced by U+FFFD) upstream.
 */
function lostThirdByte(bytes: Uint8Array, index: number): boolean {
  return index === bytes.length - 2 && bytes[index] === 0xe2 && bytes[index + 1] === 0x80;
}

/**
 * Which of “ ” — a lost E2 80 ?? most likely was, from the characters around it: between spaces
 * a dash, before a word an opening quote, otherwise (after a word or punctuation) a closing quote.
 */
function guessLostPunctuation(previous: string, next: string): string {
  const openBefore = previous === '' || /[\s([{]/.test(previous);
  const openAfter = next === '' || /\s/.test(next);
  if (openBefore && openAfter) return '\u2014';
  if (openBefore) return '\u201c';
  return '\u201d';
}

interface Utf8Sequence {
  char: string;
  length: number;
}

/** One well-formed UTF-8 sequence at `index` (no overlongs, no surrogates), or undefined. */
function readUtf8Sequence(bytes: Uint8Array, index: number): Utf8Sequence | undefined {
  const lead = bytes[index];
  if (lead === undefined) return undefined;
  if (lead < 0x80) return { char: String.fromCharCode(lead), length: 1 };
  let length: number;
  let codePoint: number;
  let min: number;
  if (lead >= 0xc2 && lead <= 0xdf) [length, codePoint, min] = [2, lead & 0x1f, 0x80];
  else if (lead >= 0xe0 && lead <= 0xef) [length, codePoint, min] = [3, lead & 0x0f, 0x800];
  else if (lead >= 0xf0 && lead <= 0xf4) [length, codePoint, min] = [4, lead & 0x07, 0x10000];
  else return undefined;
  for (let offset = 1; offset < length; offset += 1) {
    const next = bytes[index + offset];
    if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  if (codePoint < min || codePoint > 0x10ffff || isSurrogate) return undefined;
  return { char: String.fromCodePoint(codePoint), length };
}

function isLatinOrPunctuation(char: string): boolean {
  return LATIN_OR_PUNCTUATION.test(char);
}

/** The windows-1252 byte of a run character; C1 controls (as WHATWG decoders give) are their own byte. */
function cp1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0xff ? code : (iconv.encode(char, 'windows-1252')[0] ?? 0x3f);
}
