// Entity declarations are how XML documents attack their readers: nested internal entities that
// expand to gigabytes ("billion laughs"), and external ones that make the reader fetch a URL or
// read a local file. No feed needs them, so a document that declares any is refused unread.

export const ENTITY_DECLARATIONS_REFUSED = 'feed declares XML entities in its DOCTYPE; refused';

/**
 * The DOCTYPE before the root element, internal subset included. The internal subset is matched
 * up to its first `]`: entity values may hold one, and then the rest is still checked below.
 */
const DOCTYPE = /<!DOCTYPE\b[^[>]*(\[[^\]]*)?/i;

/**
 * Throws when the document's DOCTYPE declares entities (internal or external, general or
 * parameter). A DOCTYPE that only names an external DTD, as RSS 0.91's Netscape one does, is
 * allowed: the DTD is never fetched, and its HTML entities are known by name anyway.
 * Runs in time linear in the prolog's length, and reads nothing beyond the root element's start.
 */
export function refuseEntityDeclarations(xml: string): void {
  const rootStart = xml.search(/<[A-Za-z_]/);
  const prolog = rootStart === -1 ? xml : xml.slice(0, rootStart);
  const doctype = DOCTYPE.exec(prolog);
  if (doctype === null) return;
  const subset = prolog.slice(doctype.index);
  if (/<!ENTITY\b/i.test(subset)) throw new Error(ENTITY_DECLARATIONS_REFUSED);
}
