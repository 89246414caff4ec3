// Bytes with no usable charset label that are not UTF-8: some legacy encoding, to be guessed from
// the text each candidate decodes them to. Each candidate is scored by how much its result reads
// like the writing system the encoding exists for; windows-1252 wins ties, as browsers default
// to it.
import iconv from 'iconv-lite';

interface Candidate {
  /** Our canonical name for it. */
  encoding: string;
  /** The name iconv-lite knows it by. */
  iconvName: string;
  /** 0..1: how well the non-ASCII characters of a decoding fit the encoding's languages. */
  score: (characters: string[], text: string) => number;
}

/** Enough to tell encodings apart, small enough to decode ten times over. */
const SAMPLE_BYTES = 32 * 1024;

const LATIN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u;
const LATIN_PUNCTUATION =
  /[\u00a0\u00ab\u00bb\u00b0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]/u;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff5e]/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\u3040-\u30ff]/u;

/** The commonest characters of Chinese text, simplified and traditional: real text is full of them. */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就那要下以生会會自着著去之过過家学學对對可里裡后後小么麼心多天而能好都然没沒日于於起还還发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回二理美点點月明业業工最新报報道',
);

const CANDIDATES: readonly Candidate[] = [
  { encoding: 'windows-1252', iconvName: 'windows-1252', score: latinScore },
  // Scripts without case first: on a tie with a cased script read all in lower case, they win.
  // Modern Hebrew is written without vowel points: only the letters count.
  { encoding: 'windows-1255', iconvName: 'windows-1255', score: share(/[\u05d0-\u05ea]/u) },
  { encoding: 'windows-874', iconvName: 'windows-874', score: share(/\p{Script=Thai}/u) },
  { encoding: 'windows-1251', iconvName: 'windows-1251', score: cyrillicScore },
  { encoding: 'koi8-r', iconvName: 'koi8-r', score: cyrillicScore },
  { encoding: 'windows-1253', iconvName: 'windows-1253', score: greekScore },
  { encoding: 'shift_jis', iconvName: 'cp932', score: japaneseScore },
  { encoding: 'euc-jp', iconvName: 'euc-jp', score: japaneseScore },
  { encoding: 'euc-kr', iconvName: 'cp949', score: share(/[\uac00-\ud7a3]/u, CJK_PUNCTUATION) },
  { encoding: 'gbk', iconvName: 'gb18030', score: chineseScore },
  { encoding: 'big5', iconvName: 'big5hkscs', score: chineseScore },
];

/**
 * The legacy encoding these bytes read best in, windows-1252 when nothing reads better.
 * Only a decoding without invalid sequences (U+FFFD), C1 controls or private-use characters is
 * considered.
 */
export function sniffLegacyEncoding(bytes: Uint8Array): string {
  const sample = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, SAMPLE_BYTES),
  );
  const cutShort = bytes.byteLength > SAMPLE_BYTES;
  let best = { encoding: 'windows-1252', score: -1 };
  for (const candidate of CANDIDATES) {
    let text: string;
    try {
      text = iconv.decode(sample, candidate.iconvName);
    } catch {
      // A deployment may leave some code tables out: an encoding it cannot decode is no candidate.
      continue;
    }
    // The sample may end inside a multi-byte character.
    if (cutShort) text = text.slice(0, -2);
    const nonAscii = [...text].filter((character) => character > '\u007f');
    if (nonAscii.length === 0) return 'windows-1252';
    if (nonAscii.some(isImplausible)) continue;
    // Punctuation and spaces are shared by all scripts: letters and symbols tell them apart.
    const characters = nonAscii.filter((character) => !/[\p{P}\p{Zs}]/u.test(character));
    if (characters.length === 0) continue;
    const score = candidate.score(characters, text);
    if (score > best.score) best = { encoding: candidate.encoding, score };
  }
  return best.encoding;
}

/** What no real text holds: undecodable bytes, C1 controls, private-use code points. */
function isImplausible(character: string): boolean {
  return /[\ufffd\u0080-\u009f\ue000-\uf8ff]/u.test(character);
}

function share(...patterns: RegExp[]): (characters: string[]) => number {
  return (characters) =>
    characters.filter((character) => patterns.some((pattern) => pattern.test(character))).length /
    characters.length;
}

/**
 * Latin letters with diacritics stand alone or in pairs ("ção"); a decoding that makes long runs
 * of them is reading a multi-byte or non-Latin text byte by byte.
 */
function latinScore(characters: string[], text: string): number {
  let inLongRuns = 0;
  for (const run of text.matchAll(/[\u0080-\u{10ffff}]{3,}/gu)) inLongRuns += [...run[0]].length;
  const letters = share(LATIN_LETTER, LATIN_PUNCTUATION)(characters);
  return letters * Math.max(0, 1 - inLongRuns / characters.length);
}

/**
 * Running text is mostly lower case: the right one of two code pages that put the same letters
 * at swapped positions (windows-1251 and KOI8-R) yields the lower-case reading.
 */
function caseScore(script: RegExp): (characters: string[]) => number {
  return (characters) => {
    const letters = characters.filter((character) => script.test(character));
    if (letters.length === 0) return 0;
    const lower = letters.filter((letter) => letter !== letter.toUpperCase()).length;
    const lowerShare = lower / letters.length;
    return (letters.length / characters.length) * (lowerShare >= 0.5 ? 1 : 0.5 + lowerShare);
  };
}

/** 1 inside the range real text keeps to, falling off outside it. */
function vowelFit(share: number, low: number, high: number): number {
  const distance = share < low ? low - share : share > high ? share - high : 0;
  return Math.max(0, 1 - distance * 4);
}

/** Vowels are about two letters in five of Russian, Ukrainian or Bulgarian text. */
const CYRILLIC_VOWEL = /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/u;

/**
 * Cyrillic in the right case, with about as many vowels as real text: bytes of another script
 * read as Cyrillic give the letters at random.
 */
function cyrillicScore(characters: string[]): number {
  const letters = characters.filter((character) => /\p{Script=Cyrillic}/u.test(character));
  if (letters.length === 0) return 0;
  const vowels = letters.filter((letter) => CYRILLIC_VOWEL.test(letter)).length / letters.length;
  return caseScore(/\p{Script=Cyrillic}/u)(characters) * vowelFit(vowels, 0.3, 0.55);
}

const GREEK_VOWEL = /[αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏ]/u;

/** As for Cyrillic: Greek text is close to half vowels, Cyrillic bytes read as Greek are not. */
function greekScore(characters: string[]): number {
  const letters = characters.filter((character) => /\p{Script=Greek}/u.test(character));
  if (letters.length === 0) return 0;
  const vowels = letters.filter((letter) => GREEK_VOWEL.test(letter)).length / letters.length;
  return caseScore(/\p{Script=Greek}/u)(characters) * vowelFit(vowels, 0.35, 0.6);
}

/** Japanese text is full of kana; half-width katakana is what other encodings decode to. */
function japaneseScore(characters: string[]): number {
  const kana = characters.filter((character) => KANA.test(character)).length;
  if (kana / characters.length < 0.05) return 0;
  return share(KANA, HAN, CJK_PUNCTUATION)(characters);
}

/** Chinese text is Han with no kana, and a good part of it is the commonest characters. */
function chineseScore(characters: string[]): number {
  if (characters.some((character) => KANA.test(character))) return 0;
  const han = characters.filter((character) => HAN.test(character));
  if (han.length === 0) return 0;
  const common = han.filter((character) => COMMON_HAN.has(character)).length / han.length;
  return share(HAN, CJK_PUNCTUATION)(characters) * Math.min(1, 0.5 + common * 2);
}
