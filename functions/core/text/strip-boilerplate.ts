// Removes what a fetched page carries around its article: navigation and sharing lines, spam titles
// injected above it, photo captions, related-story lists, donation appeals, agency disclaimers and
// cookie banners. Works line by line on plain text, so it needs no knowledge of any one site.

/** Short lines that are page furniture wherever they appear. */
const FURNITURE_LINE =
  /^(?:skip to (?:main )?content|skip to navigation|advertisement|advertising|sponsored|share(?: this(?: article| story)?| on \w+)?|print|email|menu|search|home|logo|close|listen(?: to this article)?|a\+ a-|accessibility links|breaking news|watch \w+ live|don'?t miss|story highlights|click to follow|\d+ min(?:ute)?s? read|updated?:?.{0,40}|posted:?.{0,40}|photo|video|image|file photo|subscribe|sign in|log in|remind me later|tags?:.*)$/i;

/** Section headings that open the page's tail: nothing after them belongs to the article. */
const TAIL_HEADING =
  /^(?:[\w.-]+ )?(?:top stories|local spotlight|related(?: articles| stories| news| content| coverage| posts| topics)?|read more(?: on)?|also read|read also|more (?:stories|news)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?like|latest (?:news|stories|articles)|editor'?s picks?|leave a (?:reply|comment)|comments|\d+ comments?|share this(?: article| story)?|newsletter)\s*(?:[:.…»›>|–—-].*)?$/i;

/** Lines that close an article: credits, appeals, copyright. */
const CLOSING_LINE =
  /^(?:more from\b|a message from\b|dear readers?\b|support (?:independent|our) journalism|donate(?: now| today)?$|all rights reserved|©|copyright\b|\(?(?:additional )?(?:reporting|writing|editing) by\b|follow us\b)/i;

/** A marker must start the line and the line must be short, or it is prose that mentions it. */
const TAIL_MARKER_MAX_LENGTH = 160;

/** Agency disclaimers and similar sentences that end an article whatever their wording. */
const TAIL_SENTENCE =
  /(?:website contains only a portion of the news|please contact us for subscription|this (?:article|story) (?:was|has been) (?:originally )?published|the views expressed in this|we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse) this site)/i;
/**
 * Words one of which every TAIL_SENTENCE or PHOTO_CREDIT holds: one cheap pass over a line
 * tells whether either full test is worth running.
 */
const TAIL_OR_CREDIT_KEY =
  /portion|subscription|published|views expressed|cookies|continuing to|photo|picture|image|credit|\[|file/i;
/** Furniture lines are short. */
const FURNITURE_MAX_LENGTH = 80;

const PHOTO_CREDIT =
  /(?:\((?:[^()]{0,40}\b)?(?:photo|photograph|picture|image|credit)s?\b[^()]{0,80}\)|\b(?:AP|AFP|EPA|PTI|Reuters|Getty|EFE|Xinhua|ANI|Anadolu|UPI|SNS|IANS)(?:\/[\w ]+)? ?(?:photo|photograph|images?)\b|\bphoto(?:graph)?s?(?: by|:| courtesy| credit)|\[(?:getty|reuters|afp|ap|epa)[^\]]*\]|^file(?: photo)?\s*[-:–])/i;
const CAPTION_MAX_LENGTH = 500;

const BULLET = /^\s*(?:[-–•*·▪►]|\d+[.)])\s+/;
const LINE_BREAK = /\r?\n|\r/;
const WHITESPACE = /\s/;
/** Lines up to this long are compared without case to find repeats. */
const SHORT_LINE = 200;
const REPEAT_KEY_LENGTH = 24;

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
  const lines = text.split(LINE_BREAK);
  for (let index = 0; index < lines.length; index += 1) lines[index] = lines[index]?.trim() ?? '';
  let script: Script | undefined;
  const bodyScript = (): Script => (script ??= dominantScript(text));
  const kept: string[] = [];
  const seen = new Map<string, string[]>();
  let proseSeen = false;
  let firstContentLines = 0;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') {
      if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    const unbulleted = startsBullet(line) ? line.replace(BULLET, '') : line;
    const isHeadArea = firstContentLines < 3 && !proseSeen;
    firstContentLines += 1;

    if (isHeadArea && isSpamTitle(line, bodyScript)) continue;
    if (unbulleted.length <= FURNITURE_MAX_LENGTH && FURNITURE_LINE.test(unbulleted)) continue;
    const keyed = TAIL_OR_CREDIT_KEY.test(line);
    if (isTailMarker(unbulleted) || (keyed && TAIL_SENTENCE.test(line))) {
      if (proseSeen) break;
      // Before any prose, a marker belongs to a header block of teasers: drop it and its teaser.
      dropTrailingTeaser(kept);
      continue;
    }
    if (isCaption(line, keyed)) continue;
    if (isHeadlineListItem(lines, index)) continue;
    if (isRepeat(seen, line)) continue;
    kept.push(line);
    if (isProse(line)) proseSeen = true;
    keptCharacters += line.length + 1;
    if (keptCharacters >= maxCharacters) break;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/**
 * Whether the line was kept before, and remembers it: compared without case when short (long
 * repeats are copies). Lines are filed under their length and first characters, so a look-up
 * hashes a few characters rather than the whole line.
 */
function isRepeat(seen: Map<string, string[]>, line: string): boolean {
  const short = line.length <= SHORT_LINE;
  const comparable = short ? line.toLowerCase() : line;
  const key = `${line.length}:${comparable.slice(0, REPEAT_KEY_LENGTH)}`;
  const filed = seen.get(key);
  if (filed?.includes(comparable)) return true;
  if (filed) filed.push(comparable);
  else seen.set(key, [comparable]);
  return false;
}

function isTailMarker(line: string): boolean {
  return (
    line.length <= TAIL_MARKER_MAX_LENGTH && (TAIL_HEADING.test(line) || CLOSING_LINE.test(line))
  );
}

function dropTrailingTeaser(kept: string[]): void {
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const last = kept[kept.length - 1];
  if (last !== undefined && isHeadlineLike(last)) kept.pop();
}

/**
 * A caption: carries a photo credit (`keyed`: it holds one of the credit words), or is the same
 * sentence written twice in a row.
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
  while (second < line.length && WHITESPACE.test(line.charAt(second))) second += 1;
  if (line.charCodeAt(0) !== line.charCodeAt(second)) return false;
  return line.slice(0, half).trim() === line.slice(half).trim();
}

/** Whether the (trimmed) line may start with a bullet: a cheap test before BULLET. */
function startsBullet(line: string): boolean {
  const code = line.charCodeAt(0);
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2a ||
    code === 0x2013 ||
    code === 0x2022 ||
    code === 0xb7 ||
    code === 0x25aa ||
    code === 0x25ba
  );
}

