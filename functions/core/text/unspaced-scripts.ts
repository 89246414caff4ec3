// Thai, Lao, Burmese and Khmer leave no space between the words of a phrase: a word can only be
// found inside a run of their letters, and the absence of a word proves little.

/** Their blocks, first and last code point. */
const UNSPACED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0e01, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
];

/** Whether a code point is a letter of a script written without spaces between words. */
export function isUnspacedScript(code: number): boolean {
  return UNSPACED_BLOCKS.some(([first, last]) => code >= first && code <= last);
}

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** Finds a letter of those scripts in a text. */
export const UNSPACED_LETTER = new RegExp(
  `[${UNSPACED_BLOCKS.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]`,
);
