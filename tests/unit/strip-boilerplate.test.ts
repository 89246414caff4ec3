import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../functions/core/text/strip-boilerplate.js';

const ARTICLE = [
  'Mortar fire hit two villages near the border overnight, the defence ministry said on Monday, and three soldiers were wounded.',
  'The ministry said the shelling began shortly after midnight and lasted for about two hours before the guns fell silent.',
];

describe('stripBoilerplate', () => {
  it('keeps the article paragraphs as they are', () => {
    expect(stripBoilerplate(ARTICLE.join('\n\n'))).toBe(ARTICLE.join('\n\n'));
  });

  it('drops a related-stories heading in capitals whose list runs on in the same line', () => {
    const page = [
      ...ARTICLE,
      'RELATED STORIES Shelling breaks truce on disputed border, officials say Ceasefire violations reported overnight in eastern region',
    ].join('\n\n');
    expect(stripBoilerplate(page)).toBe(ARTICLE.join('\n\n'));
  });

  it('drops a spam title in another script above an English article', () => {
    for (const spam of ['雅虎新闻热点', 'Ãžæ¼¢Ð¤ÑÂ', '°®Âþµº']) {
      const text = [spam, '', 'Skip to main content', '', ...ARTICLE].join('\n');
      expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
    }
  });

  it('keeps a first line written in the body script', () => {
    const text = [
      'Шелест у кордону',
      'Обстріл тривав дві години, повідомили у міністерстві оборони в понеділок увечері.',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('drops navigation and sharing lines and duplicated photo captions', () => {
    const caption =
      'Soldiers stand by a checkpoint on the ridge road, Tuesday, May 3, 2022. (AP Photo/Jane Doe)';
    const text = [
      'Skip to main content',
      'Share',
      `${caption} ${caption}`,
      'Advertisement',
      ARTICLE[0],
      'Smoke rises over the valley after the shelling. Reuters Photo',
      ARTICLE[1],
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
  });

  it("keeps a photo agency's captions when no prose stands beside them: they are the item", () => {
    const caption =
      'Smoke rises above the border village on Thursday after the army said mortars hit it overnight. (Photo: Jane Doe / Example Images)';
    expect(stripBoilerplate(['Smoke over the village', '', caption].join('\n'))).toBe(
      ['Smoke over the village', '', caption].join('\n'),
    );
    expect(stripBoilerplate([ARTICLE[0], caption, ARTICLE[1]].join('\n'))).toBe(ARTICLE.join('\n'));
  });

  it('cuts the tail at a sidebar heading, even when it carries violent headlines', () => {
    const text = [
      ...ARTICLE,
      'NewsSite.com Top Stories',
      'Gunmen killed four people in a raid on a border village on Sunday, officials said.',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
  });

  it.each([
    'MORE HEADLINES',
    'OTHER HEADLINES THIS MORNING',
    'Other stories today',
    'Top headlines',
    'Latest headlines',
    'Around Libya',
    'Around the region',
    'REACTIONS (22)',
    "Readers' comments",
    'Comments (3)',
    'Réactions',
  ])('cuts the tail at a "%s" heading', (heading) => {
    const text = [
      ...ARTICLE,
      heading,
      '» Ceasefire violated again near the river, rebels say',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
  });

  it.each([
    ['À lire aussi', 'Liban-Sud : deux morts dans une frappe malgré le cessez-le-feu'],
    ['Leer también:', 'Dos muertos en un ataque pese a la tregua'],
    ['Читайте также', 'Обстрел у линии соприкосновения: погиб военный'],
    ['اقرأ أيضاً', 'مقتل جنديين في قصف رغم الهدنة'],
    ['Lesen Sie auch', 'Zwei Tote bei Beschuss trotz Waffenruhe'],
  ])('cuts the tail at a "%s" heading in the language of the page', (heading, headline) => {
    const text = [...ARTICLE, heading, headline].join('\n');
    expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
  });

  it('drops a cookie banner written in French', () => {
    const text = [
      ...ARTICLE,
      'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez.',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
  });

  it('cuts related-story lists, donation appeals, agency disclaimers and credits', () => {
    const tails = [
      ['Read more:', 'Rebels violate truce 40 times in one day'],
      ['Related Articles', 'Ceasefire collapses in the north'],
      ['MORE ON THIS STORY', '- Rebels fired missiles after the ceasefire took effect'],
      ['MORE ON YEMEN', "Houthis accuse coalition of 'truce violations' in Hodeidah"],
      [
        'A Message from The Daily Ledger:',
        'Dear readers,',
        'Please support independent journalism.',
      ],
      [
        'Example Agency website contains only a portion of the news stories offered to subscribers. Please contact us for subscription options.',
      ],
      ['(Reporting by Jane Doe; Editing by John Roe)', 'Local Spotlight', 'A dog saved a hiker.'],
      ['We use cookies to improve your experience on our site.'],
      ['Leave a Reply'],
      [
        'Also on our site: Rebels accused of breaking truce in Cauca | Bus fares to rise in January',
      ],
    ];
    for (const tail of tails) {
      expect(stripBoilerplate([...ARTICLE, ...tail].join('\n'))).toBe(ARTICLE.join('\n'));
    }
  });

  it('treats teaser links above the article as a header block, not as its end', () => {
    const text = [
      "Don't miss",
      'Chefs share their winter recipes',
      'Read more',
      'A village festival returns after ten years',
      'Read more',
      'Leaders sign a ceasefire plan in the capital',
      ...ARTICLE,
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(
      ['Leaders sign a ceasefire plan in the capital', ...ARTICLE].join('\n'),
    );
  });

  it('drops lists of linked headlines but keeps bullet summaries', () => {
    const summary = '• Residents were forced into shelters by overnight shelling, officials said.';
    const text = [
      ARTICLE[0],
      '- Ministers meet to discuss port security',
      '- Border crossing reopens for trucks',
      summary,
      ARTICLE[1],
    ].join('\n');
    expect(stripBoilerplate(text)).toBe([ARTICLE[0], summary, ARTICLE[1]].join('\n'));
  });

  it('drops linked headlines set off by a triangle or an arrow', () => {
    const text = [
      ARTICLE[0],
      '▸ Port workers end strike after pay deal',
      '➤ Rebels say truce violated near the river',
      ARTICLE[1],
    ].join('\n');
    expect(stripBoilerplate(text)).toBe([ARTICLE[0], ARTICLE[1]].join('\n'));
  });

  it('keeps the short bullets under a "Key points" heading, which sum up the story', () => {
    const points = [
      'Key points',
      '- Artillery hit border villages overnight despite the truce',
      '- Regional health office: at least 12 killed',
    ];
    const text = [...points, ARTICLE[0], ARTICLE[1]].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
    // After a paragraph the same bullets are a list of links.
    const links = [ARTICLE[0], ...points.slice(1), ARTICLE[1]].join('\n');
    expect(stripBoilerplate(links)).toBe([ARTICLE[0], ARTICLE[1]].join('\n'));
  });

  it("reads a paragraph that ends on another script's full stop as prose, and cuts the tail after it", () => {
    const paragraph =
      'Ադրբեջանական զինուժը գիշերը խախտել է հրադադարի ռեժիմը սահմանի մի քանի հատվածներում, հայտնել է նախարարությունը։';
    const text = [paragraph, 'Related stories', 'Another story about the border villages'].join(
      '\n',
    );
    expect(stripBoilerplate(text)).toBe(paragraph);
  });

  it('cuts a related-stories heading that runs its list on in one long line', () => {
    const related =
      'RELATED STORIES - Rebels accuse the army of ceasefire breach in the hills - Market town: three killed despite truce, crossing closed - Stocks end the week higher on banking gains';
    expect(related.length).toBeGreaterThan(160);
    expect(stripBoilerplate([...ARTICLE, related].join('\n'))).toBe(ARTICLE.join('\n'));
  });

  it('drops a line repeated further down', () => {
    const headline = 'Shelling hits border villages';
    expect(stripBoilerplate([headline, headline, ...ARTICLE].join('\n'))).toBe(
      [headline, ...ARTICLE].join('\n'),
    );
  });

  it('does not cut prose that merely mentions a marker word', () => {
    const text = [
      ...ARTICLE,
      'Related talks between the two armies are expected to resume later this month in the capital, officials said.',
    ].join('\n');
    expect(stripBoilerplate(text)).toBe(text);
  });

  it('cuts the tail after a "More:" line or a related-news heading in Spanish, Italian or German', () => {
    for (const heading of [
      'MORE: Border villages shelled despite the truce',
      'Más noticias',
      'Altre notizie',
      'Weitere Nachrichten',
    ]) {
      const text = [...ARTICLE, heading, 'Un dron mata a dos personas pese a la tregua'].join('\n');
      expect(stripBoilerplate(text)).toBe(ARTICLE.join('\n'));
    }
    const prose = [...ARTICLE, 'More than twenty people were hurt, medics said.'].join('\n');
    expect(stripBoilerplate(prose)).toBe(prose);
  });

  it('does not take "More on that." for a heading', () => {
    const text = [...ARTICLE, 'More on that.', ...ARTICLE.slice(0, 1)].join('\n');
    expect(stripBoilerplate(text)).toContain('More on that.');
  });
});
