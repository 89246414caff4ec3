// Atom lets a text element carry its content base64-encoded: Atom 0.3 says so with
// mode="base64", Atom 1.0 with a type that is a media type other than text or XML (RFC 4287,
// 4.1.3.3). Decoded before parsing, such a title reads as words instead of letters and digits.

import { escapeXmlText } from './escape-xml-text.js';

const TEXT_ELEMENT =
  /<((?:[\w.-]+:)?(?:title|subtitle|tagline|summary|content|info|rights|copyright))(\s[^>]*?)?(?<!\/)>([^<]*)<\/\1\s*>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The XML with every base64-encoded text element replaced by its decoded text. */
export function decodeBase64TextElements(xml: string): string {
  if (!/base64|type\s*=\s*["'][\w.+-]+\/[\w.+-]+["']/i.test(xml)) return xml;
  return xml.replace(
    TEXT_ELEMENT,
    (whole, name: string, attributes: string | undefined, inner: string) => {
      const declared = attributesOf(attributes ?? '');
      const type = (declared.get('type') ?? '').toLowerCase();
      const base64 = declared.get('mode')?.toLowerCase() === 'base64' || isEncodedMediaType(type);
      if (!base64) return whole;
      const decoded = decodeBase64Text(inner);
      if (decoded === null) return whole;
      // The decoded HTML stays markup; anything else is text, whatever characters it holds.
      const html = type === 'text/html' || type === 'html';
      const content = escapeXmlText(html ? decoded : escapeXmlText(decoded));
      return `<${name}>${content}</${name}>`;
    },
  );
}

/** A media type RFC 4287 says is sent base64-encoded: neither text nor XML. */
function isEncodedMediaType(type: string): boolean {
  if (!type.includes('/')) return false;
  return !type.startsWith('text/') && !type.endsWith('/xml') && !type.endsWith('+xml');
}

/** The UTF-8 text base64 encodes, or null when it is not base64 or not text. */
function decodeBase64Text(encoded: string): string | null {
  const compact = encoded.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !BASE64.test(compact)) return null;
  try {
    return strictUtf8.decode(Buffer.from(compact, 'base64'));
  } catch {
    return null;
  }
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? '');
  }
  return attributes;
}
