import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../functions/core/text/repair-mojibake.js';

/** What a page looks like after its UTF-8 bytes were decoded as `encoding` somewhere upstream. */
function misread(text: string, encoding: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), encoding);
}

describe('repairMojibake: UTF-8 read as GBK', () => {
  it.each([
    ['鈥渁mbush,鈥 said the officer', '“ambush,” said the officer'],
    ['the man鈥檚 best friend', 'the man’s best friend'],
    ['鈥淲e remain hopeful,鈥� a spokesperson said', '“We remain hopeful,” a spokesperson said'],
    ['talks resumed 鈥 briefly 鈥 on Monday', 'talks resumed — briefly — on Monday'],
    ['a caf茅 in the old town', 'a café in the old town'],
  ])('%s → %s', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it('restores a whole sentence misread as GBK', () => {
    const original = 'The ministry’s statement called it “a grave breach” of the truce.';
    expect(repairMojibake(misread(original, 'gbk'))).toBe(original);
  });
});

describe('repairMojibake: UTF-8 read as windows-1252', () => {
  it.each([
    ['donâ€™t', 'don’t'],
    ['cafÃ©', 'café'],
    ['â€œQuoted,â€\u009d he said', '“Quoted,” he said'],
    ['â€œQuoted,â€ he said', '“Quoted,” he said'],
    ['Â© 2025 Â· Valley Herald', '© 2025 · Valley Herald'],
    ['ÐŸÐµÑ€ÐµÐ¼Ð¸Ñ€Ð¸Ðµ', 'Перемирие'],
  ])('%s → %s', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it('restores a whole sentence misread as windows-1252', () => {
    const original =
      'Officials in Zürich said the ceasefire’s “first test” came at 2 a.m. — and failed…';
    expect(repairMojibake(misread(original, 'windows-1252'))).toBe(original);
  });
});

describe('repairMojibake: genuine text is left alone', () => {
  it.each([
    ['Chinese', '停火协议周五被违反，两名平民在炮击中丧生。“我们仍抱有希望，”发言人说。'],
    ['Chinese next to Latin words', 'The word 停火 means ceasefire in Chinese.'],
    ['Chinese that contains 鈥 itself', '考古队在遗址中发现了一件鈥头农具。'],
    ['Japanese', '停戦合意は金曜日に破られた。'],
    ['Cyrillic', 'Перемирие нарушено: «обстрел продолжался всю ночь» — сообщили власти.'],
    ['Arabic', 'تم خرق وقف إطلاق النار ليلة الجمعة.'],
    ['Hebrew', 'הפסקת האש הופרה בלילה.'],
    ['Greek', 'Η εκεχειρία παραβιάστηκε τη νύχτα.'],
    [
      'French and German accents',
      'À Genève, l’émissaire a dit « ça suffit » ; in Zürich: „Waffenruhe“.',
    ],
    ['Nordic and Turkish letters', 'Ærø, Øresund, Åland; İstanbul, Şırnak, Ağrı.'],
    ['Spanish punctuation', '¿Qué pasó? ¡Alto el fuego! Año 2025 — ÑANDÚ.'],
    ['capitals before quotes', 'He wrote “CAFÉ” and “NAÏVE” on the sign.'],
    ['symbols', '© 2025 · 25 °C · ±3 km · £5 · ¥200 · 50 €'],
    ['plain ASCII', 'Shelling broke the truce near Dorvik on Friday.'],
  ])('%s', (_label, text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});
