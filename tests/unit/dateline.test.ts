import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../functions/core/classify/dateline.js';

function dateline(sentence: string): string {
  return sentence.slice(0, datelineLength(sentence));
}

describe('datelineLength', () => {
  it('finds the datelines wire copy opens with', () => {
    expect(dateline('KYIV, March 26 - Four soldiers were killed.')).toBe('KYIV, March 26 - ');
    expect(dateline('TEHRAN/JERUSALEM, June 26 - The truce held.')).toBe(
      'TEHRAN/JERUSALEM, June 26 - ',
    );
    expect(dateline('GAZA CITY, Oct. 12 (AP) — Strikes hit the north.')).toBe(
      'GAZA CITY, Oct. 12 (AP) — ',
    );
    expect(dateline('ARANYAPRATHET, Thailand, Nov 3 - Stalls are shut.')).toBe(
      'ARANYAPRATHET, Thailand, Nov 3 - ',
    );
    expect(dateline('SINGAPORE - The apps cut their fees.')).toBe('SINGAPORE - ');
    expect(dateline('Kyiv, March 26, 2021 (Reuters) - Shelling resumed.')).toBe(
      'Kyiv, March 26, 2021 (Reuters) - ',
    );
    expect(dateline('Beirut (AFP) – Israeli strikes hit the south.')).toBe('Beirut (AFP) – ');
    expect(dateline('КИЕВ, 26 марта — Четверо военных погибли.')).toBe('КИЕВ, 26 марта — ');
    expect(dateline('YEREVAN, 26 May — A soldier was killed.')).toBe('YEREVAN, 26 May — ');
    expect(dateline('Goma, 12 mars 2024 (AFP) - Les combats ont repris.')).toBe(
      'Goma, 12 mars 2024 (AFP) - ',
    );
  });

  it('finds datelines whatever dashes and spaces end them', () => {
    expect(dateline('KYIV, March 26 --\u00a0Four soldiers were killed.')).toBe(
      'KYIV, March 26 --\u00a0',
    );
    expect(dateline('SINGAPORE —\tThe apps cut their fees.')).toBe('SINGAPORE —\t');
    expect(dateline('Beirut (AFP) –\nIsraeli strikes hit the south.')).toBe('Beirut (AFP) –\n');
  });

  it('finds none in ordinary sentences', () => {
    expect(datelineLength('Four soldiers were killed near Horlivka - the army said.')).toBe(0);
    expect(
      datelineLength('Russia, Ukraine - and the talks between them - dominated the summit.'),
    ).toBe(0);
    expect(datelineLength('The ceasefire held on Monday.')).toBe(0);
    expect(datelineLength('')).toBe(0);
  });
});
