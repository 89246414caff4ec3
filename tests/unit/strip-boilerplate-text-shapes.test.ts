import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../functions/core/text/strip-boilerplate.js';

const SEED = 20_261_121;

const ARTICLE = [
  'Mortar fire hit two villages near the border overnight, the defence ministry said on Monday, and three soldiers were wounded.',
  'The ministry said the shelling began shortly after midnight and lasted for about two hours before the guns fell silent.',
];

/** Lines of every kind the stripper tells apart. */
const pageLine = fc.constantFrom(
  ...ARTICLE,
  'Shelling hits border villages',
  'Advertisement',
  'Share on Facebook',
  '- Ministers meet to discuss port security',
  '- Border crossing reopens for trucks',
  '• Residents were forced into shelters by overnight shelling, officials said.',
  'Smoke rises over the valley. (AP Photo/Jane Doe)',
  'Read more: Rebels violate truce 40 times in one day',
  '(Reporting by Jane Doe; Editing by John Roe)',
  'We use cookies to improve your experience on our site.',
  '  indented line with spaces around it  ',
  '',
  '   ',
);
const page = fc.array(pageLine, { maxLength: 14 });

describe('stripBoilerplate: what holds for every page', () => {
  it('reads \\r\\n and \\r line breaks as it reads \\n', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('\r\n', '\r'), (lines, breakAs) => {
        expect(stripBoilerplate(lines.join(breakAs))).toBe(stripBoilerplate(lines.join('\n')));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('keeps no more than it was given, line by line and in order', () => {
    fc.assert(
      fc.property(page, (lines) => {
        const given = lines.map((line) => line.trim());
        let from = 0;
        for (const line of stripBoilerplate(lines.join('\n')).split('\n')) {
          if (line === '') continue;
          from = given.indexOf(line, from) + 1;
          expect(from).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('stripBoilerplate: disclaimers and credits in any case and place', () => {
  it('cuts at a cookie notice wherever it starts in its line and however it is written', () => {
    for (const notice of ['we use cookies', 'WE USE COOKIES', 'We Use Cookies']) {
      for (let indent = 0; indent < 8; indent += 1) {
        const line = `${'x'.repeat(indent)} By the way, ${notice} on this page.`;
        expect(stripBoilerplate([...ARTICLE, line, 'More text.'].join('\n'))).toBe(
          ARTICLE.join('\n'),
        );
      }
    }
  });

  it('drops photo credits in capitals, in square brackets and opening on "file"', () => {
    const credits = [
      'Soldiers at the checkpoint on Tuesday. (AP PHOTO/JANE DOE)',
      'Smoke over the valley [Getty Images/John Roe]',
      'FILE - Soldiers patrol the ridge road near the border crossing.',
      'File photo: soldiers patrol the ridge road near the border crossing.',
    ];
    for (const credit of credits) {
      expect(stripBoilerplate([ARTICLE[0], credit, ARTICLE[1]].join('\n'))).toBe(
        ARTICLE.join('\n'),
      );
    }
  });

  it('drops a credit wherever it stands in a text that holds characters past ASCII', () => {
    for (let shift = 0; shift < 8; shift += 1) {
      const opening = `(${'x'.repeat(shift)}) The ministry’s statement came late.`;
      const credit = 'Smoke over the valley. (Reuters Photo)';
      expect(stripBoilerplate([opening, credit, ARTICLE[1]].join('\n'))).toBe(
        [opening, ARTICLE[1]].join('\n'),
      );
    }
  });

  it('does not take a letter past ASCII for the key word its low byte would spell', () => {
    // U+0150 (Ő) is 0x150: its low byte is that of "P".
    const text = [...ARTICLE, 'Smoke over the valley. (Reuters \u0150hoto)'].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('keeps prose that only brushes against a key word', () => {
    const text = [
      ...ARTICLE,
      'The photographer who took the image of the shelling said the credit belongs to the villagers.',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
  });
});

describe('stripBoilerplate: repeats, scripts and length', () => {
  it('drops a short line repeated in other case, but keeps a long one that differs in case', () => {
    const long = ARTICLE[0] ?? '';
    const shouted = `${long} ${long}`.toUpperCase().slice(0, 230);
    const quiet = shouted.toLowerCase();
    expect(stripBoilerplate(['Shelling Hits Villages', 'SHELLING HITS VILLAGES'].join('\n'))).toBe(
      'Shelling Hits Villages',
    );
    expect(stripBoilerplate([shouted, quiet].join('\n'))).toBe([shouted, quiet].join('\n'));
  });

  it('keeps a short first line with typographic quotes above an English article', () => {
    const text = ['Ministry: “Truce broken”', ...ARTICLE].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('drops a spam title in another script above an article with accented letters', () => {
    const body = 'À Genève, l’émissaire a dit que la trêve était rompue depuis lundi soir.';
    expect(stripBoilerplate(['雅虎新闻热点', body].join('\n'))).toBe(body);
  });

  it('stops reading once the text kept reaches maxCharacters', () => {
    const lines = Array.from({ length: 50 }, (_, index) => `Paragraph ${index} of the report.`);
    const kept = stripBoilerplate(lines.join('\n'), { maxCharacters: 100 }).split('\n');
    expect(kept).toEqual(lines.slice(0, 4));
  });
});
