// Arabic is written with or without its short-vowel marks and the stretching tatweel ("قُتل" and
// "قتل" are one word), and news prints both. The terms are written without them, so the text is
// read without them too.

/** Nonspacing marks of every script and the tatweel; only Arabic ones are dropped. */
const MARK_OR_TATWEEL = /\p{Mn}|\u0640/gu;

function isArabicMark(mark: string): boolean {
  const code = mark.charCodeAt(0);
  return code === 0x640 || (code >= 0x64b && code <= 0x65f) || code === 0x670;
}

/**
 * The letters of the Arabic block, as a character class's range: a text without one has no mark
 * to drop.
 */
export const ARABIC_LETTERS = '\u0620-\u064a';
const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTERS}]`);

export function withoutArabicMarks(text: string): string {
  if (!ARABIC_LETTER.test(text)) return text;
  return text.replace(MARK_OR_TATWEEL, (mark) => (isArabicMark(mark) ? '' : mark));
}
