// The GSM 03.38 default alphabet. One SMS part holds 160 of its septets; a single character
// outside it switches the whole message to UCS-2, where a part holds only 70 UTF-16 units.

const GSM7_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);

/** Reached through the escape code, so each takes two septets. */
const GSM7_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'));

export const SMS_GSM7_PART_LIMIT = 160;
export const SMS_UCS2_PART_LIMIT = 70;

// Typography that word processors and CMSes put into headlines; each has a plain GSM-7 look-alike.
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ...Array.from('‘’‚‛′ʼʹ`´‹›', (c) => [c, "'"] as const),
  ...Array.from('“”„‟″«»', (c) => [c, '"'] as const),
  ...Array.from('‐‑‒–—―−•·', (c) => [c, '-'] as const),
  ...Array.from(
    '\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000',
    (c) => [c, ' '] as const,
  ),
  ...Array.from('\u00ad\u200b\u200c\u200d\u2060\ufeff', (c) => [c, ''] as const),
  ['…', '...'],
  ['№', 'No'],
  ['×', 'x'],
  // Letters that carry no combining mark, so Unicode decomposition cannot simplify them.
  ['ə', 'e'],
  ['Ə', 'E'],
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ð', 'd'],
  ['Ð', 'D'],
  ['þ', 'th'],
  ['Þ', 'Th'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
  ['Ħ', 'H'],
  ['ħ', 'h'],
  ['Ŀ', 'L'],
  ['ŀ', 'l'],
  ['ŉ', "'n"],
  ['Ŋ', 'N'],
  ['ŋ', 'n'],
  ['Ŧ', 'T'],
  ['ŧ', 't'],
  ['ĸ', 'k'],
  ['µ', 'u'],
]);

const COMBINING_MARKS = /\p{M}/gu;

export function isGsm7(text: string): boolean {
  for (const char of text) {
    if (!GSM7_BASIC.has(char) && !GSM7_EXTENSION.has(char)) return false;
  }
  return true;
}

/**
 * Septets the text takes in GSM-7: extension characters count 2. Only meaningful when
 * `isGsm7(text)`; any other character is counted as 1.
 */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) length += GSM7_EXTENSION.has(char) ? 2 : 1;
  return length;
}

/**
 * Replaces characters outside GSM-7 by their plain equivalents where one exists (quotes, dashes,
 * ellipsis, odd spaces, accented letters), so that a message stays in 160-septet parts.
 * Characters without an equivalent (Armenian, Cyrillic, Arabic script…) are kept as they are.
 */
export function toGsm7(text: string): string {
  let result = '';
  for (const char of text) result += gsm7Equivalent(char);
  return result;
}

function gsm7Equivalent(char: string): string {
  if (GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char)) return char;
  const replacement = REPLACEMENTS.get(char);
  if (replacement !== undefined) return replacement;
  // NFKD also unfolds ligatures, ordinal indicators, superscripts and full-width forms.
  const stripped = char.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (stripped !== '' && stripped !== char && isGsm7(stripped)) return stripped;
  return char;
}

export type SmsEncoding = 'gsm7' | 'ucs2';

export function smsEncoding(text: string): SmsEncoding {
  return isGsm7(text) ? 'gsm7' : 'ucs2';
}

/** Length in the units the text's encoding is billed in: septets, or UTF-16 code units. */
export function smsLength(text: string): number {
  return isGsm7(text) ? gsm7Length(text) : text.length;
}

export function fitsOneSmsPart(text: string): boolean {
  const limit = isGsm7(text) ? SMS_GSM7_PART_LIMIT : SMS_UCS2_PART_LIMIT;
  return smsLength(text) <= limit;
}
