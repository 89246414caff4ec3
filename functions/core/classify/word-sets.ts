// Which of many sets of words a text holds, each word found anywhere in it as
// `text.toLowerCase().includes(word)` would find it, all in one pass over the text: the automaton
// of Aho and Corasick, its moves in one table, read through a table that lower-cases each
// character. A regular expression per set reads the text once per set; the casualty count asks
// this of every sentence for some ninety sets.

import { lowerCaseUnits } from '../text/lower-case-units.js';

/**
 * The characters that lower-casing and a case-insensitive regular expression take for different
 * letters: "ᲂ", "µ" and (with the u flag) "ſ" lower-case to themselves but are matched as "о", "μ"
 * and "s"; "İ" and the Kelvin sign lower-case to "i" and "k" but are not matched as them. The
 * unit test derives the list.
 */
export const ODD_CASE_CODES: readonly number[] = [
  0xb5, 0x130, 0x17f, 0x345, 0x3c2, 0x3d0, 0x3d1, 0x3d5, 0x3d6, 0x3f0, 0x3f1, 0x3f5, 0x1c80, 0x1c81,
  0x1c82, 0x1c83, 0x1c84, 0x1c85, 0x1c86, 0x1c87, 0x1c88, 0x1e9b, 0x1fbe, 0x212a,
];
const ODD_CASE = new RegExp(
  `[${ODD_CASE_CODES.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`,
);
/** 1 for each code unit of ODD_CASE_CODES: `find` tells them apart as it reads. */
const IS_ODD_CASE = new Uint8Array(0x10000);
for (const code of ODD_CASE_CODES) IS_ODD_CASE[code] = 1;

/**
 * Whether `text` holds a character that lower-casing and a case-insensitive regular expression
 * take for different letters. In a text without one, where such an expression matches a word of
 * a word set (an ASCII word, if it has the u flag) the text in lower case holds the word; and
 * where the text in lower case holds an ASCII word, such an expression matches it.
 */
export function hasOddCase(text: string): boolean {
  return ODD_CASE.test(text);
}

/** The sets a text holds a word of. */
export class WordsFound {
  /** Set i is bit i % 32 of element i / 32. */
  readonly #bits: Int32Array;
  /** Whether the text has a character of odd case, as `hasOddCase` says. */
  readonly oddCase: boolean;

  constructor(bits: Int32Array, oddCase: boolean) {
    this.#bits = bits;
    this.oddCase = oddCase;
  }

