// Feed text to normalised items. rss-parser does the XML work; this module decides what it may be
// given, repairs what real feeds get wrong, and turns its loosely typed output into FeedItems.
import Parser from 'rss-parser';
import type { FeedConfig, FeedItem } from '../model.js';
import { htmlToText } from '../text/html-to-text.js';
import { repairText } from '../text/repair-text.js';
import { replaceHtmlEntities } from '../text/html-entities-in-xml.js';
import { assembleFeedItem } from './assemble-feed-item.js';
import { parseFeedDate } from './feed-date.js';
import { describeHtmlPage, embeddedFeed } from './html-page.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { decodeBase64TextElements } from './decode-base64-text.js';
import { escapeXmlText } from './escape-xml-text.js';
import { refuseEntityDeclarations } from './refuse-entity-declarations.js';
import { escapeStrayAmpersands, repairElementStructure } from './repair-xml.js';

export { parseFeedDate } from './feed-date.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  title: string | null;
  format: FeedFormat;
  items: FeedItem[];
  /** Entries with no title, no text and no link. */
  skipped: number;
}

type XmlValue = unknown;
type RawItem = Record<string, XmlValue>;
type RawFeed = Record<string, XmlValue> & { items?: RawItem[] };

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const RSS1_NAMESPACES = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];

const NOT_A_FEED = 'not a valid RSS/Atom feed';

/**
 * C0 controls other than tab and line ends, and the non-characters U+FFFE and U+FFFF: forbidden
 * in XML, never meaningful in a feed, and U+FFFF serves below as a marker that cannot clash.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** What may precede the root element: white space, processing instructions, comments, a DOCTYPE. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;

/**
 * Parses feed text (already decoded) into items: RSS 0.9x to 2.0, RSS 1.0 (RDF), Atom and JSON
 * Feed. Throws `empty response`, `not a feed: got an HTML page (title …)`, `feed declares XML
 * entities in its DOCTYPE; refused`, `not a valid JSON Feed: …`, or `not a valid RSS/Atom feed: …`
 * with the XML parser's reason.
 */
