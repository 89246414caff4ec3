import { describe, expect, it } from 'vitest';
import { wordTrie } from '../../functions/core/classify/word-trie.js';

/** Every string of up to `length` letters of `alphabet`. */
function strings(alphabet: string, length: number): string[] {
  const all = [''];
  for (let index = 0; index < all.length; index += 1) {
    const text = all[index] ?? '';
    if (text.length < length) for (const letter of alphabet) all.push(text + letter);
  }
  return all;
}

describe('wordTrie', () => {
  it('shares the beginnings of words', () => {
    expect(wordTrie(['be', 'been', 'became', 'become', 'becomes', 'by'])).toBe(
      '(?:b(?:e(?:en|c(?:ame|ome(?:s)?))?|y))',
    );
  });

  it('matches just the strings the plain alternation of its words matches', () => {
    const candidates = strings('ab ', 4);
    // Word lists from the candidates, each word's prefixes among them or not.
    for (let seed = 1; seed < 200; seed += 1) {
      const words = candidates.filter((word, index) => word !== '' && (index * seed) % 7 < 2);
      const trie = new RegExp(`^${wordTrie(words)}$`, 'i');
      for (const text of candidates) {
        expect(trie.test(text), `${text} in ${words.join(',')}`).toBe(words.includes(text));
      }
    }
  });

  it('escapes what a regular expression reads as syntax', () => {
    const words = ['a.b', 'a-b', '(c)', 'd|e', 'f?'];
    const trie = new RegExp(`^${wordTrie(words)}$`);
    for (const word of words) expect(trie.test(word)).toBe(true);
    expect(trie.test('axb')).toBe(false);
    expect(trie.test('d')).toBe(false);
  });
});
