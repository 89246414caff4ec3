// A regular expression source that matches just the words of a list, with the words that share a
// beginning sharing one branch for it: "be", "been" and "became" read as `be(?:came|en)?`. A plain
// alternation makes the engine try every word in turn at each place it is tried; this one reads
// each letter once, which matters where the list is tried at every word of a text.

interface Node {
  next: Map<string, Node>;
  endsWord: boolean;
}

/**
 * A source matching the strings of `words` and no others, as `words.join('|')` does (in a
 * group); where one word begins another it may take the longer where the list takes the first
 * listed, so it serves where only whether a word stands there matters.
 */
export function wordTrie(words: readonly string[]): string {
  const root: Node = { next: new Map(), endsWord: false };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (child === undefined) {
        child = { next: new Map(), endsWord: false };
        node.next.set(character, child);
      }
      node = child;
    }
    node.endsWord = true;
  }
  return `(?:${branches(root).join('|')})`;
}

function branches(node: Node): string[] {
  return [...node.next].map(([character, child]) => {
    if (child.next.size === 0) return escaped(character);
    const rest = branches(child);
    if (child.endsWord) return `${escaped(character)}(?:${rest.join('|')})?`;
    return escaped(character) + (rest.length === 1 ? (rest[0] ?? '') : `(?:${rest.join('|')})`);
  });
}

function escaped(character: string): string {
  return character.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
