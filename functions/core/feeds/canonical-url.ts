// One spelling per article URL, so the same story reached through two feeds, or through a link
// carrying campaign parameters, is recognised as the same story.

/** Query parameters that only track the reader or the campaign; removed from every URL. */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'icid',
  'smid',
  'ito',
  'cmp',
  'xtor',
  'rss',
  '_ga',
  '_gl',
  'wt.mc_id',
  's_cid',
  'sr_share',
]);

/** Prefixes of tracking parameter families: utm_source, at_medium (BBC), ns_mchannel (comScore)… */
const TRACKING_PREFIXES = ['utm_', 'at_', 'ns_', 'pk_', 'mtm_', 'hmb_'];

/** Parameters that are tracking only when they say the reader came from a feed (from=rss). */
const SOURCE_MARKER_PARAMETERS = new Set(['from', 'src', 'source', 'ref', 'feed', 'via', 'origin']);
const FEED_MARKER_VALUE = /^(rss|rss2|atom|feed|feeds|feedburner|rssfeed)([-_.].*)?$/i;

/**
 * The canonical absolute form of an http(s) URL: relative URLs resolved against `base`; scheme and
 * host lower-cased; default port, fragment and tracking parameters removed; the remaining query
 * parameters sorted. Undefined for other schemes and for input that is not a URL.
 */
export function canonicalUrl(url: string, base?: string): string | undefined {
  const parsed = parseUrl(url.trim(), base);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  parsed.hash = '';
  parsed.search = canonicalQuery(parsed.search);
  return parsed.href;
}

function parseUrl(url: string, base: string | undefined): URL | undefined {
  if (url === '') return undefined;
  try {
    return new URL(url, base);
  } catch {
    // A base that is not a URL (a feed read from a local path) cannot resolve anything.
    try {
      return new URL(url);
    } catch {
      return undefined;
    }
  }
}

/**
 * Filters and sorts the query without re-encoding it: parameters are compared decoded but kept as
 * written, since some servers treat "%2F" and "/" differently.
 */
function canonicalQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: decodeName(pair), value: decodeValue(pair) }))
    .filter(({ name, value }) => !isTracking(name, value));
  kept.sort((a, b) => compare(a.name, b.name) || compare(a.pair, b.pair));
  return kept.length === 0 ? '' : `?${kept.map(({ pair }) => pair).join('&')}`;
}

function isTracking(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMETERS.has(lower)) return true;
  if (TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return SOURCE_MARKER_PARAMETERS.has(lower) && FEED_MARKER_VALUE.test(value);
}

function decodeName(pair: string): string {
  return safeDecode(pair.split('=', 1)[0] ?? '');
}

function decodeValue(pair: string): string {
  const index = pair.indexOf('=');
  return index === -1 ? '' : safeDecode(pair.slice(index + 1));
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
