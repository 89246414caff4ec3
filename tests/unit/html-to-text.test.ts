import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../functions/core/text/html-to-text.js';

describe('htmlToText', () => {
  it('separates block elements with one blank line and never more', () => {
    const html = `
      <article>
        <h2>Shelling near Dorvik</h2>
        <p>Artillery fire hit two villages.</p>
        <div><div><p>Officials said two people died.</p></div></div>
        <blockquote>“It was the worst night since January,” a resident said.</blockquote>
        <section><p></p><p>   </p></section>
        <ul><li>Dorvik</li><li>Marren</li></ul>
      </article>`;
    expect(htmlToText(html)).toBe(
      [
        'Shelling near Dorvik',
        'Artillery fire hit two villages.',
        'Officials said two people died.',
        '“It was the worst night since January,” a resident said.',
        'Dorvik',
        'Marren',
      ].join('\n\n'),
    );
  });

  it('breaks paragraphs at <br> and table rows, and keeps cells apart', () => {
    expect(htmlToText('First line<br>Second line<br/><br/>Third')).toBe(
      'First line\n\nSecond line\n\nThird',
    );
    expect(
      htmlToText(
        '<table><tr><td>Killed</td><td>2</td></tr><tr><th>Injured</th><td>5</td></tr></table>',
      ),
    ).toBe('Killed 2\n\nInjured 5');
  });

  it('keeps inline elements in the flow of the sentence', () => {
    expect(
      htmlToText(
        '<p>Monitors logged <strong>14</strong> incidents near <a href="/x">Ostrel</a>.</p>',
      ),
    ).toBe('Monitors logged 14 incidents near Ostrel.');
  });

  it('collapses white space, including no-break spaces, within a paragraph', () => {
    expect(htmlToText('<p>  Two\n\t civilians&nbsp;&nbsp;were\u00a0 hurt.  </p>')).toBe(
      'Two civilians were hurt.',
    );
  });

  it('drops script, style, noscript and template content', () => {
    const html =
      '<p>Kept.</p><script>alert("x")</script><style>p { color: red }</style><noscript>Enable JS</noscript><template><p>Hidden</p></template>';
    expect(htmlToText(html)).toBe('Kept.');
  });

  it.each([
    [
      'named entities',
      'Talks &amp; aid &hellip; &ldquo;soon&rdquo; &mdash; &eacute;',
      'Talks & aid … “soon” — é',
    ],
    ['numeric entities', 'It&#8217;s &#x201C;calm&#x201D;', 'It’s “calm”'],
    [
      'double-escaped entities',
      'The mediator&amp;#8217;s office &amp;amp; staff',
      'The mediator’s office & staff',
    ],
    ['text that only looks like an entity', 'R&D budget; AT&T; Q&amp;A', 'R&D budget; AT&T; Q&A'],
  ])('decodes %s', (_label, html, text) => {
    expect(htmlToText(`<p>${html}</p>`)).toBe(text);
  });

  it('converts markup that was escaped twice', () => {
    expect(
      htmlToText('&lt;p&gt;First &lt;b&gt;point&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;'),
    ).toBe('First point\n\nSecond');
  });

  it('keeps the paragraphs of plain text and decodes its entities', () => {
    const plain =
      'Curfew lifted in Harrow Bay &amp; Lenno.\nResidents returned.\n\n\n  Shops reopened&hellip;  ';
    expect(htmlToText(plain)).toBe(
      'Curfew lifted in Harrow Bay & Lenno. Residents returned.\n\nShops reopened…',
    );
  });

  it('decodes only real entities in plain text', () => {
    expect(htmlToText('Smith&notes; R&D &amp;amp; &hellip;')).toBe('Smith&notes; R&D & …');
  });

  it('leaves comparison signs in plain text alone', () => {
    expect(htmlToText('Casualties: 5 < 7 and 9 > 3')).toBe('Casualties: 5 < 7 and 9 > 3');
  });

  it('reads the body of a whole page, not its head', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Page title</title></head><body><p>Body text.</p></body></html>';
    expect(htmlToText(page)).toBe('Body text.');
  });

  it('turns empty input into empty text', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<div><p> </p></div>')).toBe('');
  });
});
