import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../functions/core/text/extract-article.js';

const ARTICLE_PARAGRAPHS = [
  'Artillery fire struck the villages of Dorvik and Marren overnight, local officials said on Friday, in the first serious breach of the truce agreed in January between the two sides.',
  'Two civilians were killed and five were injured when shells hit a row of houses near the school, according to the regional health office, which said the wounded had been taken to hospital in Selna.',
  'Monitors from the joint commission said they would visit the area as soon as it was safe, and asked both sides to respect the agreement while the circumstances were investigated.',
  'The defence ministry denied that its forces had fired first and said it had responded to mortar fire from positions north of the river, a claim that could not be independently verified.',
];

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shelling breaks truce near Dorvik | Valley Herald</title>
  <script>window.analytics = { page: 'article' };</script>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner">
    <p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p>
    <button>Accept all</button>
  </div>
  <header class="site-header">
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Shelling breaks truce near Dorvik</h1>
      <p class="byline">By Ana Petrov, 14 March 2025</p>
      ${ARTICLE_PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n      ')}
    </article>
  </main>
  <aside class="sidebar">
    <h2>Top Stories</h2>
    <ul>
      <li><a href="/a">Harbour reopens after storm damage is repaired</a></li>
      <li><a href="/b">Local team wins the regional cup final on penalties</a></li>
    </ul>
  </aside>
  <footer><p>© 2025 Valley Herald. All rights reserved.</p></footer>
</body>
</html>`;

describe('extractArticle', () => {
  it('returns the article paragraphs in order, without navigation, sidebar or banner', () => {
    const article = extractArticle(PAGE, 'https://news.example.org/conflict/2025/03/14/shelling');
    const paragraphs = article.text.split('\n\n');
    const positions = ARTICLE_PARAGRAPHS.map((paragraph) => paragraphs.indexOf(paragraph));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(article.text).not.toMatch(
      /Top Stories|cookies|Harbour reopens|Sport|All rights reserved/,
    );
  });

  it('returns the headline, without the site name the page title adds', () => {
    expect(extractArticle(PAGE, 'https://news.example.org/x').title).toBe(
      'Shelling breaks truce near Dorvik',
    );
  });

  it('falls back to the text of the body when there is no article to find', () => {
    const page =
      '<html><head><title>Notice</title></head><body><div>Service notice: the page moved.</div></body></html>';
    expect(extractArticle(page, 'https://news.example.org/notice')).toEqual({
      title: 'Notice',
      text: 'Service notice: the page moved.',
    });
  });

  it('accepts fragments and empty input', () => {
    expect(extractArticle('', 'https://news.example.org/empty')).toEqual({ title: null, text: '' });
    expect(extractArticle('<p>Just one line.</p>', 'https://news.example.org/one').text).toBe(
      'Just one line.',
    );
  });

  it('repairs mojibake in the article text and title', () => {
    const page = PAGE.replaceAll('truce near Dorvik', 'truce near Dorvik鈥檚 school').replace(
      'Two civilians were killed',
      '鈥淭wo civilians鈥 were killed',
    );
    const article = extractArticle(page, 'https://news.example.org/x');
    expect(article.title).toBe('Shelling breaks truce near Dorvik’s school');
    expect(article.text).toContain('“Two civilians” were killed');
  });
});
