import { describe, expect, it } from 'vitest';
import { WordSets } from '../../functions/core/classify/word-sets.js';

/** What `find` must say: for each set, whether the text includes one of its words. */
function byIncludes(sets: readonly (readonly string[])[], text: string): number[] {
  return sets.map((words) => (words.some((word) => text.includes(word)) ? 1 : 0));
}

function found(sets: readonly (readonly string[])[], text: string): number[] {
  const words = new WordSets();
  for (const set of sets) words.add(set);
  return [...words.find(text)];
}

describe('WordSets', () => {
  const sets = [
    ['kill', 'dead', 'died'],
    ['die'],
    ['shot dead', ' of '],
    ['number of'],
    ['погиб', 'قتل', 'muertos'],
    ['he', 'she', 'his', 'hers'],
  ];

  it.each([
    'two soldiers were killed',
    'skilled workers',
    'he died',
    'she was shot dead',
    'the number of dead rose',
    'a number ofdead',
    'ushers',
    'погибли двое',
    'وقتل جندي',
    'dos muertos',
    '',
    'nothing here at all',
  ])('finds in %j what includes finds', (text) => {
    expect(found(sets, text)).toEqual(byIncludes(sets, text));
  });

  it('finds a word that starts inside a longer one that fails ("ie" in "dieted")', () => {
    expect(found([['died'], ['ie']], 'dieted')).toEqual([0, 1]);
  });

  it('agrees with includes on texts and words of a small alphabet', () => {
    // A fixed pseudo-random sequence: overlapping words and near misses on every line.
    let seed = 7;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const string = (length: number): string =>
      Array.from({ length }, () => 'abć '[next(4)]).join('');
    for (let round = 0; round < 200; round += 1) {
      const randomSets = Array.from({ length: 1 + next(4) }, () =>
        Array.from({ length: 1 + next(3) }, () => string(1 + next(4))),
      );
      const text = string(next(30));
      expect(found(randomSets, text)).toEqual(byIncludes(randomSets, text));
    }
  });

  it('finds the empty word in every text', () => {
    expect(found([[''], ['x']], 'abc')).toEqual([1, 0]);
  });

  it('refuses a set added after a search', () => {
    const words = new WordSets();
    words.add(['a']);
    words.find('a');
    expect(() => words.add(['b'])).toThrow();
  });
});
