import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparable,
  createTitleRepeatTest,
  isTitleAgain,
  readsAsTitle,
} from '../../functions/core/classify/title-repeat.js';

const SEED = 20_261_122;

/** Pieces of titles: words in either case, digits, punctuation, letters past ASCII. */
const piece = fc.constantFrom(
  'Shelling',
  'shelling',
  'SHELLING',
  'truce',
  'Truce',
  ' ',
  '  ',
  ', ',
  ' - ',
  '—',
  '"',
  '’',
  ':',
  '2024',
  '7',
  'Café',
  'İstanbul',
  'Σ',
  'ΟΔΟΣ',
  '𝐀',
  '\ud800',
  'قصف',
  '停火',
  '\u00a0',
  '«',
  '\u2009',
  '',
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
/** A title and a line made from it: the same pieces with some changed, or another text. */
const titleAndLine = fc.oneof(
  fc.tuple(text, text),
  fc
    .tuple(fc.array(piece, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(11), piece)))
    .map(([pieces, changes]) => {
      const changed = [...pieces];
      for (const [at, replacement] of changes) changed[at] = replacement;
      return [pieces.join(''), changed.join('')] as const;
    }),
);

describe('readsAsTitle', () => {
  it('tells what comparing the full forms tells', () => {
    fc.assert(
      fc.property(titleAndLine, ([title, line]) => {
        const titleKey = comparable(title);
        expect(readsAsTitle(line, title, () => titleKey)).toBe(
          titleKey !== '' && isTitleAgain(line, titleKey),
        );
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('reads a line as the title without case and punctuation', () => {
    const repeats = createTitleRepeatTest('Shelling breaks the truce in Tavush');
    expect(repeats('SHELLING breaks the truce — in Tavush.')).toBe(true);
    expect(repeats('Shelling breaks the truce in Tavus')).toBe(false);
    expect(repeats('Shelling breaks the truce in Tavush, officials said on Monday')).toBe(false);
    expect(createTitleRepeatTest('Café: “truce” holds')('cafÉ truce holds')).toBe(true);
  });

  it('takes no line for a title without letters or digits', () => {
    expect(createTitleRepeatTest('—')('-')).toBe(false);
    expect(createTitleRepeatTest('“ ”')('')).toBe(false);
  });
});
