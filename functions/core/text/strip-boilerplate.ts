// Removes what a fetched page carries around its article: navigation and sharing lines, spam titles
// injected above it, photo captions, related-story lists, donation appeals, agency disclaimers and
// cookie banners. Works line by line on plain text, so it needs no knowledge of any one site.
import { isWhitespace } from './whitespace.js';

/** Short lines that are page furniture wherever they appear. */
const FURNITURE_LINE =
  /^(?:skip to (?:main )?content|skip to navigation|advertisement|advertising|sponsored|share(?: this(?: article| story)?| on \w+)?|print|email|menu|search|home|logo|close|listen(?: to this article)?|a\+ a-|accessibility links|breaking news|watch \w+ live|don'?t miss|story highlights|click to follow|\d+ min(?:ute)?s? read|updated?:?.{0,40}|posted:?.{0,40}|photo|video|image|file photo|subscribe|sign in|log in|remind me later|tags?:.*)$/i;

/** Section headings that open the page's tail: nothing after them belongs to the article. */
const TAIL_HEADING =
  /^(?:[\w.-]+ )?(?:top stories|local spotlight|related(?: articles| stories| news| content| coverage| posts| topics)?|read more(?: on)?|also read|read also|(?:more|other) (?:stories|news|headlines)(?: (?:this (?:morning|afternoon|evening|week)|today|tonight))?|more(?=\s*:)|more on (?:(?:this|the) (?:story|topic|subject)|(?!(?:that|this|it|the|those|these|which)\b)[\w-]+)|top headlines|(?:also|elsewhere) on (?:our|this|the) (?:site|website)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?like|latest (?:news|stories|articles|headlines)|around (?:the )?[\w-]+|editor'?s picks?|leave a (?:reply|comment)|(?:readers'? )?(?:comments|reactions)(?: \(\d+\))?|\d+ (?:comments?|reactions?)|réactions|commentaires|comentarios|share this(?: article| story)?|newsletter|à lire aussi|lire aussi|voir aussi|sur le même sujet|leer también|lea también|te puede interesar|le puede interesar|leia também|veja também|lesen sie auch|mehr zum thema|leggi anche|más noticias|otras noticias|noticias relacionadas|lo más leído|altre notizie|notizie correlate|articoli correlati|potrebbe interessarti|i più letti|weitere nachrichten|weitere artikel|das könnte sie auch interessieren|auch interessant|meistgelesen|mais notícias|notícias relacionadas|mais lidas|plus d'actualités|à voir aussi|les plus lus|dans la même rubrique|читайте также|читайте також|по теме|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|ilgili haberler|ayrıca okuyun|կարդացեք նաև)\s*(?:[:.…»›>|–—-].*)?$/i;

/** Lines that close an article: credits, appeals, copyright. */
const CLOSING_LINE =
  /^(?:more from\b|a message from\b|dear readers?\b|support (?:independent|our) journalism|soutenez (?:un journalisme|notre)|donate(?: now| today)?$|all rights reserved|©|copyright\b|\(?(?:additional )?(?:reporting|writing|editing) by\b|follow us\b)/i;

/** A marker must start the line and the line must be short, or it is prose that mentions it. */
const TAIL_MARKER_MAX_LENGTH = 160;
/**
 * "RELATED STORIES - Taliban accuse … - Chaman: three killed … - KSE-100 …": a heading of a few
 * words and a separator, then its list run on in the same line, may be longer.
 */
const HEADING_WITH_LIST = /^\S+(?: \S+){0,3}\s*[:|–—-]\s/;
/**
 * "RELATED STORIES Shelling breaks truce on disputed border …": a heading set in capitals, then
 * its list run on with no separator. The capitals before the first capitalised word of the list
 * are asked whether they are a heading of the tail.
 */
const CAPITAL_PREFIX = /^(\p{Lu}[\p{Lu}\d'’ ]*?)\s+(?=\p{Lu}\p{Ll})/u;

function capitalHeadingWithList(line: string): boolean {
  const heading = CAPITAL_PREFIX.exec(line)?.[1];
  return heading !== undefined && TAIL_HEADING.test(heading);
}
const TAIL_LIST_MAX_LENGTH = 600;

/** Agency disclaimers and similar sentences that end an article whatever their wording. */
const TAIL_SENTENCE =
  /(?:website contains only a portion of the news|please contact us for subscription|this (?:article|story) (?:was|has been) (?:originally )?published|the views expressed in this|we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse) this site|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies|wir verwenden cookies|diese website verwendet cookies|utilizziamo (?:i )?cookie|questo sito utilizza (?:i )?cookie)/i;
/**
 * Words one of which every TAIL_SENTENCE holds, and every PHOTO_CREDIT but one that opens on
 * "file" or holds "[": a line without any of them needs neither test.
 */
const KEY_WORDS = [
  'portion',
  'subscription',
  'published',
  'views expressed',
  'cookie',
  'continuing to',
  'photo',
  'picture',
  'image',
  'credit',
];
/** Furniture lines are short. */
const FURNITURE_MAX_LENGTH = 80;

const PHOTO_CREDIT =
  /(?:\((?:[^()]{0,40}\b)?(?:photo|photograph|picture|image|credit)s?\b[^()]{0,80}\)|\b(?:AP|AFP|EPA|PTI|Reuters|Getty|EFE|Xinhua|ANI|Anadolu|UPI|SNS|IANS)(?:\/[\w ]+)? ?(?:photo|photograph|images?)\b|\bphoto(?:graph)?s?(?: by|:| courtesy| credit)|\[(?:getty|reuters|afp|ap|epa)[^\]]*\]|^file(?: photo)?\s*[-:–])/i;
const CAPTION_MAX_LENGTH = 500;

/** The marks a list item opens on (besides a number): dashes, dots, triangles and arrows. */
const BULLET_MARKS = '-–•*·▪►▸▹‣◦➤→';
const BULLET = new RegExp(`^\\s*(?:[${BULLET_MARKS}]|\\d+[.)])\\s+`);
/**
 * "Key points", "What we know": the bullets after such a heading sum up the story, where short
 * bullets side by side are otherwise a list of linked headlines.
 */
const SUMMARY_HEADING_MAX = 40;
const SUMMARY_HEADING =
  /^\s*(?:key (?:points|takeaways|facts|developments)|highlights|summary|in brief|at a glance|what we know(?: so far)?|the latest|main points)\s*:?\s*$/i;
/** Lines up to this long are compared without case to find repeats. */
const SHORT_LINE = 200;

export interface StripOptions {
  /**
   * Stop once the article text kept reaches this many characters: a reader that only needs the
   * first part of an article does not pay for the rest of a long page.
   */
  maxCharacters?: number;
}

export function stripBoilerplate(text: string, options: StripOptions = {}): string {
  const maxCharacters = options.maxCharacters ?? Infinity;
  let keptCharacters = 0;
  const lines = new LineCursor(text);
  const keys = new KeyFinder(text);
  const bodyScript = new BodyScript(text);
  const kept: string[] = [];
  const captions: DroppedLine[] = [];
  const seen = new Map<number, string | string[]>();
  let proseSeen = false;
  let firstContentLines = 0;
  /** Whether the bullets read now follow a heading that says they sum up the story. */
  let summaryList = false;

  while (lines.next()) {
    const line = lines.line;
    if (line === '') {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    const unbulleted = startsBullet(line) ? line.replace(BULLET, '') : line;
    const isHeadArea = firstContentLines < 3 && !proseSeen;
    firstContentLines += 1;

    if (isHeadArea && isSpamTitle(line, bodyScript)) continue;
    if (unbulleted.length <= FURNITURE_MAX_LENGTH && FURNITURE_LINE.test(unbulleted)) continue;
    const keyed = keys.inLine(lines.start, lines.end, line);
    if (isTailMarker(unbulleted) || (keyed && TAIL_SENTENCE.test(line))) {
      if (proseSeen) break;
      // Before any prose, a marker belongs to a header block of teasers: drop it and its teaser.
      dropTrailingTeaser(kept);
      continue;
    }
    if (isCaption(line, keyed)) {
      captions.push({ at: kept.length, line });
      continue;
    }
    const bulleted = unbulleted !== line;
    if (!bulleted) summaryList = line.length <= SUMMARY_HEADING_MAX && SUMMARY_HEADING.test(line);
    if (!(bulleted && summaryList) && isHeadlineListItem(lines)) continue;
    if (isRepeat(seen, line)) continue;
    kept.push(line);
    if (!proseSeen && isProse(line)) proseSeen = true;
    keptCharacters += line.length + 1;
    if (keptCharacters >= maxCharacters) break;
  }
  // A photo agency's item is a captioned picture: with no prose beside them, its captions are
  // the news, not furniture around it.
  if (!proseSeen) restore(kept, captions);
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** A line left out, and how many lines had been kept before it. */
interface DroppedLine {
  at: number;
  line: string;
}

/** Puts the dropped lines back where they stood among the kept ones. */
function restore(kept: string[], dropped: readonly DroppedLine[]): void {
  for (let index = dropped.length - 1; index >= 0; index -= 1) {
    const { at, line } = dropped[index] ?? { at: 0, line: '' };
    kept.splice(at, 0, line);
  }
}

/**
 * The lines of a text one by one, as they are needed (a long page is seldom read to its end):
 * each trimmed, with the bounds of its untrimmed text.
 */
class LineCursor {
  line = '';
  start = 0;
  end = 0;
  previous: string | undefined;
  private nextStart = 0;
  /** Where the next \r is, -1 when none: most texts break lines with \n alone. */
  private nextCarriageReturn: number;

  constructor(private readonly text: string) {
    this.nextCarriageReturn = text.indexOf('\r');
  }

  next(): boolean {
    if (this.nextStart > this.text.length) return false;
    if (this.nextStart > 0) this.previous = this.line;
    this.start = this.nextStart;
    this.end = this.endFrom(this.start);
    this.nextStart = this.end + this.separatorLength(this.end);
    this.line = trimmedSlice(this.text, this.start, this.end);
    return true;
  }

  /** The line after the current one, trimmed; undefined after the last. */
  following(): string | undefined {
    if (this.nextStart > this.text.length) return undefined;
    return trimmedSlice(this.text, this.nextStart, this.endFrom(this.nextStart));
  }

  private endFrom(start: number): number {
    const newline = this.text.indexOf('\n', start);
    const end = newline === -1 ? this.text.length : newline;
    if (this.nextCarriageReturn === -1) return end;
    if (this.nextCarriageReturn < start) this.nextCarriageReturn = this.text.indexOf('\r', start);
    return this.nextCarriageReturn === -1 ? end : Math.min(end, this.nextCarriageReturn);
  }

  /** \r\n, \n or \r; 1 at the end of the text, so that the cursor moves past it. */
  private separatorLength(end: number): number {
    return this.text.startsWith('\r\n', end) ? 2 : 1;
  }
}

/**
 * The text from `start` to `end` without the white space around it: what slice() then trim()
 * give, cut once.
 */
function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(from, to);
}

/**
 * Tells whether a line may hold a TAIL_SENTENCE or a PHOTO_CREDIT, far faster than a regular
 * expression for all KEY_WORDS would: lines are read only at every SAMPLE_STRIDE-th character.
 */
class KeyFinder {
  /** Where the next "[" is at or after the line last asked about, -1 when none. */
  private nextBracket: number;
  private readonly lowBytes: LowBytes;

  constructor(private readonly text: string) {
    this.nextBracket = text.indexOf('[');
    this.lowBytes = lowBytesOf(text);
  }

  /** `line` is the text from `start` to `end`, trimmed. */
  inLine(start: number, end: number, line: string): boolean {
    if (this.nextBracket !== -1 && this.nextBracket < start) {
      this.nextBracket = this.text.indexOf('[', start);
    }
    return (
      (this.nextBracket !== -1 && this.nextBracket < end) ||
      startsWithFile(line) ||
      holdsKeyWord(this.text, this.lowBytes.units, start, end)
    );
  }
}

/** "File photo: …", "FILE - …": a credit PHOTO_CREDIT knows by its first word. */
function startsWithFile(line: string): boolean {
  return (line.charCodeAt(0) | 0x20) === 0x66 && /^file/i.test(line);
}

/**
 * Every key word is at least SAMPLE_STRIDE + 1 characters long, so each of its occurrences spans
 * a sampled position (one divisible by SAMPLE_STRIDE) and the character after it.
 */
const SAMPLE_STRIDE = 4;

interface KeyWordPart {
  word: string;
  /** Where in the word the pair of characters stands. */
  offset: number;
}

/**
 * The pairs of characters among the first SAMPLE_STRIDE + 1 of each key word: what a sampled
 * pair may be part of. PAIR_PARTS holds, by pairIndex, the pair's number in KEY_WORD_PARTS
 * (0: none).
 */
const KEY_WORD_PARTS: KeyWordPart[][] = [[]];
const PAIR_PARTS = new Uint8Array(1 << 14);
for (const word of KEY_WORDS) {
  for (let offset = 0; offset < SAMPLE_STRIDE; offset += 1) {
    const pair = pairIndex(word.charCodeAt(offset), word.charCodeAt(offset + 1));
    if (PAIR_PARTS[pair] === 0) {
      PAIR_PARTS[pair] = KEY_WORD_PARTS.length;
      KEY_WORD_PARTS.push([]);
    }
    KEY_WORD_PARTS[PAIR_PARTS[pair] ?? 0]?.push({ word, offset });
  }
}

/** The low bytes of a text's code units, as bytes and as the 16-bit units they pair into. */
interface LowBytes {
  bytes: Buffer;
  units: Uint16Array;
}

/**
 * Storage for the low bytes of the text being stripped, kept between calls (one text is stripped
 * at a time); a longer text than this gets storage of its own.
 */
let sharedLowBytes = lowBytesStorage(0);
const SHARED_LOW_BYTES_MAX = 1 << 16;

function lowBytesStorage(length: number): LowBytes {
  // Even-sized, on an ArrayBuffer of its own: 16-bit units need an aligned start.
  const storage = new ArrayBuffer(length + (length % 2));
  return { bytes: Buffer.from(storage), units: new Uint16Array(storage) };
}

/**
 * The low byte of each of the text's code units, by index. pairIndex reads only the low seven
 * bits of a character, so it gives the same number for the byte; reading a typed array costs far
 * less than charCodeAt on the several kinds of string a text may be.
 */
function lowBytesOf(text: string): LowBytes {
  let lowBytes = sharedLowBytes;
  if (lowBytes.bytes.length < text.length) {
    lowBytes = lowBytesStorage(Math.max(text.length, 2 * lowBytes.bytes.length));
    if (lowBytes.bytes.length <= SHARED_LOW_BYTES_MAX) sharedLowBytes = lowBytes;
  }
  // Latin-1 writes one byte per code unit, keeping its low eight bits.
  lowBytes.bytes.write(text, 0, 'latin1');
  return lowBytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/**
 * PAIR_PARTS by the 16-bit unit two low bytes make (in the platform's byte order): one read of
 * the units array gives the number of a sampled pair.
 */
const UNIT_PARTS = new Uint8Array(1 << 16);
for (let first = 0; first < 0x100; first += 1) {
  for (let second = 0; second < 0x100; second += 1) {
    const unit = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
    UNIT_PARTS[unit] = PAIR_PARTS[pairIndex(first, second)] ?? 0;
  }
}

/**
 * Whether the text from `start` to `end` holds a key word, in any case; `units` holds the low
 * bytes of its code units in pairs. The sampled positions are those divisible by SAMPLE_STRIDE,
 * whose pair is one unit.
 */
function holdsKeyWord(text: string, units: Uint16Array, start: number, end: number): boolean {
  const first = start + ((SAMPLE_STRIDE - (start % SAMPLE_STRIDE)) % SAMPLE_STRIDE);
  for (let index = first; index + 1 < end; index += SAMPLE_STRIDE) {
    // The unit of the bytes at index and index + 1 (index is even).
    const pair = UNIT_PARTS[units[index >> 1] ?? 0] ?? 0;
    if (pair === 0) continue;
    // An indexed loop: an iterator for each sampled pair would cost more than the checks.
    const parts = KEY_WORD_PARTS[pair] ?? [];
    for (let part = 0; part < parts.length; part += 1) {
      const candidate = parts[part];
      if (candidate && isKeyWordAt(text, index - candidate.offset, start, end, candidate.word)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * A number for two characters, the same for either case of an ASCII letter. Characters past
 * ASCII share the numbers of ASCII ones: a pair they make up is then checked and rejected.
 */
function pairIndex(first: number, second: number): number {
  return (((first | 0x20) & 0x7f) << 7) | ((second | 0x20) & 0x7f);
}

/** Whether `word` stands at `at`, in any case, within the text from `start` to `end`. */
function isKeyWordAt(text: string, at: number, start: number, end: number, word: string): boolean {
  if (at < start || at + word.length > end) return false;
  for (let index = 0; index < word.length; index += 1) {
    if ((text.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Whether the line was kept before, and remembers it: compared without case when short (long
 * repeats are copies). Lines are filed under their length: most look-ups compare nothing.
 */
function isRepeat(seen: Map<number, string | string[]>, line: string): boolean {
  const filed = seen.get(line.length);
  if (filed === undefined) {
    // Most lengths are filed once: the line alone, without an array around it.
    seen.set(line.length, line);
    return false;
  }
  const short = line.length <= SHORT_LINE;
  const comparable = short ? line.toLowerCase() : line;
  const others = typeof filed === 'string' ? [filed] : filed;
  for (const other of others) {
    if ((short ? other.toLowerCase() : other) === comparable) return true;
  }
  others.push(line);
  if (others !== filed) seen.set(line.length, others);
  return false;
}

function isTailMarker(line: string): boolean {
  if (line.length <= TAIL_MARKER_MAX_LENGTH) {
    return TAIL_HEADING.test(line) || CLOSING_LINE.test(line) || capitalHeadingWithList(line);
  }
  return (
    line.length <= TAIL_LIST_MAX_LENGTH &&
    ((HEADING_WITH_LIST.test(line) && TAIL_HEADING.test(line)) || capitalHeadingWithList(line))
  );
}

function dropTrailingTeaser(kept: string[]): void {
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const last = kept[kept.length - 1];
  if (last !== undefined && isHeadlineLike(last)) kept.pop();
}

/**
 * A caption: carries a photo credit (`keyed`: it may hold one), or is the same sentence written
 * twice in a row.
 */
function isCaption(line: string, keyed: boolean): boolean {
  if (line.length > CAPTION_MAX_LENGTH) return false;
  if (keyed && PHOTO_CREDIT.test(line)) return true;
  return line.length > 40 && isWrittenTwice(line);
}

/** The line's two halves are the same text, spaces at the cut aside. */
function isWrittenTwice(line: string): boolean {
  const half = Math.floor(line.length / 2);
  // Both halves start at a non-space (the line is trimmed): compare them first.
  let second = half;
  while (second < line.length && isSpace(line.charAt(second))) second += 1;
  if (line.charCodeAt(0) !== line.charCodeAt(second)) return false;
  return line.slice(0, half).trim() === line.slice(half).trim();
}

/** Whether the character is white space, as trim() sees it. */
function isSpace(char: string): boolean {
  return char.trim() === '';
}

/** Whether the (trimmed) line may start with a bullet: a cheap test before BULLET. */
function startsBullet(line: string): boolean {
  const first = line.charAt(0);
  return (first >= '0' && first <= '9') || (first !== '' && BULLET_MARKS.includes(first));
}

/** A short bullet line that reads like a linked headline, next to another such line. */
function isHeadlineListItem(lines: LineCursor): boolean {
  return (
    isBulletHeadline(lines.line) &&
    (isBulletHeadline(lines.previous) || isBulletHeadline(lines.following()))
  );
}

function isBulletHeadline(line: string | undefined): boolean {
  return (
    line !== undefined &&
    startsBullet(line) &&
    BULLET.test(line) &&
    isHeadlineLike(line.replace(BULLET, ''))
  );
}

function isHeadlineLike(line: string): boolean {
  return line.length <= 140 && !/[.!?:;"”]\s*$/.test(line);
}

/**
 * How a sentence ends: . ! ? " ” ’ ), and the full stops of other scripts (Chinese, Arabic,
 * Devanagari, Armenian, Urdu, Ge'ez, Burmese, Khmer; see splitSentences).
 */
const SENTENCE_END_CODES = new Set([
  0x2e, 0x21, 0x3f, 0x22, 0x201d, 0x2019, 0x29, 0x3002, 0xff01, 0xff1f, 0x61f, 0x964, 0x589, 0x6d4,
  0x1362, 0x104b, 0x17d4,
]);

/** A paragraph of the article: a long line ending as a sentence does (teasers and headlines do not). */
function isProse(line: string): boolean {
  if (line.length < 60 || !SENTENCE_END_CODES.has(line.charCodeAt(line.length - 1))) return false;
  let space = -1;
  for (let spaces = 0; spaces < 7; spaces += 1) {
    space = line.indexOf(' ', space + 1);
    if (space === -1) return false;
  }
  return true;
}

const SCRIPTS = [
  'latin-ascii',
  'latin-other',
  'cyrillic',
  'arabic',
  'cjk',
  'greek',
  'other',
] as const;
type Script = (typeof SCRIPTS)[number];
/** What scriptIndex may count toward another script than latin-ascii. */
const OTHER_THAN_ASCII_LETTER = /[\u00aa-\u1fff\u2c00-\uffff]/;
/** How much of the body is read to find its script. */
const SCRIPT_SAMPLE = 4000;

/** The index in SCRIPTS of a letter's script by its code point; -1 for what is not a letter of interest. */
function scriptIndex(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 0;
  if (code < 0xaa) return -1;
  // Latin-1 signs (°, ®, µ, º…) count as Latin: mis-decoded spam titles are made of them.
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff))
    return code === 0xd7 || code === 0xf7 ? -1 : 1;
  if (code >= 0x0370 && code <= 0x03ff) return 5;
  if (code >= 0x0400 && code <= 0x052f) return 2;
  if (code >= 0x0600 && code <= 0x06ff) return 3;
  if (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  ) {
    return 4;
  }
  if (code >= 0x2000 && code <= 0x2bff) return -1;
  return 6;
}

function scriptCounts(text: string, limit = text.length): Int32Array {
  const counts = new Int32Array(SCRIPTS.length);
  const end = Math.min(limit, text.length);
  for (let index = 0; index < end; index += 1) {
    const script = scriptIndex(text.charCodeAt(index));
    if (script >= 0) counts[script] = (counts[script] ?? 0) + 1;
  }
  return counts;
}

function dominantScript(text: string): Script {
  // Most pages are in English: one scan tells that the sample holds no letter of another script.
  if (!OTHER_THAN_ASCII_LETTER.test(text.slice(0, SCRIPT_SAMPLE))) return 'latin-ascii';
  const counts = scriptCounts(text, SCRIPT_SAMPLE);
  let best = 0;
  counts.forEach((count, index) => {
    if (count > (counts[best] ?? 0)) best = index;
  });
  return SCRIPTS[best] ?? 'other';
}

/** The script of the body, found only when a line needs it. */
class BodyScript {
  private script: Script | undefined;

  constructor(private readonly text: string) {}

  get(): Script {
    return (this.script ??= dominantScript(this.text));
  }
}

/**
 * A short line above the article in another script than its body, or mixing scripts: the
 * injected spam titles some pages carry (CJK or mis-decoded Latin-1 gibberish over English text).
 */
function isSpamTitle(line: string, bodyScript: BodyScript): boolean {
  if (line.length > 60 || !/[\u0080-\uffff]/.test(line)) return false;
  const counts = scriptCounts(line);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return false;
  const body = SCRIPTS.indexOf(bodyScript.get());
  if ((counts[body] ?? 0) / total < 0.5) return true;
  const scripts = SCRIPTS.filter((_, index) => (counts[index] ?? 0) > 0);
  const foreign = scripts.filter((script) => script !== SCRIPTS[body] && script !== 'latin-other');
  return scripts.length >= 3 || (foreign.length > 0 && body === 0 && total < 12);
}
