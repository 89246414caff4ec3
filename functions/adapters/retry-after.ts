// Reads a Retry-After header (RFC 9110 §10.2.3): a number of seconds or an HTTP-date.

/**
 * The wait the header asks for, in ms, or undefined when it is absent or unreadable. A date is
 * measured from the response's own Date header when it has one, so a server whose clock is off
 * still gets the wait it meant; a date already past means no wait. Capping the wait is the
 * scheduler's job: it knows how long a feed may be left alone.
 */
export function parseRetryAfter(
  value: string | undefined,
  responseDate: string | undefined,
  now: Date,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  const until = parseHttpDate(text);
  if (until === undefined) return undefined;
  const serverNow = parseHttpDate(responseDate?.trim() ?? '') ?? now.getTime();
  return Math.max(0, until - serverNow);
}

/** IMF-fixdate and the two obsolete forms HTTP still accepts; all name GMT. */
function parseHttpDate(text: string): number | undefined {
  if (!/\bGMT$/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}
