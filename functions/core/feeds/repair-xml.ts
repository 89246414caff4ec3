// Repairs a feed reader makes when the XML parser rejects a document: what a browser would have
// shown anyway. Each repair is conservative: it changes nothing a well-formed document contains.

/** `&` not starting an XML entity or character reference becomes `&amp;` (outside CDATA). */
export function escapeStrayAmpersands(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi, '&amp;'),
    )
    .join('');
}

/** Entries of every feed format: an incomplete one is dropped rather than half kept. */
const ENTRY_ELEMENT = /^(?:[\w.-]+:)?(?:item|entry)$/;

/** Where entries belong: an element still open above these when an entry starts was left open. */
const ENTRY_PARENT = /^(?:[\w.-]+:)?(?:channel|feed|rss|RDF)$/;

/**
 * Markup tokens, in document order. An opening `<` whose token never ends (cut off in a tag,
 * a comment or a CDATA section) matches the last alternative and marks where the text stops.
 */
const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>|<\/([^\s<>]+)\s*>|<([^\s/<>!?]+)(?:\s+[^<>]*?)?(\/?)>|</g;

interface OpenElement {
  name: string;
  /** Offset in the output of its start tag. */
  start: number;
}

/**
 * Mends the element structure as a forgiving reader does: an element left open is closed where
 * its parent closes, or where the next entry starts; a closing tag that closes nothing is
 * dropped; a document that ends early (a dropped connection, a full disk at the publisher) is
 * cut after its last complete entry and the elements still open are closed in order. Undefined
 * when there was nothing to mend, or when the document was cut off inside its first entry.
 */
export function repairElementStructure(xml: string): string | undefined {
  const open: OpenElement[] = [];
  let output = '';
  let from = 0;
  let changed = false;
  const closeDownTo = (depth: number): void => {
    while (open.length > depth) output += `</${open.pop()?.name}>`;
    changed = true;
  };
  let truncated = false;
  let completeEntries = 0;
  for (const match of xml.matchAll(TOKEN)) {
    const [token, closing, opening, selfClosing] = match;
    if (token === '<') {
      output += xml.slice(from, match.index);
      from = xml.length;
      truncated = true;
      break;
    }
    output += xml.slice(from, match.index);
    from = match.index + token.length;
    if (closing !== undefined) {
      const depth = findLast(open, closing);
      if (depth === -1) {
        changed = true;
        continue;
      }
      if (depth < open.length - 1) closeDownTo(depth + 1);
      if (ENTRY_ELEMENT.test(open.pop()?.name ?? '')) completeEntries += 1;
    } else if (opening !== undefined && selfClosing !== '/') {
      if (ENTRY_ELEMENT.test(opening)) {
        const parent = findLastMatching(open, ENTRY_PARENT);
        if (parent !== -1 && parent < open.length - 1) closeDownTo(parent + 1);
      }
      open.push({ name: opening, start: output.length });
    }
    output += token;
  }
  output += xml.slice(from);
  if (open.length === 0) return changed ? output : undefined;
  const entry = open.findIndex((element) => ENTRY_ELEMENT.test(element.name));
  // Cut off in its first entry, the document holds nothing to keep: that is a failed fetch.
  if (entry !== -1 && completeEntries === 0) return undefined;
  if (entry !== -1 || truncated) {
    const cut = entry === -1 ? output.length : (open[entry]?.start ?? output.length);
    // A text node cut in the middle of a reference ("&am") would not parse: drop the fragment.
    output = output.slice(0, cut).replace(/&[#\w]*$/, '');
    if (entry !== -1) open.length = entry;
  }
  closeDownTo(0);
  return output;
}

function findLast(open: readonly OpenElement[], name: string): number {
  for (let index = open.length - 1; index >= 0; index -= 1) {
    if (open[index]?.name === name) return index;
  }
  return -1;
}

function findLastMatching(open: readonly OpenElement[], pattern: RegExp): number {
  for (let index = open.length - 1; index >= 0; index -= 1) {
    if (pattern.test(open[index]?.name ?? '')) return index;
  }
  return -1;
}
