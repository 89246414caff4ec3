// Which of many sets of words a text holds, each word found anywhere in it as `text.includes(word)`
// would find it, all in one pass over the text: the automaton of Aho and Corasick, its moves in
// one table. A regular expression per set reads the text once per set; the casualty count asks
// this of every sentence for some eighty sets.

interface Automaton {
  /** The column of each UTF-16 code unit in `moves`; 0 for one that is in no word. */
  columns: Uint16Array;
  width: number;
  /** The state after a state and a character: `moves[state * width + column]`. */
  moves: Uint16Array | Uint32Array;
  /** The sets with a word that ends in each state, if any. */
  ends: (readonly number[] | undefined)[];
}

export class WordSets {
  readonly #sets: (readonly string[])[] = [];
  #automaton: Automaton | undefined;

  /** Adds a set of words to look for; its index in what `find` returns. */
  add(words: readonly string[]): number {
    if (this.#automaton !== undefined) throw new Error('WordSets: a set added after a search');
    this.#sets.push(words);
    return this.#sets.length - 1;
  }

  /** For each set, in the order added, whether `text` holds one of its words: 1 if so, else 0. */
  find(text: string): Uint8Array {
    this.#automaton ??= automaton(this.#sets);
    const { columns, width, moves, ends } = this.#automaton;
    const found = new Uint8Array(this.#sets.length);
    // The empty word, if a set has it, is in every text.
    for (const set of ends[0] ?? []) found[set] = 1;
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      state = moves[state * width + (columns[text.charCodeAt(index)] ?? 0)] ?? 0;
      const ended = ends[state];
      if (ended !== undefined) for (const set of ended) found[set] = 1;
    }
    return found;
  }
}

function automaton(sets: readonly (readonly string[])[]): Automaton {
  const columns = new Uint16Array(0x10000);
  let width = 1;
  for (const words of sets) {
    for (const word of words) {
      for (let index = 0; index < word.length; index += 1) {
        const code = word.charCodeAt(index);
        if (columns[code] === 0) {
          columns[code] = width;
          width += 1;
        }
      }
    }
  }

  // The trie of the words: each state is the text read along a word so far.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  sets.forEach((words, set) => {
    for (const word of words) {
      let state = 0;
      for (let index = 0; index < word.length; index += 1) {
        const column = columns[word.charCodeAt(index)] ?? 0;
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
  // already has its moves.
  const moves =
    children.length <= 0x10000
      ? new Uint16Array(children.length * width)
      : new Uint32Array(children.length * width);
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
  return {
    columns,
    width,
    moves,
    ends: ends.map((sets) => (sets.length > 0 ? [...new Set(sets)] : undefined)),
  };
}
