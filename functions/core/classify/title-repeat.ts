// Pages often print the title again as the first line of the body: such a line is no sentence
// of the lead. A line repeats the title when both read the same without case and punctuation.

/** Characters a body line may differ in length from the title and still repeat it. */
const TITLE_LENGTH_SLACK = 12;

/** Whether a body line repeats `title` (trimmed, as read); most lines are told by their length. */
export function createTitleRepeatTest(title: string): (line: string) => boolean {
  let titleKey: string | undefined;
  const keyOfTitle = (): string => (titleKey ??= comparable(title));
  return (line) =>
    title !== '' &&
    Math.abs(line.length - title.length) <= TITLE_LENGTH_SLACK &&
    readsAsTitle(line, title, keyOfTitle);
}

/**
 * Whether `line` reads as `title`: what isTitleAgain tells of the title's comparable() form,
 * read from the start of both texts without building either form. Most lines differ within a
 * few letters; as long as both texts are ASCII (or punctuation that reads as a space), the
 * forms are compared a character at a time, and any other character leaves the answer to
 * isTitleAgain.
 */
export function readsAsTitle(line: string, title: string, keyOfTitle: () => string): boolean {
  let lineAt = nextWordCharacter(line, 0);
  let titleAt = nextWordCharacter(title, 0);
  // An empty title form repeats nothing.
  if (titleAt === title.length) return false;
  while (lineAt >= 0 && titleAt >= 0) {
    if (lineAt === line.length || titleAt === title.length) {
      return lineAt === line.length && titleAt === title.length;
    }
    if ((line.charCodeAt(lineAt) | LOWER) !== (title.charCodeAt(titleAt) | LOWER)) return false;
    const lineNext = nextWordCharacter(line, lineAt + 1);
    const titleNext = nextWordCharacter(title, titleAt + 1);
    // A space stands between two words in both forms or in neither (none after the last word).
    const lineSpace = lineNext > lineAt + 1 && lineNext < line.length;
    const titleSpace = titleNext > titleAt + 1 && titleNext < title.length;
    if (lineSpace !== titleSpace && lineNext >= 0 && titleNext >= 0) return false;
    lineAt = lineNext;
    titleAt = titleNext;
  }
  const titleKey = keyOfTitle();
  return titleKey !== '' && isTitleAgain(line, titleKey);
}

/** The lower-case bit of an ASCII letter: digits already have it. */
const LOWER = 0x20;

/**
 * Where the next ASCII letter or digit is from `index` on (the text's length when none), or -1
 * at a character that is neither ASCII nor punctuation.
 */
function nextWordCharacter(text: string, index: number): number {
  for (let at = index; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      const lower = code | LOWER;
      if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) return at;
    } else if (!isPunctuation(code)) {
      return -1;
    }
  }
  return text.length;
}

/** No-break space, « », and the General Punctuation block: no letter or digit, no case. */
function isPunctuation(code: number): boolean {
  return code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2000 && code <= 0x206f);
}

/**
 * Whether `line` repeats the title whose comparable() form is `titleKey`: the full comparison,
 * behind a test of the first letter.
 */
export function isTitleAgain(line: string, titleKey: string): boolean {
  return firstLetter(line) === titleKey.charAt(0) && comparable(line) === titleKey;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** The first letter or digit, lower-cased: a cheap test before comparing whole texts. */
function firstLetter(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isLetterOrNumber =
      code < 0x80
        ? (code >= 0x61 && code <= 0x7a) ||
          (code >= 0x41 && code <= 0x5a) ||
          (code >= 0x30 && code <= 0x39)
        : LETTER_OR_NUMBER.test(text.charAt(index));
    if (isLetterOrNumber) return text.charAt(index).toLowerCase();
  }
  return '';
}

/** The text lower-cased, each run of characters other than letters and digits one space. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