  has(set: number): boolean {
    return (((this.#bits[set >> 5] ?? 0) >>> (set & 31)) & 1) === 1;
  }
}

interface Automaton {
  /** The column in `moves` of each UTF-16 code unit, lower-cased; 0 for one in no word. */
  columns: Uint16Array;
  /**
   * A state is the offset of its row of moves, one per column. A move is the row it goes to,
   * plus 1 where a word ends (rows are even).
   */
  moves: Uint32Array;
  /** The bits of the sets with a word that ends in a state, by its row. */
  ends: Map<number, Int32Array>;
  /** The column of "i", which "İ" lower-cases to before a combining dot. */
  iColumn: number;
}

export class WordSets {
  readonly #sets: (readonly string[])[] = [];
  #automaton: Automaton | undefined;

  /** Adds a set of lower-case words to look for; its index in what `find` returns. */
  add(words: readonly string[]): number {
    if (this.#automaton !== undefined) throw new Error('WordSets: a set added after a search');
    for (const word of words) {
      if (word !== word.toLowerCase() || !lowerCasedAlike(word)) {
        throw new Error(`WordSets: a word that is not lower case, or not one to look for: ${word}`);
      }
    }
    this.#sets.push(words);
    return this.#sets.length - 1;
  }

  /** The sets that `text`, in lower case, holds a word of. */
  find(text: string): WordsFound {
    this.#automaton ??= automaton(this.#sets);
    const { columns, moves, ends, iColumn } = this.#automaton;
    const bits = new Int32Array((this.#sets.length + 31) >> 5);
    // The empty word, if a set has it, is in every text.
    markEnds(bits, ends, 0);
    let row = 0;
    // Whether a character of odd case was read: the one pass answers `hasOddCase` too.
    let oddCase = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code > 0x7f) {
        oddCase |= IS_ODD_CASE[code] ?? 0;
        if (code === 0x130) {
          // "İ" lower-cases to "i" and a combining dot, which is in no word: after it, none goes
          // on.
          const move = moves[row + iColumn] ?? 0;
          if ((move & 1) === 1) markEnds(bits, ends, move & ~1);
          row = 0;
          continue;
        }
      }
      const move = moves[row + (columns[code] ?? 0)] ?? 0;
      row = move & ~1;
      if (move !== row) markEnds(bits, ends, row);
    }
    return new WordsFound(bits, oddCase === 1);
  }
}

/**
 * Adds to `bits` the sets with a word that ends in the state of `row`. A function of the module,
 * not a closure over `bits`: that would be made, and named, at every search, which costs about
 * as much as the search of a sentence.
 */
function markEnds(bits: Int32Array, ends: ReadonlyMap<number, Int32Array>, row: number): void {
  const ended = ends.get(row);
  if (ended === undefined) return;
  for (let index = 0; index < bits.length; index += 1) {
    bits[index] = (bits[index] ?? 0) | (ended[index] ?? 0);
  }
}

/**
 * Whether a text lower-cased a character at a time holds `word` just where `toLowerCase` would
 * make it hold it: so unless the word has a surrogate (of a character lower-cased as a pair), the
 * dot `toLowerCase` adds after "i" for "İ", or a Greek sigma (lower-cased by its neighbours).
 * Nor may it have a character of odd case (see `hasOddCase`).
 */
function lowerCasedAlike(word: string): boolean {
  if (hasOddCase(word)) return false;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x307 || code === 0x3c2 || code === 0x3c3) {
      return false;
    }
  }
  return true;
}

function automaton(sets: readonly (readonly string[])[]): Automaton {
  // A column for each character of a word, then the column of each character's lower case.
  const columnOf = new Map<number, number>();
  for (const words of sets) {
    for (const word of words) {
      for (let index = 0; index < word.length; index += 1) {
        const code = word.charCodeAt(index);
        if (!columnOf.has(code)) columnOf.set(code, columnOf.size + 1);
      }
    }
  }
  const columns = lowerCaseColumns(columnOf);
  // Even, so that the offset of a row leaves its lowest bit for the mark of an end.
  const width = columnOf.size + 1 + ((columnOf.size + 1) % 2);

  // The trie of the words: each state is the text read along a word so far.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  sets.forEach((words, set) => {
    for (const word of words) {
      let state = 0;
      for (let index = 0; index < word.length; index += 1) {
        const column = columnOf.get(word.charCodeAt(index)) ?? 0;
        let child = children[state]?.get(column);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(column, child);
        }
        state = child;
      }
      ends[state]?.push(set);
    }
  });

  // Each state's moves, breadth first: where no word goes on, a state moves as its fallback does,
  // the state of the longest end of its text that a word begins with, which is shallower and so
  // already has its moves. A move is a state number until all are known.
  const moves = new Uint32Array(children.length * width);
  const fallback = new Uint32Array(children.length);
  const queue: number[] = [];
  for (const [column, child] of children[0] ?? []) {
    moves[column] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0;
    const back = fallback[state] ?? 0;
    // A word that ends where the fallback is also ends here.
    ends[state]?.push(...(ends[back] ?? []));
    for (let column = 0; column < width; column += 1) {
      const child = children[state]?.get(column);
      const backMove = moves[back * width + column] ?? 0;
      if (child === undefined) {
        moves[state * width + column] = backMove;
      } else {
        moves[state * width + column] = child;
        fallback[child] = backMove;
        queue.push(child);
      }
    }
  }

  const endsByRow = new Map<number, Int32Array>();
  ends.forEach((endingSets, state) => {
    if (endingSets.length === 0) return;
    const bits = new Int32Array((sets.length + 31) >> 5);
    for (const set of endingSets) bits[set >> 5] = (bits[set >> 5] ?? 0) | (1 << (set & 31));
    endsByRow.set(state * width, bits);
  });
  for (let index = 0; index < moves.length; index += 1) {
    const row = (moves[index] ?? 0) * width;
    moves[index] = endsByRow.has(row) ? row + 1 : row;
  }
  return { columns, moves, ends: endsByRow, iColumn: columnOf.get(0x69) ?? 0 };
}

/** For each UTF-16 code unit, the column of its lower case (one code unit), or 0. */
function lowerCaseColumns(columnOf: ReadonlyMap<number, number>): Uint16Array {
  const lower = lowerCaseUnits();
  const columns = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    columns[code] = columnOf.get(lower[code] ?? code) ?? 0;
  }
  return columns;
}
