import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../functions/core/feeds/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    [
      'lower-cases scheme and host, keeps the path as written',
      'HTTPS://News.Example.ORG/World/Story',
      'https://news.example.org/World/Story',
    ],
    ['drops the fragment', 'https://news.example.org/a#comments', 'https://news.example.org/a'],
    ['drops default ports', 'http://news.example.org:80/a', 'http://news.example.org/a'],
    ['keeps other ports', 'https://news.example.org:8443/a', 'https://news.example.org:8443/a'],
    [
      'sorts the remaining parameters',
      'https://x.example/a?b=2&a=1&c=3',
      'https://x.example/a?a=1&b=2&c=3',
    ],
    [
      'removes utm_ parameters',
      'https://x.example/a?utm_source=rss&utm_medium=feed&utm_campaign=x&id=4',
      'https://x.example/a?id=4',
    ],
    [
      'removes click ids',
      'https://x.example/a?fbclid=IwAR0&gclid=Cj0&dclid=1&msclkid=2&id=4',
      'https://x.example/a?id=4',
    ],
    [
      'removes newsletter and campaign ids',
      'https://x.example/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4&icid=5&smid=6&ito=7',
      'https://x.example/a',
    ],
    [
      'removes BBC and comScore markers',
      'https://x.example/a?at_medium=RSS&at_campaign=KARANGA&ns_mchannel=rss&ns_source=PublicRSS20-sa',
      'https://x.example/a',
    ],
    [
      'removes CMP in any case',
      'https://x.example/a?CMP=share_btn_tw&page=2',
      'https://x.example/a?page=2',
    ],
    [
      'removes feed markers',
      'https://x.example/a?rss=1&from=rss&ref=rss&src=feed&id=4',
      'https://x.example/a?id=4',
    ],
    [
      'keeps "from" and "ref" when they are not feed markers',
      'https://x.example/a?from=2025-01-01&ref=abc',
      'https://x.example/a?from=2025-01-01&ref=abc',
    ],
    [
      'keeps the encoding of values',
      'https://x.example/search?q=a%2Fb+c&lang=en',
      'https://x.example/search?lang=en&q=a%2Fb+c',
    ],
    [
      'removes an emptied query entirely',
      'https://x.example/a?utm_source=rss',
      'https://x.example/a',
    ],
    ['trims white space', '  https://x.example/a \n', 'https://x.example/a'],
  ])('%s', (_label, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it.each([
    [
      '/world/story?id=1',
      'https://news.example.org/feeds/rss.xml',
      'https://news.example.org/world/story?id=1',
    ],
    [
      'story.html',
      'https://news.example.org/feeds/rss.xml',
      'https://news.example.org/feeds/story.html',
    ],
    ['../story', 'https://news.example.org/feeds/rss.xml', 'https://news.example.org/story'],
    [
      '//cdn.example.org/story',
      'https://news.example.org/feeds/rss.xml',
      'https://cdn.example.org/story',
    ],
  ])('resolves %s against %s', (url, base, expected) => {
    expect(canonicalUrl(url, base)).toBe(expected);
  });

  it('gives the same result for two spellings of the same article', () => {
    const a = canonicalUrl('https://News.example.org:443/a?b=2&a=1&utm_source=rss#top');
    const b = canonicalUrl('/a?a=1&b=2&fbclid=xyz', 'https://news.example.org/feeds/main.xml');
    expect(a).toBe(b);
  });

  it('is idempotent', () => {
    const once = canonicalUrl('HTTP://X.example:80/a?z=1&utm_medium=rss&a=2#f');
    expect(once).toBeDefined();
    expect(canonicalUrl(once ?? '')).toBe(once);
  });

  it.each([
    ['a mailto link', 'mailto:editor@x.example'],
    ['an ftp URL', 'ftp://x.example/file'],
    ['a javascript link', 'javascript:void(0)'],
    ['an empty string', ''],
    ['a relative URL without base', '/world/story'],
    ['a relative URL against a local path', 'story.html', '/home/user/feeds/local.xml'],
    ['garbage', 'http://'],
  ])('is undefined for %s', (_label, url, base?: string) => {
    expect(canonicalUrl(url, base)).toBeUndefined();
  });
});
