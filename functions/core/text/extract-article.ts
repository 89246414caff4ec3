// The readable body of an article page, for items whose feed carries only a snippet.
import { Readability } from '@mozilla/readability';
import { htmlToText, parseHtmlDocument } from './html-to-text.js';
import { repairText } from './repair-text.js';

export interface ExtractedArticle {
  title: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

/** The parts of a linkedom element used to clear page furniture before extraction. */
interface PageElement {
  localName: string;
  id: string;
  className: string;
  textContent: string | null;
  remove(): void;
}

interface PageDocument {
  title: string;
  head: { prepend(node: unknown): void } | null;
  createElement(name: string): { setAttribute(name: string, value: string): void };
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): Iterable<PageElement>;
  toString(): string;
}

/**
 * Containers that are page furniture, never the article: navigation, asides, dialogs. (Not
 * forms: some sites wrap the whole page in one.)
 */
const FURNITURE_SELECTOR = [
  'nav',
  'aside',
  'dialog',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
].join(',');

/** Class or id words of banners and overlays that Readability keeps when an article is short. */
const FURNITURE_NAME = /cookie|consent|gdpr|newsletter|subscribe|popup|modal/i;

/** Banners are short; a long element with such a class is a wrapper around real content. */
const FURNITURE_MAX_CHARS = 1000;

/**
 * Readability on a linkedom document, with navigation, asides and cookie or newsletter banners
 * removed first. When Readability finds nothing the whole body's text is used instead.
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const document = parseHtmlDocument(html) as PageDocument;
  setBaseUrl(document, url);
  removeFurniture(document);
  const pageTitle = cleanTitle(document.title);
  // Readability rewrites the document it reads, so the fallback works from a copy taken first.
  const cleanedPage = document.toString();

  const article = readArticle(document);
  const text = article?.content ? htmlToText(article.content) : '';
  const title = cleanTitle(article?.title) ?? pageTitle;
  return {
    title: title === null ? null : repairText(title),
    text: repairText(text || htmlToText(cleanedPage)),
  };
}

function readArticle(
  document: PageDocument,
): { title?: string | null; content?: string | null } | null {
  try {
    return new Readability(document as never).parse();
  } catch {
    // Readability can trip over markup linkedom builds differently from a browser: the caller
    // still gets the page's text from the fallback.
    return null;
  }
}

/** Lets relative links in the page resolve as a browser would, had it loaded the page from `url`. */
function setBaseUrl(document: PageDocument, url: string): void {
  if (!document.head || document.querySelector('base[href]')) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.prepend(base);
}

function removeFurniture(document: PageDocument): void {
  for (const element of [...document.querySelectorAll(FURNITURE_SELECTOR)]) element.remove();
  for (const element of [...document.querySelectorAll('[class],[id]')]) {
    if (element.localName === 'body' || element.localName === 'html') continue;
    const short = (element.textContent ?? '').length < FURNITURE_MAX_CHARS;
    if (short && FURNITURE_NAME.test(`${element.id} ${element.className}`)) element.remove();
  }
}

function cleanTitle(title: string | null | undefined): string | null {
  const cleaned = title?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}
