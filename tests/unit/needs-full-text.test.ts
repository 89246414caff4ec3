import { describe, expect, it } from 'vitest';
import { needsFullText } from '../../functions/core/feeds/needs-full-text.js';
import type { FeedItem } from '../../functions/core/model.js';

const LONG =
  'Artillery fire struck the villages of Dorvik and Marren overnight, local officials said on Friday. '.repeat(
    8,
  );

function item(text: string, url: string | null = 'https://news.example.org/a'): FeedItem {
  return { id: 'i-1', feedId: 'herald', title: 'Shelling', text, ...(url !== null && { url }) };
}

describe('needsFullText', () => {
  it('wants the page for a short teaser', () => {
    expect(needsFullText(item('Artillery fire hit two villages overnight.'))).toBe(true);
    expect(needsFullText(item(''))).toBe(true);
  });

  it('does not for a full article', () => {
    expect(LONG.length).toBeGreaterThan(500);
    expect(needsFullText(item(LONG))).toBe(false);
  });

  it.each([
    ['an ellipsis', `${LONG}and then…`],
    ['three dots', `${LONG}and then...`],
    ['[…]', `${LONG}and then […]`],
    ['[...]', `${LONG}and then [...]`],
    ['Read more', `${LONG}Read more`],
    ['Read more »', `${LONG}Read more »`],
    ['Continue reading', `${LONG}Continue reading Shelling breaks truce →`],
    ['(more…)', `${LONG}(more…)`],
    ['Read the full story', `${LONG}Read the full story.`],
  ])('wants the page for a long text ending in %s', (_label, text) => {
    expect(needsFullText(item(text))).toBe(true);
  });

  it('does not when there is no web page to fetch', () => {
    expect(needsFullText(item('Short.', null))).toBe(false);
    expect(needsFullText(item('Short.', 'file:///tmp/a.html'))).toBe(false);
  });
});