export async function parseFeed(text: string, feed: FeedConfig): Promise<ParsedFeed> {
  const xml = text.replace(/^\uFEFF/, '').replace(XML_FORBIDDEN_CHARACTERS, '');
  if (xml.trim() === '') throw new Error('empty response');
  if (/^\s*[{[]/.test(xml)) return { format: 'json', ...parseJsonFeed(xml, feed) };
  refuseEntityDeclarations(xml);
  const root = sniffRoot(xml);
  if (root.format === 'html') {
    // A page that wraps a whole feed (a blog template around its own Atom) still holds the feed.
    const inner = embeddedFeed(xml);
    if (inner === undefined) throw new Error(describeHtmlPage(xml));
    return parseFeed(inner, feed);
  }
  const prepared = embedMarkupAsText(
    decodeBase64TextElements(replaceHtmlEntities(withChannel(xml, root))),
  );
  const raw = await parseWithRecovery(prepared, root);
  return normaliseFeed(raw, root.format, feed);
}

interface RootElement {
  format: Exclude<FeedFormat, 'json'> | 'html';
  /** Namespace prefixes to strip so rss-parser sees the element names it expects. */
  strippedPrefixes: string[];
}

/** Reads the root element's name before parsing, to refuse HTML pages and unknown documents. */
function sniffRoot(xml: string): RootElement {
  const head = xml.slice(0, 65536);
  const prolog = PROLOG.exec(head)?.[0] ?? '';
  const rest = head.slice(prolog.length);
  const tag = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(rest);
  if (!tag) {
    if (isHtml(prolog, rest)) return { format: 'html', strippedPrefixes: [] };
    throw new Error(describeNonXml(rest));
  }
  const name = tag[1] ?? '';
  const localName = name.slice(name.indexOf(':') + 1);
  if (/^(html|head|body)$/i.test(localName)) return { format: 'html', strippedPrefixes: [] };
  const namespaces = namespaceDeclarations(tag[2] ?? '');
  if (localName === 'rss') return { format: 'rss', strippedPrefixes: [] };
  if (localName === 'feed') {
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined;
    const isAtom = prefix !== undefined && namespaces.get(prefix) === ATOM_NAMESPACE;
    return { format: 'atom', strippedPrefixes: isAtom ? [prefix] : [] };
  }
  if (localName === 'RDF') {
    const prefixes = [...namespaces].filter(([, uri]) => RSS1_NAMESPACES.includes(uri));
    return { format: 'rdf', strippedPrefixes: prefixes.map(([p]) => p) };
  }
  throw new Error(
    `${NOT_A_FEED}: the root element is <${name}>, expected <rss>, <feed> or <rdf:RDF>`,
  );
}

/**
 * rss-parser reads <channel> without checking that it is there: an RSS or RDF document without
 * one gets an empty one, and parses as the feed with no items that it is.
 */
function withChannel(xml: string, root: RootElement): string {
  if (root.format === 'atom' || /<([\w.-]+:)?channel[\s/>]/.test(xml)) return xml;
  const rootTag =
    root.format === 'rss' ? /<rss\b[^>]*?(?<!\/)>/ : /<([\w.-]+:)?RDF\b[^>]*?(?<!\/)>/;
  return xml.replace(rootTag, (tag) => `${tag}<channel></channel>`);
}

function isHtml(prolog: string, rest: string): boolean {
  return (
    /<!DOCTYPE\s+html/i.test(prolog) ||
    /^<(!doctype\s+html|html|head|body)\b/i.test(rest.trimStart())
  );
}

function describeNonXml(rest: string): string {
  const start = rest.trimStart();
  if (start === '') return `${NOT_A_FEED}: the document has no root element`;
  const preview = start.slice(0, 40).replace(/\s+/g, ' ');
  return `${NOT_A_FEED}: the response is not XML (it starts with "${preview}")`;
}

function namespaceDeclarations(attributes: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const match of attributes.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    declarations.set(match[1] ?? '', match[2] ?? '');
  }
  return declarations;
}

/**
 * Parses strictly first; when the XML parser rejects the document, retries once repaired as a
 * reader would: bare `&` escaped (an unknown entity then stays in the text as written), elements
 * left open closed, stray closing tags dropped, and a truncated document cut after its last
 * complete entry and closed. The error reported is the
 * first one, which names what was wrong with the document as sent.
 */
async function parseWithRecovery(xml: string, root: RootElement): Promise<RawFeed> {
  try {
    return await parseXml(xml, root);
  } catch (error) {
    const escaped = escapeStrayAmpersands(xml);
    const repaired = repairElementStructure(escaped) ?? escaped;
    if (repaired === xml) throw describeError(error, root);
    try {
      return await parseXml(repaired, root);
    } catch {
      throw describeError(error, root);
    }
  }
}

/** rss-parser accepts [from, to, options] here as for items, though its types say otherwise. */
const FEED_FIELDS = [['$', 'attributes', { keepArray: true }]] as unknown as (keyof RawFeed)[];

async function parseXml(xml: string, root: RootElement): Promise<RawFeed> {
  const parser = new Parser<RawFeed, RawItem>({
    defaultRSS: 2,
    xml2js: {
      validator: normaliseNode,
      ...(root.strippedPrefixes.length > 0 && {
        tagNameProcessors: [stripPrefixes(root.strippedPrefixes)],
      }),
    },
    customFields: {
      feed: FEED_FIELDS,
      item: [
        // The element's attributes, for xml:base and RSS 1.0's rdf:about.
        ['$', 'attributes', { keepArray: true }],
        // rss-parser keeps only the guid's text; isPermaLink is needed too.
        ['guid', 'guidElement', { keepArray: true }],
        ['media:description', 'mediaDescription'],
        ['media:group', 'mediaGroup'],
        ['dc:description', 'dcDescription'],
      ],
    },
  });
  return (await parser.parseString(xml)) as RawFeed;
}

function stripPrefixes(prefixes: string[]): (name: string) => string {
  return (name) => {
    const colon = name.indexOf(':');
    return colon > 0 && prefixes.includes(name.slice(0, colon)) ? name.slice(colon + 1) : name;
  };
}

/**
 * Evens out XML that would make rss-parser throw: an Atom `<link>` without attributes, and Atom
 * dates that are missing, unparseable or without a time zone (which would be read in local time).
 */
function normaliseNode(xpath: string, _previous: unknown, value: XmlValue): XmlValue {
  if (/^\/feed(\/entry)?\/link$/.test(xpath)) {
    if (typeof value === 'string') return { $: { href: value.trim() } };
    if (isRecord(value) && !isRecord(value.$)) return { ...value, $: { href: textOf(value) } };
  }
  if (/^\/feed\/entry\/(published|updated)$/.test(xpath) && typeof value === 'string') {
    return parseFeedDate(value) ?? '';
  }
  return value;
}

/** Text elements that may hold markup as child elements: Atom type="xhtml", and careless RSS. */
const TEXT_ELEMENT_WITH_MARKUP =
  /<((?:[\w.-]+:)?(?:content|summary|title|subtitle|rights|description|encoded))(\s[^>]*?)?(?<!\/)>([\s\S]*?)<\/\1\s*>/g;

/**
 * Wraps markup that a text element holds as XML children in CDATA, as if it had been escaped.
 * Left as elements, xml2js would gather a paragraph's text apart from its <strong> and <a>
 * children and the words would come out in the wrong order.
 */
function embedMarkupAsText(xml: string): string {
  const sections: string[] = [];
  const masked = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_match, body: string) => {
    sections.push(body);
    return `\uffff${sections.length - 1}\uffff`;
  });
  const section = (index: string): string => sections[Number(index)] ?? '';
  const wrapped = masked.replace(
    TEXT_ELEMENT_WITH_MARKUP,
    (whole, name: string, attributes: string | undefined, inner: string) => {
      if (!/<[A-Za-z]/.test(inner)) return whole;
      const html = inner
        .replace(/\uffff(\d+)\uffff/g, (_match, index: string) => escapeXmlText(section(index)))
        .replaceAll(']]>', ']]]]><![CDATA[>');
      return `<${name}${attributes ?? ''}><![CDATA[${html}]]></${name}>`;
    },
  );
  return wrapped.replace(
    /\uffff(\d+)\uffff/g,
    (_match, index: string) => `<![CDATA[${section(index)}]]>`,
  );
}

