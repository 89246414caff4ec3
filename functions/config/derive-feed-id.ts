import path from 'node:path';

/**
 * A readable, stable id for a feed that the config does not name: the store keys feed state by it,
 * so it must not change between runs for the same URL.
 */
export function deriveFeedId(url: string): string {
  let raw: string;
  try {
    const parsed = new URL(url);
    raw =
      parsed.protocol === 'file:'
        ? path.basename(parsed.pathname)
        : `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname}${parsed.search}`;
  } catch {
    raw = path.basename(url);
  }
  const slug = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80) || 'feed';
}
