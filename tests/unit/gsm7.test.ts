import { describe, expect, it } from 'vitest';
import {
  fitsOneSmsPart,
  gsm7Length,
  isGsm7,
  smsEncoding,
  smsLength,
  toGsm7,
} from '../../functions/core/alerts/gsm7.js';

describe('isGsm7', () => {
  it.each([
    ['Plain text, digits 0-9 and @£$¥!?', true],
    ['Extension characters {}[]~^|\\€', true],
    ['Accented letters in the alphabet: é è à ù Ñ Ü ß', true],
    ['Typographic ’quote’', false],
    ['Cedilla ç', false],
    ['Tab\there', false],
    ['Ստեփանակերտ', false],
    ['Донецк', false],
    ['', true],
  ])('%j → %s', (text, expected) => {
    expect(isGsm7(text)).toBe(expected);
  });
});

describe('gsm7Length', () => {
  it('counts extension characters as two septets', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('€5')).toBe(3);
    expect(gsm7Length('a{b}')).toBe(6);
    expect(gsm7Length('\\[~]^|')).toBe(12);
  });
});

describe('toGsm7', () => {
  it('replaces typography with plain equivalents', () => {
    expect(toGsm7('“Ceasefire” ‘broken’ — again… at 10\u00a0am – 11\u202fam')).toBe(
      '"Ceasefire" \'broken\' - again... at 10 am - 11 am',
    );
  });

  it('strips accents that GSM-7 lacks and keeps those it has', () => {
    expect(toGsm7('Şuşa, Ağdam, Xankəndi, Füzuli, Kraków, Łódź, São Tomé, Çatalca')).toBe(
      'Susa, Agdam, Xankendi, Füzuli, Krakow, Lodz, Sao Tomé, Çatalca',
    );
  });

  it('drops invisible characters', () => {
    expect(toGsm7('cease\u00adfire\u200b')).toBe('ceasefire');
  });

  it('keeps scripts that have no GSM-7 equivalent', () => {
    expect(toGsm7('Shelling near Ստեփանակերտ')).toBe('Shelling near Ստեփանակերտ');
  });

  it('turns every Latin-script character of a wide sample into GSM-7', () => {
    const latin = Array.from({ length: 0x17f - 0xa0 + 1 }, (_, i) => String.fromCodePoint(0xa0 + i))
      .filter((c) => /\p{L}/u.test(c))
      .join('');
    const azeriAndRomanian = 'əƏșțȘȚ';
    const typography = '‘’‚‛“”„‟–—―‐‑−…«»‹›•\u00a0\u2009\u202f';

    const converted = toGsm7(latin + azeriAndRomanian + typography);

    const leftovers = Array.from(converted).filter((c) => !isGsm7(c));
    expect(leftovers).toEqual([]);
  });
});

describe('fitsOneSmsPart', () => {
  it('allows 160 septets of GSM-7', () => {
    expect(fitsOneSmsPart('x'.repeat(160))).toBe(true);
    expect(fitsOneSmsPart('x'.repeat(161))).toBe(false);
    expect(fitsOneSmsPart(`${'x'.repeat(159)}€`)).toBe(false);
  });

  it('allows 70 UTF-16 units once the text needs UCS-2', () => {
    expect(smsEncoding('Ս'.repeat(70))).toBe('ucs2');
    expect(fitsOneSmsPart('Ս'.repeat(70))).toBe(true);
    expect(fitsOneSmsPart(`${'x'.repeat(70)}Ս`)).toBe(false);
    expect(smsLength('a😀')).toBe(3);
  });
});
