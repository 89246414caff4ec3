import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeDocument,
} from '../../functions/core/text/decode-document.js';

const FEED =
  '<rss version="2.0"><channel><title>Перемирие нарушено — «обстрел»</title></channel></rss>';
const TITLE = 'Перемирие нарушено — «обстрел»';

function bytes(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  return new Uint8Array([...bom, ...body]);
}

describe('decodeDocument: byte order marks', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], 'utf8'],
    ['utf-16le', [0xff, 0xfe], 'utf16le'],
    ['utf-16be', [0xfe, 0xff], 'utf16be'],
    ['utf-32le', [0xff, 0xfe, 0x00, 0x00], 'utf32le'],
    ['utf-32be', [0x00, 0x00, 0xfe, 0xff], 'utf32be'],
  ])('reads %s from its BOM and strips the BOM', (encoding, bom, iconvName) => {
    const decoded = decodeDocument(withBom(bom, bytes(FEED, iconvName)));
    expect(decoded).toEqual({ text: FEED, encoding });
  });

  it('lets the BOM win over a contradicting Content-Type and declaration', () => {
    const xml = '<?xml version="1.0" encoding="us-ascii"?><rss><title>café</title></rss>';
    const decoded = decodeDocument(
      withBom([0xef, 0xbb, 0xbf], bytes(xml, 'utf8')),
      'text/xml; charset=koi8-r',
    );
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('<title>café</title>');
  });
});

describe('decodeDocument: declared charsets', () => {
  it('uses the Content-Type charset over the XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="koi8-r"?>${FEED}`;
    const decoded = decodeDocument(
      bytes(xml, 'windows-1251'),
      'application/rss+xml; charset=windows-1251',
    );
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(TITLE);
  });

  it('uses the XML declaration and rewrites it to UTF-8 for the parser', () => {
    // KOI8-R has no guillemets or dashes: plain words only.
    const feed = '<rss version="2.0"><channel><title>Перемирие нарушено</title></channel></rss>';
    const decoded = decodeDocument(
      bytes(`<?xml version="1.0" encoding="KOI8-R"?>\n${feed}`, 'koi8-r'),
    );
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${feed}`);
  });

  it.each([
    ['windows-1251', '<meta charset="windows-1251">', 'Обстрел села'],
    [
      'gbk',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      '停火协议被违反',
    ],
    ['big5', '<meta charset=big5>', '停火協議遭到破壞'],
    ['shift_jis', '<meta charset="Shift_JIS">', '停戦合意に違反'],
    ['euc-kr', "<meta charset='euc-kr'>", '휴전 협정 위반'],
    ['iso-8859-7', '<meta charset="iso-8859-7">', 'Παραβίαση της εκεχειρίας'],
  ])('reads %s from an HTML <meta> tag', (encoding, meta, words) => {
    const page = `<html><head>${meta}<title>x</title></head><body><p>${words}</p></body></html>`;
    const decoded = decodeDocument(bytes(page, encoding === 'gbk' ? 'gb2312' : encoding));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(words);
  });

  it('decodes ISO-8859-1 as windows-1252, so curly quotes in 0x80–0x9F survive', () => {
    const decoded = decodeDocument(
      new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0xe9]),
      'text/plain; charset=ISO-8859-1',
    );
    expect(decoded).toEqual({ text: '“hi” é', encoding: 'windows-1252' });
  });

  it('skips an unknown charset label and uses the next evidence', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?>${FEED}`;
    const decoded = decodeDocument(
      bytes(xml, 'windows-1251'),
      'text/xml; charset=x-no-such-charset',
    );
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(TITLE);
  });

  it('skips a UTF-8 label over bytes that are not UTF-8', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><rss><title>Genève, Zürich</title></rss>';
    const decoded = decodeDocument(bytes(xml, 'latin1'), 'application/xml; charset=utf-8');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Genève, Zürich');
  });

  it('prefers UTF-8 when a single-byte label is contradicted by valid UTF-8', () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1252"?><rss><title>Prix : 5 €, café</title></rss>';
    const decoded = decodeDocument(bytes(xml, 'utf8'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Prix : 5 €, café');
  });

  it('ignores a UTF-16 declaration over ASCII-compatible bytes', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss><title>naïve</title></rss>';
    const decoded = decodeDocument(bytes(xml, 'utf8'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('naïve');
  });
});

