// Feeds are written by HTML tools, and `&nbsp;` or `&eacute;` in a title is an undefined entity
// to an XML parser. A browser-grade reader knows them; so do we, by name, before parsing.
import { parseHTML } from 'linkedom';

/** The entities XML itself defines: left for the XML parser. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Characters that must stay escaped in XML text and attribute values. */
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

const NAMED_REFERENCE = /&([A-Za-z][A-Za-z\d]{1,31});/g;
const CDATA_SECTION = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/**
 * Replaces HTML5 named character references (other than XML's five) with the characters they
 * stand for, outside CDATA sections. Unknown names are left as written, for the XML parser to
 * judge. Characters XML reserves (`&AMP;`, `&LT;`) become the XML entity instead.
 */
export function replaceHtmlEntities(xml: string): string {
  const names = new Set<string>();
  for (const match of xml.matchAll(NAMED_REFERENCE)) {
    const name = match[1] ?? '';
    if (!XML_ENTITIES.has(name)) names.add(name);
  }
  if (names.size === 0) return xml;
  const table = decodeNames([...names]);
  if (table.size === 0) return xml;
  return xml
    .split(CDATA_SECTION)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(NAMED_REFERENCE, (reference, name: string) => table.get(name) ?? reference),
    )
    .join('');
}

/**
 * The characters for these entity names, by HTML's own table as linkedom's parser applies it.
 * A name it does not know comes back as written and is left out.
 */
function decodeNames(names: string[]): Map<string, string> {
  const separator = '\u0001';
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body><pre>${names.map((name) => `&${name};`).join(separator)}</pre></body></html>`,
  ) as { document: { body: { textContent: string | null } } };
  const decoded = (document.body.textContent ?? '').split(separator);
  const table = new Map<string, string>();
  if (decoded.length !== names.length) return table;
  names.forEach((name, index) => {
    const value = decoded[index];
    // A real entity stands for one or two characters; "&notes;" read as "&not" + "es;" does not.
    if (value === undefined || value === `&${name};` || [...value].length > 2) return;
    table.set(name, [...value].map((character) => XML_ESCAPES[character] ?? character).join(''));
  });
  return table;
}
