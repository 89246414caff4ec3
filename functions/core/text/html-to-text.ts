// HTML (or plain text) to the paragraph-separated plain text the classifier reads. Paragraph
// breaks matter: the classifier works sentence by sentence, and a heading run into its first
// paragraph makes a sentence that was never written.
import { parseHTML } from 'linkedom';

/** The part of a DOM node this module reads; linkedom's own types need the DOM library. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const CONTAINER_NODES = new Set([ELEMENT_NODE, DOCUMENT_NODE, DOCUMENT_FRAGMENT_NODE]);

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never reader-visible text. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
]);

const CELL_ELEMENTS = new Set(['td', 'th']);

/** Markup left in the text after one conversion means the HTML was escaped twice. */
const ESCAPED_MARKUP =
  /<\/?(p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote)\b[^<>]*>/i;

/** An entity reference still standing in the text after parsing: an escaped `&amp;#8217;`. */
const LEFTOVER_ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

export function htmlToText(html: string): string {
  const text = convert(html);
  return ESCAPED_MARKUP.test(text) ? convert(text) : text;
}

function convert(html: string): string {
  const paragraphs = hasMarkup(html) ? paragraphsOfHtml(html) : paragraphsOfPlainText(html);
  const joined = paragraphs.join('\n\n');
  if (!LEFTOVER_ENTITY.test(joined)) return joined;
  return tidyParagraphs(decodeEntityReferences(joined).split(/\n{2,}/));
}

function hasMarkup(text: string): boolean {
  return /<(\/?[a-z][a-z\d-]*[\s/>]|!--)/i.test(text);
}

function paragraphsOfPlainText(text: string): string[] {
  const decoded = LEFTOVER_ENTITY.test(text) ? decodeEntityReferences(text) : text;
  return tidy(decoded.split(/\r?\n[^\S\r\n]*\r?\n/));
}

function paragraphsOfHtml(html: string): string[] {
  const root = parseRoot(html);
  const collector = new ParagraphCollector();
  collector.walk(root);
  return collector.finish();
}

/** The element whose text we want: the body of a whole page, or of the wrapper around a fragment. */
function parseRoot(html: string): DomNode {
  const document = parseHtmlDocument(html) as { body?: DomNode; documentElement: DomNode };
  return document.body ?? document.documentElement;
}

/**
 * A linkedom document for a whole page or for a fragment. Fragments (and pages too broken to
 * give a root element) are wrapped in a page, so the document always has a body.
 */
export function parseHtmlDocument(html: string): unknown {
  const isPage = /<(html|body)[\s>]|<!doctype\s/i.test(html);
  if (isPage) {
    const { document } = parseHTML(html) as { document: { documentElement: unknown } };
    if (document.documentElement) return document;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
    .document as unknown;
}

class ParagraphCollector {
  private readonly paragraphs: string[] = [];
  private current = '';

  walk(node: DomNode): void {
    if (node.nodeType === TEXT_NODE) {
      this.current += node.nodeValue ?? '';
      return;
    }
    if (!CONTAINER_NODES.has(node.nodeType)) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) this.breakParagraph();
    if (CELL_ELEMENTS.has(name)) this.current += ' ';
    // linkedom builds childNodes afresh on each access: read it once.
    for (const child of Array.from(node.childNodes)) this.walk(child);
    if (CELL_ELEMENTS.has(name)) this.current += ' ';
    if (block) this.breakParagraph();
  }

  finish(): string[] {
    this.breakParagraph();
    return this.paragraphs;
  }

  private breakParagraph(): void {
    const paragraph = collapseWhitespace(this.current);
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = '';
  }
}

/**
 * Decodes entity references that survived parsing, as in double-escaped `&amp;#8217;`. Only
 * complete references (with the semicolon) that name a real entity are decoded, so that "R&D"
 * or "&notes;" stay as written.
 */
function decodeEntityReferences(text: string): string {
  const references = [...new Set(text.match(new RegExp(LEFTOVER_ENTITY.source, 'gi')) ?? [])];
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body><pre>${references.join('\u0001')}</pre></body></html>`,
  ) as { document: { body: { textContent: string | null } } };
  const decoded = (document.body.textContent ?? '').split('\u0001');
  // "&#1;" would decode to the separator itself: better to decode nothing than the wrong thing.
  if (decoded.length !== references.length) return text;
  const table = new Map<string, string>();
  references.forEach((reference, index) => {
    const value = decoded[index];
    // A real entity stands for one or two characters; "&notes;" read as "&not" + "es;" does not.
    if (value !== undefined && value !== reference && [...value].length <= 2) {
      table.set(reference, value);
    }
  });
  return text.replace(new RegExp(LEFTOVER_ENTITY.source, 'gi'), (ref) => table.get(ref) ?? ref);
}

function tidyParagraphs(paragraphs: string[]): string {
  return tidy(paragraphs).join('\n\n');
}

function tidy(paragraphs: string[]): string[] {
  return paragraphs.map(collapseWhitespace).filter((paragraph) => paragraph !== '');
}

/** Collapses every kind of space (tabs, newlines, no-break and typographic spaces) to one. */
function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}
