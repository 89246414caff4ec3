import { describe, expect, it } from 'vitest';
import { itemIdFor } from '../../functions/core/feeds/item-id.js';

const base = {
  title: 'Shelling breaks truce',
  text: 'Artillery fire hit two villages.',
  feedId: 'herald',
};

describe('itemIdFor', () => {
  it('has the form i- followed by 24 hex characters', () => {
    expect(itemIdFor({ ...base, url: 'https://news.example.org/a' })).toMatch(/^i-[0-9a-f]{24}$/);
  });

  it('is the same for the same article reached through two feeds', () => {
    const fromHerald = itemIdFor({
      ...base,
      feedId: 'herald',
      url: 'https://news.example.org/a?utm_source=rss',
    });
    const fromWire = itemIdFor({
      feedId: 'wire',
      guid: 'wire-123',
      title: 'Truce broken by shelling',
      text: 'Different summary.',
      url: 'https://NEWS.example.org/a#top',
    });
    expect(fromWire).toBe(fromHerald);
  });

  it('differs between different URLs', () => {
    expect(itemIdFor({ ...base, url: 'https://news.example.org/a' })).not.toBe(
      itemIdFor({ ...base, url: 'https://news.example.org/b' }),
    );
  });

  it('uses the guid, scoped to the feed, when there is no usable URL', () => {
    const withGuid = itemIdFor({ ...base, guid: 'herald-88121' });
    expect(
      itemIdFor({ ...base, guid: 'herald-88121', title: 'Edited title', text: 'Edited text.' }),
    ).toBe(withGuid);
    expect(itemIdFor({ ...base, guid: 'herald-88121', feedId: 'other' })).not.toBe(withGuid);
    expect(itemIdFor({ ...base, guid: 'herald-88121', url: 'mailto:desk@news.example.org' })).toBe(
      withGuid,
    );
  });

  it('falls back to feed, title and the start of the text', () => {
    const id = itemIdFor(base);
    expect(itemIdFor({ ...base })).toBe(id);
    expect(itemIdFor({ ...base, title: 'Another title' })).not.toBe(id);
    expect(itemIdFor({ ...base, feedId: 'wire' })).not.toBe(id);
    expect(itemIdFor({ ...base, guid: '   ' })).toBe(id);
  });

  it('looks only at the first 500 characters of the text', () => {
    const start = 'x'.repeat(500);
    expect(itemIdFor({ ...base, text: `${start} ending one` })).toBe(
      itemIdFor({ ...base, text: `${start} ending two` }),
    );
    expect(itemIdFor({ ...base, text: `y${start}` })).not.toBe(
      itemIdFor({ ...base, text: `z${start}` }),
    );
  });

  it('tells a null title from an empty one only through the text', () => {
    expect(itemIdFor({ ...base, title: null })).toBe(itemIdFor({ ...base, title: '' }));
  });
});
