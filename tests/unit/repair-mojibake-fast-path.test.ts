import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../functions/core/text/repair-mojibake.js';

const SEED = 20_261_121;

/**
 * Characters a mis-decoded run can start with: the windows-1252 reading of a UTF-8 lead byte
 * (Â … ô), the euro sign, and what GBK turns UTF-8 into (CJK, full-width forms, private use).
 */
function holdsRunStart(text: string): boolean {
  return /[\u00c2-\u00f4\u20ac\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\ue000-\ufaff\uff00-\uffef]/.test(
    text,
  );
}

/** Text of the kinds most pages hold, none of which can start a mis-decoded run. */
const cleanText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x00, max: 0xc1 }),
      fc.integer({ min: 0xf5, max: 0x2fff }).filter((code) => code !== 0x20ac),
      fc.integer({ min: 0xac00, max: 0xd7a3 }),
      fc.constantFrom('😀', '𝐀', '\ud800'),
    )
    .map((unit) => (typeof unit === 'number' ? String.fromCharCode(unit) : unit)),
  maxLength: 300,
});

describe('repairMojibake: text with nothing to repair', () => {
  it('returns the very same string, whatever else the text holds', () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(holdsRunStart(text)).toBe(false);
        expect(repairMojibake(text)).toBe(text);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('still repairs a run at the end of a long clean text', () => {
    const clean = 'Shelling resumed near the line of contact, officials said. '.repeat(200);
    const broken = iconv.decode(
      Buffer.from('The ministry’s “final” warning.', 'utf8'),
      'windows-1252',
    );
    expect(repairMojibake(`${clean}${broken}`)).toBe(`${clean}The ministry’s “final” warning.`);
  });
});