/** A short bullet line that reads like a linked headline, next to another such line. */
function isHeadlineListItem(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!BULLET.test(line) || !isHeadlineLike(line.replace(BULLET, ''))) return false;
  const neighbour = (i: number): boolean => {
    const other = lines[i];
    return other !== undefined && BULLET.test(other) && isHeadlineLike(other.replace(BULLET, ''));
  };
  return neighbour(index - 1) || neighbour(index + 1);
}

function isHeadlineLike(line: string): boolean {
  return line.length <= 140 && !/[.!?:;"”]\s*$/.test(line);
}

/** A paragraph of the article: a long line ending as a sentence does (teasers and headlines do not). */
function isProse(line: string): boolean {
  if (line.length < 60 || !/[.!?"”’)]$/.test(line)) return false;
  let spaces = 0;
  for (let index = 0; index < line.length && spaces < 7; index += 1) {
    if (line.charCodeAt(index) === 0x20) spaces += 1;
  }
  return spaces >= 7;
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
  const counts = scriptCounts(text, SCRIPT_SAMPLE);
  let best = 0;
  counts.forEach((count, index) => {
    if (count > (counts[best] ?? 0)) best = index;
  });
  return SCRIPTS[best] ?? 'other';
}

/**
 * A short line above the article in another script than its body, or mixing scripts: the
 * injected spam titles some pages carry (CJK or mis-decoded Latin-1 gibberish over English text).
 */
function isSpamTitle(line: string, bodyScript: () => Script): boolean {
  if (line.length > 60 || !/[\u0080-\uffff]/.test(line)) return false;
  const counts = scriptCounts(line);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return false;
  const body = SCRIPTS.indexOf(bodyScript());
  if ((counts[body] ?? 0) / total < 0.5) return true;
  const scripts = SCRIPTS.filter((_, index) => (counts[index] ?? 0) > 0);
  const foreign = scripts.filter((script) => script !== SCRIPTS[body] && script !== 'latin-other');
  return scripts.length >= 3 || (foreign.length > 0 && body === 0 && total < 12);
}
