import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../functions/adapters/retry-after.js';

const NOW = new Date('2026-11-20T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', undefined, 120_000],
    [' 0 ', undefined, 0],
    ['Fri, 20 Nov 2026 12:05:00 GMT', undefined, 5 * 60_000],
    // Measured from the server's Date when it sent one: its clock may differ from ours.
    ['Fri, 20 Nov 2026 09:01:30 GMT', 'Fri, 20 Nov 2026 09:00:00 GMT', 90_000],
    ['Friday, 20-Nov-26 12:01:00 GMT', undefined, 60_000],
    ['Fri, 20 Nov 2026 11:00:00 GMT', undefined, 0],
  ])('reads %j (Date %j) as %d ms', (value, date, expected) => {
    expect(parseRetryAfter(value, date, NOW)).toBe(expected);
  });

  it.each([undefined, '', '-5', '1.5', 'soon', '2026-11-20T12:05:00Z', '99999999999999999999'])(
    'finds no wait in %j',
    (value) => {
      expect(parseRetryAfter(value, undefined, NOW)).toBeUndefined();
    },
  );
});