function describeError(error: unknown, root: RootElement): Error {
  if (!(error instanceof Error)) return new Error(`${NOT_A_FEED}: ${String(error)}`);
  return new Error(`${NOT_A_FEED}: ${reasonOf(error, root)}`, { cause: error });
}

function reasonOf(error: Error, root: RootElement): string {
  const saxMessage = /^([^\n]+)\nLine: (\d+)\nColumn: (\d+)/.exec(error.message);
  if (saxMessage) {
    const reason = lowerFirst((saxMessage[1] ?? '').replace(/\.$/, ''));
    // sax counts lines from 0.
    const line = Number(saxMessage[2]) + 1;
    return `${reason} at line ${line}, column ${saxMessage[3]}`;
  }
  if (error.message === 'Unable to parse XML.') return 'no XML element found';
  if (error.message.startsWith('Feed not recognized')) return 'the root element is empty';
  // rss-parser reads the structure without checking it: anything else means an element it relies
  // on is missing or shaped unexpectedly.
  return `unexpected structure in the ${root.format} document (${error.message})`;
}

function normaliseFeed(raw: RawFeed, format: FeedFormat, feed: FeedConfig): ParsedFeed {
  // Relative links resolve against the feed's own URL; a feed read from disk has none, and its
  // site link is the best stand-in.
  const documentUrl = /^https?:\/\//i.test(feed.url) ? feed.url : linkOf(raw.link);
  const feedBase = resolveBase(documentUrl, xmlBase(raw.attributes));
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const entry of raw.items ?? []) {
    const item = normaliseItem(entry, feed, feedBase);
    if (item) items.push(item);
    else skipped += 1;
  }
  return { title: plainTitle(raw.title), format, items, skipped };
}

