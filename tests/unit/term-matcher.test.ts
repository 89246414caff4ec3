// The term syntax of the ruleset and the one-pass scanner that reads several matchers at once.
import { describe, expect, it } from 'vitest';
import {
  compileTermMatcher,
  compileTermScanner,
  foldText,
} from '../../functions/core/classify/term-matcher.js';

function matches(terms: string[], text: string): string[] {
  return compileTermMatcher([{ id: 'test', terms }])
    .scan(text)
    .map((hit) => text.slice(hit.start, hit.end));
}

describe('compileTermMatcher', () => {
  it('matches whole words, whatever their case', () => {
    expect(matches(['truce'], 'The TRUCE held; truces, untruce and truce-like did not.')).toEqual([
      'TRUCE',
      'truce',
    ]);
  });

  it('ends an Ethiopic word at its wordspace and its full stop', () => {
    // Tigrinya: "… killed 12 civilians: residents", "the fighting resumed."
    expect(matches(['ቐቲሉ', 'ውግእ'], '12 ሰላማዊ ሰባት ቐቲሉ፡ ነበርቲ። ውግእ።')).toEqual(['ቐቲሉ', 'ውግእ']);
  });

  it('reads the Turkish capital "İ" as "i"', () => {
    expect(matches(['idlib'], "İdlib'de ateşkes ihlali")).toEqual(['İdlib']);
  });

  it('finds terms inside a run of Thai or Burmese letters, which leave no space between words', () => {
    // "The Thai-Cambodian ceasefire agreement collapsed; fierce clashes on the border again."
    expect(matches(['หยุดยิง', 'ล่ม', 'ปะทะ'], 'ข้อตกลงหยุดยิงไทย-กัมพูชาล่ม ปะทะเดือดชายแดนอีกครั้ง')).toEqual([
      'หยุดยิง',
      'ล่ม',
      'ปะทะ',
    ]);
    // "The military council violated the ceasefire agreement."
    expect(matches(['အပစ်ရပ်', 'ချိုးဖောက်'], 'စစ်ကောင်စီက အပစ်ရပ်သဘောတူညီချက် ချိုးဖောက်သည်')).toEqual([
      'အပစ်ရပ်',
      'ချိုးဖောက်',
    ]);
    // A Latin word still ends at a letter, not inside a run of Thai.
    expect(matches(['truce'], 'trucesหยุดยิง truceหยุดยิง')).toEqual(['truce']);
  });

  it('glues prefixes onto a term only from its own script', () => {
    // Hebrew "in the violation of the ceasefire", Amharic "of Pretoria".
    expect(matches(['*הפסקת האש'], 'בהפרה של הפסקת האש ובהפסקת האש')).toEqual([
      'הפסקת האש',
      'ובהפסקת האש',
    ]);
    expect(matches(['*ፕሪቶሪያ'], 'የፕሪቶሪያ ስምምነት')).toEqual(['የፕሪቶሪያ']);
    // Latin letters are no Hebrew prefix.
    expect(matches(['*הפסקת האש'], 'abהפסקת האש')).toEqual([]);
    // Kurdish letters beyond Arabic's own are of the Arabic script too: "و" glues on, "ab" not.
    expect(matches(['*پێشێل*'], 'وپێشێلکرد abپێشێل')).toEqual(['وپێشێلکرد']);
  });

  it('reads a space in a term as any run of spaces or hyphens', () => {
    expect(matches(['air strike'], 'an air strike, an air-strike, an air  strike')).toEqual([
      'air strike',
      'air-strike',
      'air  strike',
    ]);
  });

  it('reads a hyphen in a term as an optional hyphen or space', () => {
    expect(matches(['cease-fire'], 'ceasefire, cease-fire, cease fire, cease--fire')).toEqual([
      'ceasefire',
      'cease-fire',
      'cease fire',
    ]);
  });

  it('lets "*" end a word with any further letters, but not digits', () => {
    expect(matches(['violat*'], 'violated violations violat3 Violating')).toEqual([
      'violated',
      'violations',
      'Violating',
    ]);
    expect(matches(['withdr* from the truce'], 'it withdrew from the truce')).toEqual([
      'withdrew from the truce',
    ]);
  });

  it('lets "*" start a term with up to three letters of its script glued on', () => {
    expect(matches(['*هدنة'], 'هدنة والهدنة بالهدنة')).toEqual(['هدنة', 'والهدنة', 'بالهدنة']);
    expect(matches(['*هدنة'], 'Xهدنة')).toEqual([]);
  });

  it('reads typographic apostrophes as plain ones and other punctuation as a break', () => {
    expect(matches(["didn't"], "they didn’t, we didn't")).toEqual(['didn’t', "didn't"]);
    expect(matches(['cease fire'], 'cease—fire')).toEqual(['cease—fire']);
  });

  it('reads a quotation mark as a break, as it does a typographic one', () => {
    expect(matches(['was dead'], 'the truce was "dead", he said')).toEqual(['was "dead']);
    expect(matches(['was dead'], 'the truce was “dead”, he said')).toEqual(['was “dead']);
    expect(matches(['was dead'], 'the truce was ‘dead’, he said')).toEqual(['was ‘dead']);
  });

  it('takes the longest term at a place and goes on after it', () => {
    const hits = compileTermMatcher([
      { id: 'ceasefire', terms: ['ceasefire'] },
      { id: 'other', terms: ['ceasefire talks'] },
    ]).scan('ceasefire talks broke down; the ceasefire held');
    expect(hits.map((hit) => [hit.text, hit.sets])).toEqual([
      ['ceasefire talks', [1]],
      ['ceasefire', [0]],
    ]);
  });

  it('tries a literal word before a shorter term with "*", as an alternation does', () => {
    const hits = compileTermMatcher([
      { id: 'casualty', terms: ['killed'] },
      { id: 'background', terms: ['kill* thousands'] },
    ]).scan('shelling killed thousands');
    expect(hits.map((hit) => [hit.text, hit.sets])).toEqual([['killed', [0]]]);
  });

  it('resolves a match to every set with a term that matches it exactly', () => {
    const hits = compileTermMatcher([
      { id: 'a', terms: ['fir*'] },
      { id: 'b', terms: ['firing'] },
      { id: 'c', terms: ['firing on'] },
    ]).scan('firing at them');
    expect(hits.map((hit) => hit.sets)).toEqual([[0, 1]]);
  });

  it('resolves a text alike however its letters are cased, each time it is met', () => {
    const hits = compileTermMatcher([
      { id: 'a', terms: ['ceasefire'] },
      { id: 'b', terms: ['cease-fire'] },
      { id: 'c', terms: ['cease*'] },
    ]).scan('Ceasefire, ceasefire, cease-fire, CEASEFIRE; they ceased, ceasefire.');
    expect(hits.map((hit) => [hit.text, hit.sets])).toEqual([
      ['ceasefire', [0, 1, 2]],
      ['ceasefire', [0, 1, 2]],
      ['cease-fire', [1]],
      ['ceasefire', [0, 1, 2]],
      ['ceased', [2]],
      ['ceasefire', [0, 1, 2]],
    ]);
  });

  it('resolves texts that end at one place of the terms each by its own letters', () => {
    // "ab c" and "ab  c" both end where "ab c" does; only the first is also "ab-c".
    const hits = compileTermMatcher([
      { id: 'hyphen', terms: ['ab-c'] },
      { id: 'space', terms: ['ab c'] },
    ]).scan('ab c, ab  c, AB C, ab-c, ab  c');
    expect(hits.map((hit) => [hit.text, hit.sets])).toEqual([
      ['ab c', [0, 1]],
      ['ab  c', [1]],
      ['ab c', [0, 1]],
      ['ab-c', [0, 1]],
      ['ab  c', [1]],
    ]);
  });

  it('resolves each text at a place many texts end at as a matcher new to it would', () => {
    // The forms of "attack*" that no other term spells out end at one place of the terms, the
    // one after its "*"; more of them come by than a place remembers, in turn and again.
    const sets = [
      { id: 'any', terms: ['attack*'] },
      { id: 'plural', terms: ['attacks', 'attackers'] },
      { id: 'past', terms: ['attacked'] },
    ];
    const forms = 'attack attacks attacked attacker attackers attacking attackable attackless';
    const words = `${forms} attackv attackw attackx attacky attackz`.split(' ');
    const text = [
      ...words,
      ...[...words].reverse(),
      ...words.map((word) => word.toUpperCase()),
    ].join(', ');
    const found = compileTermMatcher(sets)
      .scan(text)
      .map((hit) => [hit.text, hit.sets]);
    const alone = text
      .split(', ')
      .map((word) => [foldText(word), compileTermMatcher(sets).scan(word)[0]?.sets]);
    expect(found).toEqual(alone);
    expect(found.slice(0, 3)).toEqual([
      ['attack', [0]],
      ['attacks', [0, 1]],
      ['attacked', [0, 2]],
    ]);
  });

  it('names the term and set in an error about a bad term', () => {
    expect(() => compileTermMatcher([{ id: 'armed', terms: ['fi*re'] }])).toThrow(
      /term "fi\*re" in "armed"/,
    );
  });
});

