import { describe, expect, it } from 'vitest';
import { withoutArabicMarks } from '../../functions/core/text/without-arabic-marks.js';

describe('withoutArabicMarks', () => {
  it('drops short-vowel marks and the tatweel, so a word reads the same with or without them', () => {
    expect(withoutArabicMarks('قُتِلَ طفلان')).toBe('قتل طفلان');
    expect(withoutArabicMarks('مسيّرة')).toBe('مسيرة');
    expect(withoutArabicMarks('هــدنة')).toBe('هدنة');
  });

  it('leaves other text as it is', () => {
    const text = 'Shelling resumed near the line; no one was hurt.';
    expect(withoutArabicMarks(text)).toBe(text);
  });
});
