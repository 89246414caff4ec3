import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../functions/core/classify/attribution-tokens.js';

/** The tokens as the definition reads them: every match of the expression, one after another. */
function byExpression(text: string, from: number, to: number): Token[] {
  const expression =
    /[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?(?:(?<=s)['’](?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;
  const tokens: Token[] = [];
  let start = Math.max(0, from);
  if (start > 0) {
    while (start < text.length && !/\s/.test(text.charAt(start - 1))) start += 1;
  }
  expression.lastIndex = start;
  for (
    let match = expression.exec(text);
    match && match.index < to;
    match = expression.exec(text)
  ) {
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      word: /^[\p{L}\p{N}]/u.test(match[0]),
    });
  }
  return tokens;
}

describe('tokenize', () => {
  it.each([
    ["Azerbaijan's defence ministry said on Sunday", 0, 100],
    ["the rebels' commander, al-Qassam and the U.S. said", 0, 100],
    ['Армения обвинила Азербайджан – Reuters', 0, 100],
    ['rebels’ positions near Stepanakert’s edge', 5, 30],
    ['"Israel’s army", it said.\u00a0Hamas denied', 3, 18],
  ])('reads %j as the expression does', (text, from, to) => {
    expect(tokenize(text, from, to)).toEqual(byExpression(text, from, to));
  });

  it('reads every text and window as the expression does', () => {
    const piece = fc.constantFrom(
      ...['a', 'S', 's', 'z', '0', '9', ' ', '  ', '\t', '\n', '\u00a0', '\u2009'],
      ...['.', "'", '’', '-', ',', '"', '(', '–', '…', 'é', 'Ж', 'ا', '٣', '\u0301'],
      ...['\ud835\udc00', '\ud83d\ude00', '\ud835', 'rebels', "s'", 's’', 'U.S.', 'al-'],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (text, from, to) => {
          expect(tokenize(text, from, to)).toEqual(byExpression(text, from, to));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
