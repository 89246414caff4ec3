import { describe, expect, it } from 'vitest';
import { ODD_CASE_CODES, WordSets, hasOddCase } from '../../functions/core/classify/word-sets.js';

/** What `find` must say: for each set, whether the lower-case text includes one of its words. */
function byIncludes(sets: readonly (readonly string[])[], text: string): boolean[] {
  const lower = text.toLowerCase();
  return sets.map((words) => words.some((word) => lower.includes(word)));
}

function found(sets: readonly (readonly string[])[], text: string): boolean[] {
  const words = new WordSets();
  const indices = sets.map((set) => words.add(set));
  const result = words.find(text);
  return indices.map((index) => result.has(index));
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
    expect(found([['died'], ['ie']], 'dieted')).toEqual([false, true]);
  });

  it('agrees with includes on texts and words of a small alphabet, in any case', () => {
    // A fixed pseudo-random sequence: overlapping words and near misses on every line, and the
    // characters that lower-case oddly: "İ" to two, the Kelvin sign to "k".
    let seed = 7;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const string = (alphabet: string, length: number): string =>
      Array.from({ length }, () => alphabet.charAt(next(alphabet.length))).join('');
    for (let round = 0; round < 500; round += 1) {
      const randomSets = Array.from({ length: 1 + next(4) }, () =>
        Array.from({ length: 1 + next(3) }, () => string('abćik ', 1 + next(4))),
      );
      const text = string('abćik AĆİ\u212a', next(30));
      expect(found(randomSets, text)).toEqual(byIncludes(randomSets, text));
    }
  });

  it('tells a text with a character of odd case as hasOddCase does', () => {
    const words = new WordSets();
    words.add(['k', 'i']);
    for (let code = 0x80; code < 0x10000; code += 1) {
      const text = `a${String.fromCharCode(code)}k`;
      expect(words.find(text).oddCase).toBe(hasOddCase(text));
    }
    expect(words.find('KILLED').oddCase).toBe(false);
    expect(words.find('').oddCase).toBe(false);
  });

  it('finds the empty word in every text', () => {
    expect(found([[''], ['x']], 'abc')).toEqual([true, false]);
  });

  it.each(['SOLDIER', 'Погибли', 'KILLED', 'MORTİ'])(
    'finds words in %j as in lower case',
    (text) => {
      const sets = [['soldier'], ['погибли'], ['killed'], ['morti'], ['i']];
      expect(found(sets, text)).toEqual(byIncludes(sets, text));
    },
  );

  it('refuses a word that is not in lower case', () => {
    expect(() => new WordSets().add(['Kill'])).toThrow();
  });

  it('refuses a set added after a search', () => {
    const words = new WordSets();
    words.add(['a']);
    words.find('a');
    expect(() => words.add(['b'])).toThrow();
  });
});

describe('hasOddCase', () => {
  // Every UTF-16 code unit that is a character by itself (no surrogate).
  const characters = Array.from({ length: 0x10000 }, (_, code) => code)
    .filter((code) => code < 0xd800 || code > 0xdfff)
    .map((code) => String.fromCharCode(code));
  /** What a case-insensitive expression without the u flag compares (Canonicalize, ECMA-262). */
  const canonical = (character: string): string => {
    const upper = character.toUpperCase();
    if (upper.length !== 1) return character;
    if (character.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) return character;
    return upper;
  };

  it('lists just the characters that lower-casing and case-insensitive matching disagree on', () => {
    const odd = new Set<string>();
    for (const character of characters) {
      // Matched as a letter whose lower case it does not have.
      if (character.toLowerCase() !== canonical(character).toLowerCase()) odd.add(character);
      // Lower-cased to an ASCII letter without being one, or, with the u flag, matched as one.
      if (character.charCodeAt(0) >= 128) {
        if (/[a-z]/.test(character.toLowerCase())) odd.add(character);
        if (/^[a-z]$/iu.test(character)) odd.add(character);
      }
    }
    const codes = [...odd].map((character) => character.charCodeAt(0)).sort((a, b) => a - b);
    expect(codes).toEqual([...ODD_CASE_CODES].sort((a, b) => a - b));
  });

  it('compares as the canonical case above does, within each group of letters', () => {
    const groups = new Map<string, string[]>();
    for (const character of characters) {
      const key = canonical(character);
      groups.set(key, [...(groups.get(key) ?? []), character]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const letter of group) {
        const escaped = `\\u${letter.charCodeAt(0).toString(16).padStart(4, '0')}`;
        const pattern = new RegExp(`^${escaped}$`, 'i');
        for (const other of group) expect(pattern.test(other)).toBe(true);
      }
    }
  });

  it.each([
    ['KILLED', false],
    ['Погибли военные', false],
    ['ſoldiers', true],
    ['\u212aILLED', true],
    ['İdlib', true],
  ])('%j has odd case: %j', (text, odd) => {
    expect(hasOddCase(text)).toBe(odd);
  });
});
