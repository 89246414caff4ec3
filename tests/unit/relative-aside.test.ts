import { describe, expect, it } from 'vitest';
import {
  withoutRelativeAsides,
  yearOfAsideAround,
} from '../../functions/core/classify/relative-aside.js';

const SENTENCE =
  'A bust of the sepoy, who was killed in 2018 during a ceasefire violation, was unveiled on Friday.';

function around(sentence: string, word: string): number | null {
  const start = sentence.indexOf(word);
  return yearOfAsideAround(sentence, start, start + word.length);
}

describe('relative asides', () => {
  it('cuts an aside set off by commas down to its opening comma', () => {
    expect(withoutRelativeAsides(SENTENCE)).toBe('A bust of the sepoy, was unveiled on Friday.');
  });

  it('gives the year of the aside a word stands in', () => {
    expect(around(SENTENCE, 'violation')).toBe(2018);
  });

  it('gives no year for a word outside the aside, or an aside without one', () => {
    expect(around(SENTENCE, 'unveiled')).toBeNull();
    expect(
      around(
        'The sepoy, who was killed on Friday during a ceasefire violation, was buried.',
        'violation',
      ),
    ).toBeNull();
  });
});