function normaliseItem(
  entry: RawItem,
  feed: FeedConfig,
  feedBase: string | undefined,
): FeedItem | undefined {
  const base = resolveBase(feedBase, xmlBase(entry.attributes));
  const title = plainTitle(entry.title);
  const guid = textOf(entry.guid ?? entry.id ?? entry['rdf:about']).trim() || undefined;
  return assembleFeedItem({
    feedId: feed.id,
    title,
    guid,
    links: [linkOf(entry.link), permalinkGuid(entry.guidElement)],
    base,
    text: repairText(longestText(entry)),
    published:
      parseFeedDate(textOf(entry.pubDate)) ??
      parseFeedDate(textOf(entry.date)) ??
      parseFeedDate(textOf(entry.isoDate)),
  });
}

function plainTitle(value: XmlValue): string | null {
  const title = repairText(htmlToText(textOf(value)).replace(/\s*\n+\s*/g, ' ')).trim();
  return title === '' ? null : title;
}

/** The longest text among the places feeds put an item's body. */
function longestText(entry: RawItem): string {
  const candidates = [
    entry['content:encoded'],
    entry.content,
    entry.summary,
    entry.dcDescription,
    entry.mediaDescription,
    isRecord(entry.mediaGroup) ? entry.mediaGroup['media:description'] : undefined,
  ];
  const seen = new Set<string>();
  let longest = '';
  for (const candidate of candidates) {
    const source = textOf(candidate).trim();
    if (source === '' || seen.has(source)) continue;
    seen.add(source);
    const text = htmlToText(source);
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

/** An RSS guid is a permalink unless it says isPermaLink="false", and only if it is a URL. */
function permalinkGuid(guidElement: XmlValue): string | undefined {
  const element: XmlValue = Array.isArray(guidElement) ? guidElement[0] : undefined;
  if (element === undefined) return undefined;
  const isPermaLink = isRecord(element) && isRecord(element.$) ? element.$.isPermaLink : undefined;
  if (typeof isPermaLink === 'string' && isPermaLink.trim().toLowerCase() === 'false') {
    return undefined;
  }
  const guid = textOf(element).trim();
  return /^https?:\/\//i.test(guid) ? guid : undefined;
}

function linkOf(value: XmlValue): string | undefined {
  const element = Array.isArray(value) ? (value[0] as XmlValue) : value;
  if (isRecord(element) && isRecord(element.$) && typeof element.$.href === 'string') {
    return element.$.href.trim() || undefined;
  }
  return textOf(element).trim() || undefined;
}

function xmlBase(attributes: XmlValue): string | undefined {
  if (!isRecord(attributes)) return undefined;
  const base = attributes['xml:base'];
  return typeof base === 'string' && base.trim() !== '' ? base.trim() : undefined;
}

/** The innermost base that resolves: each later candidate is resolved against the earlier ones. */
function resolveBase(...candidates: (string | undefined)[]): string | undefined {
  let base: string | undefined;
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') continue;
    try {
      base = new URL(candidate, base).href;
    } catch {
      // A local feed path or a malformed xml:base: keep the base we have.
    }
  }
  return base;
}

/** The text of an xml2js value: strings as they are, text content of elements, attributes left out. */
function textOf(value: XmlValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