describe('decodeDocument: detection without labels', () => {
  it.each([
    ['utf-16le', 'utf16le'],
    ['utf-16be', 'utf16be'],
    ['utf-32le', 'utf32le'],
    ['utf-32be', 'utf32be'],
  ])('recognises %s without a BOM from the bytes of "<?xml"', (encoding, iconvName) => {
    const xml = `<?xml version="1.0" encoding="${encoding}"?>${FEED}`;
    const decoded = decodeDocument(bytes(xml, iconvName));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(`<?xml version="1.0" encoding="UTF-8"?>${FEED}`);
  });

  it('takes bytes that are valid UTF-8 as UTF-8', () => {
    expect(decodeDocument(bytes(FEED, 'utf8'))).toEqual({ text: FEED, encoding: 'utf-8' });
  });

  it('falls back to windows-1252 for anything else', () => {
    const decoded = decodeDocument(
      bytes('<rss><title>Café “Le Marché”</title></rss>', 'windows-1252'),
    );
    expect(decoded).toEqual({
      text: '<rss><title>Café “Le Marché”</title></rss>',
      encoding: 'windows-1252',
    });
  });

  it('decodes an empty body to empty text', () => {
    expect(decodeDocument(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['text/xml;charset= "us-ascii"', 'us-ascii'],
    ["application/atom+xml; charset='gb2312'", 'gb2312'],
    ['text/html; Charset=windows-1251; foo=bar', 'windows-1251'],
    ['text/xml', undefined],
    ['text/xml; charset:iso-8859-1', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });
});

describe('decodeDocument: labels the bytes contradict, and no label at all', () => {
  it.each([
    [
      'shift_jis',
      'cp932',
      '<rss><title>停戦合意の違反が報告された、と監視団は述べた</title></rss>',
    ],
    [
      'euc-kr',
      'cp949',
      '<rss><title>휴전 협정 위반이 국경에서 보고되었다고 감시단이 밝혔다</title></rss>',
    ],
    ['gbk', 'gbk', '<rss><title>停火协议在边境被违反，观察员说这是今年的第一次</title></rss>'],
    ['windows-1251', 'windows-1251', `<rss><title>${TITLE}, сообщили наблюдатели</title></rss>`],
    // KOI8-R has no dashes or guillemets.
    [
      'koi8-r',
      'koi8-r',
      '<rss><title>Перемирие нарушено: обстрел, сообщили наблюдатели</title></rss>',
    ],
    [
      'windows-1253',
      'windows-1253',
      '<rss><title>Παραβίαση της εκεχειρίας στα σύνορα, λένε οι παρατηρητές</title></rss>',
    ],
    [
      'windows-1255',
      'windows-1255',
      '<rss><title>הפסקת האש הופרה בגבול, אמרו המשקיפים</title></rss>',
    ],
  ])('recognises undeclared %s text by what it decodes to', (encoding, iconvName, text) => {
    const decoded = decodeDocument(bytes(text, iconvName));
    expect(decoded).toEqual({ text, encoding });
  });

  it('keeps windows-1252 for undeclared Western text with accents', () => {
    const text = '<rss><title>Trêve rompue près de la frontière, selon São Tomé</title></rss>';
    expect(decodeDocument(bytes(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-8 bytes as UTF-8 under a multi-byte label too', () => {
    const xml =
      '<?xml version="1.0" encoding="shift_jis"?><rss><title>停戦 — “truce”</title></rss>';
    const decoded = decodeDocument(bytes(xml, 'utf8'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('<title>停戦 — “truce”</title>');
  });

  it('skips a multi-byte label its decoder cannot read the bytes in', () => {
    const text = '<rss><title>Café “Le Marché” à Genève</title></rss>';
    const decoded = decodeDocument(bytes(text, 'windows-1252'), 'text/xml; charset=euc-jp');
    expect(decoded).toEqual({ text, encoding: 'windows-1252' });
  });

  it('refuses gzip data sent as the body, by name', () => {
    const gzipped = new Uint8Array(gzipSync(Buffer.from('<rss></rss>')));
    expect(() => decodeDocument(gzipped, 'application/rss+xml')).toThrow(
      /^the body is gzip-compressed data, not text/,
    );
  });
});
