import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySentences, MAY_NEED_REPAIR } from '../../functions/core/classify/read-item.js';
import { RUN_START_CHARACTERS } from '../../functions/core/text/repair-mojibake.js';
import { repairText } from '../../functions/core/text/repair-text.js';
import { splitSentences } from '../../functions/core/text/sentences.js';
import { stripBoilerplate } from '../../functions/core/text/strip-boilerplate.js';
import {
  ARABIC_LETTERS,
  withoutArabicMarks,
} from '../../functions/core/text/without-arabic-marks.js';

const SEED = 20_261_122;

/** Pieces of the text kinds an item holds: entities, typographic marks, mojibake, Arabic. */
const piece = fc.constantFrom(
  'Shelling hit two villages overnight.',
  ' ',
  '\n',
  '\n\n',
  'the agreementquot; ',
  '&amp;quot;truce&amp;quot;',
  '&nbsp;',
  '“ceasefire” — ',
  'the ministry’s statement',
  'â€œtruceâ€\u009d ',
  '鈥渢ruce鈥\ufffd ',
  'Café Zürich ',
  'قُتِلَ ثلاثة ',
  'وقف إطلاق النار. ',
  '停火协议 ',
  'ﻻ ',
  '휴전 ',
  'ていせん ',
  '😀 ',
  '\ufeff',
);
const itemText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('bodySentences', () => {
  it('reads a text repaired and without Arabic marks, whatever characters it holds', () => {
    fc.assert(
      fc.property(itemText, (text) => {
        const asRead = withoutArabicMarks(repairText(text));
        expect(bodySentences(text)).toEqual(splitSentences(stripBoilerplate(asRead)));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('takes the full repair for every character the repairs act on', () => {
    const actedOn = new RegExp(`[${RUN_START_CHARACTERS}${ARABIC_LETTERS}]`);
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (actedOn.test(char)) expect(MAY_NEED_REPAIR.test(char)).toBe(true);
    }
  });
});