describe('compileTermScanner', () => {
  it('finds each matcher its own matches in one pass, as if each scanned alone', () => {
    const scanner = compileTermScanner([
      [{ id: 'ceasefire', terms: ['minsk agreement*'] }],
      [{ id: 'marker', terms: ['minsk'] }],
    ]);
    const found: [number, string, number, number][] = [];
    const text = 'Kyiv said the Minsk agreements were broken near Minsk.';
    scanner.scanRange(text, 0, text.length, (matcher, start, end, _sets, word, endWord) => {
      found.push([matcher, text.slice(start, end), word, endWord]);
    });
    expect(found).toEqual([
      [0, 'Minsk agreements', 3, 4],
      [1, 'Minsk', 3, 3],
      [1, 'Minsk', 8, 8],
    ]);
  });

  it('resolves a match to the sets of the matcher that found it', () => {
    const scanner = compileTermScanner([
      [{ id: 'truce', terms: ['truce'] }],
      [
        { id: 'exact', terms: ['truce'] },
        { id: 'any', terms: ['truce*'] },
      ],
    ]);
    const found: [number, readonly number[]][] = [];
    const text = 'Truce, then truce again.';
    scanner.scanRange(text, 0, text.length, (matcher, _start, _end, sets) => {
      found.push([matcher, sets]);
    });
    expect(found).toEqual([
      [0, [0]],
      [1, [0, 1]],
      [0, [0]],
      [1, [0, 1]],
    ]);
  });

  it('counts words from the range start, by whitespace alone', () => {
    const scanner = compileTermScanner([[{ id: 'x', terms: ['truce', 'peace deal'] }]]);
    const found: [string, number, number][] = [];
    const text = 'Before. A truce — then, a\tpeace\u00a0 deal (truce).';
    scanner.scanRange(text, 8, text.length, (_m, start, end, _sets, word, endWord) => {
      found.push([text.slice(start, end), word, endWord]);
    });
    expect(found).toEqual([
      ['truce', 1, 1],
      ['peace\u00a0 deal', 5, 6],
      ['truce', 7, 7],
    ]);
  });

  it('reads nothing outside the range it is given', () => {
    const scanner = compileTermScanner([[{ id: 'x', terms: ['peace deal'] }]]);
    const found: string[] = [];
    const text = 'a peace deal';
    scanner.scanRange(text, 2, 7, (_m, start, end) => found.push(text.slice(start, end)));
    expect(found).toEqual([]);
  });

  it('reads any code unit alike inside a range, lone surrogates and all', () => {
    const scanner = compileTermScanner([[{ id: 'x', terms: ['truce', 'peace deal'] }]]);
    const text = '\ud83d\ude00 Truce\ud800 truce \udc00peace\u2011deal; peace deal \u00e9truce';
    const inRange = (start: number, end: number): string[] => {
      const found: string[] = [];
      scanner.scanRange(text, start, end, (_m, from, to, _sets, word, endWord) => {
        found.push(`${text.slice(from, to)}@${from - start}:${word}-${endWord}`);
      });
      return found;
    };
    // A lone surrogate reads as a break, as U+2011 (a hyphen that does not break) does.
    expect(inRange(0, text.length)).toEqual([
      'Truce@3:1-1',
      'truce@10:2-2',
      'peace\u2011deal@17:3-3',
      'peace deal@29:4-5',
    ]);
    expect(inRange(3, 33)).toEqual(['Truce@0:0-0', 'truce@7:1-1', 'peace\u2011deal@14:2-2']);
    expect(inRange(16, 28)).toEqual(['peace\u2011deal@1:0-0']);
  });

  it('keeps nothing of a longer text scanned before', () => {
    const scanner = compileTermScanner([[{ id: 'x', terms: ['peace deal', 'peace*'] }]]);
    const found: string[] = [];
    const visit = (_m: number, start: number, end: number): void => {
      found.push(`${start}-${end}`);
    };
    scanner.scanRange('a peace deal', 0, 12, visit);
    scanner.scanRange('peace', 0, 5, visit);
    expect(found).toEqual(['2-12', '0-5']);
    expect(scanner.findsAny('a peace', 0, 1)).toBe(false);
  });
});

describe('TermScanner.findsAny', () => {
  it('tells whether any term occurs inside the range, and only there', () => {
    const scanner = compileTermScanner([[{ id: 'truce', terms: ['truce', 'cease-fire*'] }]]);
    const text = 'Markets rallied. The cease-fires held. Rain fell.';
    expect(scanner.findsAny(text, 0, text.length)).toBe(true);
    expect(scanner.findsAny(text, 0, 16)).toBe(false);
    expect(scanner.findsAny(text, 39, text.length)).toBe(false);
  });
});

describe('foldText', () => {
  it('folds case, apostrophes and punctuation above ASCII as the matcher compares them', () => {
    expect(foldText('Cease–Fire’s «Truce»')).toBe("cease fire's  truce ");
  });
});
