// Turns fetched bytes into text. Feeds and pages lie about their encoding often enough that every
// label is checked against the bytes before it is believed.
import iconv from 'iconv-lite';
import { sniffLegacyEncoding } from './sniff-legacy-encoding.js';

export interface DecodedDocument {
  text: string;
  /** Canonical lower-case name of the encoding used, e.g. "utf-8", "windows-1251", "utf-16le". */
  encoding: string;
}

type Utf16Or32 = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: string }[] = [
  // UTF-32LE must be tested before UTF-16LE: its mark starts with the same two bytes.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Labels whose decoders differ from the label's name, after the WHATWG Encoding Standard:
 * ISO-8859-1 and ASCII are decoded as their superset windows-1252, GB2312 as GBK, and so on.
 */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  cp1250: 'windows-1250',
  'x-cp1250': 'windows-1250',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  koi8u: 'koi8-u',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  cp936: 'gbk',
  csgb2312: 'gbk',
  'gb_2312-80': 'gbk',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  cp932: 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  'ks_c_5601-1989': 'euc-kr',
  ksc5601: 'euc-kr',
  cp949: 'euc-kr',
  'windows-949': 'euc-kr',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  'iso-8859-9': 'windows-1254',
  'utf-16': 'utf-16',
  utf16: 'utf-16',
  'ucs-2': 'utf-16',
  utf32: 'utf-32',
};

/** The names iconv-lite knows these encodings by, where they differ from ours. */
const ICONV_NAMES: Readonly<Record<string, string>> = {
  shift_jis: 'cp932',
  'euc-kr': 'cp949',
  big5: 'big5hkscs',
  gbk: 'gb18030',
};

/** Multi-byte legacy encodings: bytes they cannot decode prove their label wrong. */
const MULTI_BYTE_ENCODING = /^(shift_jis|euc-jp|euc-kr|gbk|gb18030|big5|iso-2022-jp)$/;

/** gzip's magic number: a compressed body sent without Content-Encoding. */
const GZIP_MAGIC = [0x1f, 0x8b];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes a fetched document. Evidence, strongest first: a byte order mark; the charset of the
 * HTTP Content-Type; the XML declaration or an HTML `<meta>` charset; a UTF-16/32 byte pattern of
 * `<?`; bytes that are valid UTF-8; and, last, the legacy encoding the bytes read best in
 * (windows-1252 unless another fits better). A label that is unknown or that the bytes contradict
 * is skipped in favour of the next piece of evidence. Throws when the body is gzip data, which no
 * charset can turn into text.
 */
export function decodeDocument(bytes: Uint8Array, contentType?: string): DecodedDocument {
  if (startsWith(bytes, GZIP_MAGIC)) {
    throw new Error(
      'the body is gzip-compressed data, not text (a .gz file, or sent without "Content-Encoding: gzip")',
    );
  }
  const bom = BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  if (bom) {
    const rest = bytes.subarray(bom.bytes.length);
    const text =
      bom.encoding === 'utf-8' ? lenientUtf8.decode(rest) : decodeWith(rest, bom.encoding);
    return finish(text, bom.encoding);
  }

  const declared = [charsetFromContentType(contentType), charsetDeclaredInDocument(bytes)];
  for (const label of declared) {
    const encoding = label === undefined ? undefined : usableEncoding(label, bytes);
    if (encoding) return finish(decodeWith(bytes, encoding), encoding);
  }

  const wide = wideEncodingFromPattern(bytes);
  if (wide) return finish(decodeWith(bytes, wide), wide);

  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8');
  const legacy = sniffLegacyEncoding(bytes);
  return finish(decodeWith(bytes, legacy), legacy);
}

/** The charset parameter of a Content-Type header, unquoted, or undefined when there is none. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|[^\s;]+)/i.exec(contentType);
  if (!match) return undefined;
  const value = match[2] ?? match[3] ?? match[1] ?? '';
  return value.trim() || undefined;
}

/**
 * The encoding named by an XML declaration or an HTML `<meta>` tag near the start. Only
 * ASCII-compatible bytes can carry such a declaration, so the bytes are read as Latin-1 here.
 */
function charsetDeclaredInDocument(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head);
  if (xml) return xml[1];
  // XML without an encoding declaration is UTF-8 by definition; a <meta> in its content is not
  // about the document itself.
  if (/^\s*<\?xml\s/i.test(head)) return undefined;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w:.+-]+)/i.exec(head);
  return meta?.[1];
}

/**
 * The canonical encoding for a label, or undefined when the label is unknown or the bytes
 * contradict it: UTF-8 over invalid UTF-8, a wide encoding over ASCII-compatible bytes, an
 * ASCII-compatible one over UTF-16/32 bytes, or a multi-byte one over bytes it cannot decode.
 * A legacy label over bytes that are valid, non-ASCII UTF-8 gives UTF-8: a classic
 * misconfiguration, and a combination legacy text practically never forms.
 */
function usableEncoding(label: string, bytes: Uint8Array): string | undefined {
  const encoding = canonicalEncoding(label);
  if (!encoding) return undefined;
  const wide = wideEncodingFromPattern(bytes);
  if (encoding === 'utf-16' || encoding === 'utf-32') {
    return wide?.startsWith(encoding) ? wide : undefined;
  }
  if (encoding.startsWith('utf-16') || encoding.startsWith('utf-32')) {
    return looksWide(bytes) ? encoding : undefined;
  }
  if (wide) return undefined;
  if (encoding === 'utf-8') return tryUtf8(bytes) === undefined ? undefined : 'utf-8';
  if (hasMultiByteUtf8(bytes)) return 'utf-8';
  if (MULTI_BYTE_ENCODING.test(encoding) && !decodesCleanly(bytes, encoding)) return undefined;
  return encoding;
}

function canonicalEncoding(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  if (name === 'utf-8' || name === 'utf-16' || name === 'utf-32') return name;
  return iconv.encodingExists(ICONV_NAMES[name] ?? name) ? name : undefined;
}

/**
 * A document without a byte order mark starts with `<` (usually `<?xml`); in UTF-16 and UTF-32
 * that character and the next carry tell-tale zero bytes.
 */
function wideEncodingFromPattern(bytes: Uint8Array): Utf16Or32 | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b3 === undefined) return undefined;
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32le';
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c) return 'utf-32be';
  if (b0 === 0x3c && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 !== 0) return 'utf-16be';
  return undefined;
}

/** Wide encodings put zero bytes between ASCII characters; a label claiming one needs them. */
function looksWide(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  return sample.length >= 2 && sample.includes(0);
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80) && tryUtf8(bytes) !== undefined;
}

/** False when the decoder meets bytes it cannot read; a decoder that cannot load says nothing. */
function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    return !decodeWith(bytes, encoding).includes('\ufffd');
  } catch {
    return true;
  }
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return lenientUtf8.decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, ICONV_NAMES[encoding] ?? encoding, { stripBOM: false });
}

function finish(text: string, encoding: string): DecodedDocument {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return { text: declareUtf8(withoutBom), encoding };
}

/** The text is no longer in the declared encoding, so a parser must not decode it again. */
function declareUtf8(text: string): string {
  return text.replace(
    /^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/i,
    (_match, prefix: string, quote: string) => `${prefix}${quote}UTF-8${quote}`,
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
