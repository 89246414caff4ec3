import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../functions/core/text/sentences.js';

const SEED = 20_261_121;

/** Pieces that exercise every rule: abbreviations, initials, quotes, wraps, odd spaces. */
const piece = fc.constantFrom(
  'Mortar fire hit the village.',
  'Gov. Lena Marsh spoke',
  'on Dec. 2',
  'the U.S. The convoy left.',
  'Donald J. Lane',
  '“an ambush.”',
  '"Is this a truce?" he asked.',
  'Talks resumed…',
  '停火协议被违反。',
  'وقف إطلاق النار؟',
  'the army said the shelling of the',
  'border crossing resumed at 5 p.m.',
  'rebels, officials said,',
  '2.5 times',
  '(see above).',
  '𝐀𝐁 ceasefire',
  '- a list item',
);
const gap = fc.constantFrom(' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u00a0', '\t');
const text = fc
  .array(fc.tuple(piece, gap), { maxLength: 25 })
  .map((parts) => parts.map(([words, space]) => `${words}${space}`).join(''));

/** The text without white space: what splitting may never add to, drop or reorder. */
function letters(value: string): string {
  return value.replace(/\s+/g, '');
}

describe('splitSentences: what holds for every text', () => {
  it('keeps every character but white space, in order, in trimmed sentences', () => {
    fc.assert(
      fc.property(text, (value) => {
        const sentences = splitSentences(value);
        for (const sentence of sentences) {
          expect(sentence).not.toBe('');
          expect(sentence).toBe(sentence.trim());
        }
        expect(letters(sentences.join(''))).toBe(letters(value));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('returns the first `limit` sentences of the whole split', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (value, limit) => {
        expect(splitSentences(value, limit)).toEqual(splitSentences(value).slice(0, limit));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('reads \\r\\n, \\r, U+2028 and U+2029 as it reads \\n', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('\r\n', '\r', '\u2028', '\u2029'), (value, breakAs) => {
        const withNewlines = value.replace(/\r\n?|\u2028|\u2029/g, '\n');
        expect(splitSentences(withNewlines.replaceAll('\n', breakAs))).toEqual(
          splitSentences(withNewlines),
        );
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('splitSentences: line breaks and spaces', () => {
  it('joins a sentence hard-wrapped across Windows line breaks', () => {
    expect(
      splitSentences(
        'The government said on Thursday that it had notified the\r\nmediators of its decision.\r\nTalks end.',
      ),
    ).toEqual([
      'The government said on Thursday that it had notified the mediators of its decision.',
      'Talks end.',
    ]);
  });

  it('splits a wrapped paragraph where a sentence ends at a line break inside it', () => {
    expect(
      splitSentences(
        'Officials in the northern province said the army had “ended the truce.’\nrebels denied it at once. Nobody was hurt.',
      ),
    ).toEqual([
      'Officials in the northern province said the army had “ended the truce.’ rebels denied it at once.',
      'Nobody was hurt.',
    ]);
  });

  it('trims no-break, ideographic and byte-order-mark spaces around lines', () => {
    expect(
      splitSentences('\u00a0Shelling stopped.\u3000\n\ufeffTalks resume today.\u00a0'),
    ).toEqual(['Shelling stopped.', 'Talks resume today.']);
  });

  it('ends sentences at CJK, Arabic and Devanagari marks and at an ellipsis', () => {
    expect(
      splitSentences('停火被违反。 Two died… Was it a breach؟ Yes। Talks failed！ Why？ Unclear.'),
    ).toEqual([
      '停火被违反。',
      'Two died…',
      'Was it a breach؟',
      'Yes।',
      'Talks failed！',
      'Why？',
      'Unclear.',
    ]);
  });

  it("ends sentences at the Armenian, Urdu, Ge'ez, Burmese and Khmer full stops", () => {
    expect(
      splitSentences('Հրադադարը խախտվեց։ دو فوجی شہید ہوئے۔ ሰለስተ ተቐቲሎም። ငါးဦး သေဆုံး။ ស្ងប់ស្ងាត់។ End'),
    ).toEqual([
      'Հրադադարը խախտվեց։',
      'دو فوجی شہید ہوئے۔',
      'ሰለስተ ተቐቲሎም።',
      'ငါးဦး သေဆုံး။',
      'ស្ងប់ស្ងាត់។',
      'End',
    ]);
  });

  it('ends a sentence after a long word but not after a short abbreviation', () => {
    expect(
      splitSentences('They shelled the approx. 40 houses near Capt. Orlov. Residents fled.'),
    ).toEqual(['They shelled the approx. 40 houses near Capt. Orlov.', 'Residents fled.']);
  });
});
