import { describe, expect, it } from 'vitest';
import { isBacklogReport } from '../../functions/core/pipeline/report-age.js';

const NOW = new Date('2026-11-21T12:00:00.000Z');
const HOUR = 3_600_000;
const LIMIT = 72 * HOUR;
const undated = { incidentDate: null };

describe('isBacklogReport', () => {
  it('judges by the publication date against the limit', () => {
    expect(isBacklogReport('2026-11-18T11:59:00.000Z', undated, NOW, LIMIT)).toBe(true);
    expect(isBacklogReport('2026-11-18T12:01:00.000Z', undated, NOW, LIMIT)).toBe(false);
  });

  it('has no limit when none is set', () => {
    expect(isBacklogReport('2001-01-01T00:00:00.000Z', undated, NOW, undefined)).toBe(false);
  });

  it('falls back to the end of the incident day when the item has no date', () => {
    // 2026-11-17 ends at 2026-11-18T00:00Z: 84 h before NOW.
    expect(isBacklogReport(undefined, { incidentDate: '2026-11-17' }, NOW, LIMIT)).toBe(true);
    // 2026-11-18 ends at 2026-11-19T00:00Z: 60 h before NOW.
    expect(isBacklogReport(undefined, { incidentDate: '2026-11-18' }, NOW, LIMIT)).toBe(false);
  });

  it('takes an item with no date at all, or an unreadable one, as news', () => {
    expect(isBacklogReport(undefined, undated, NOW, LIMIT)).toBe(false);
    expect(isBacklogReport('last Tuesday', undated, NOW, LIMIT)).toBe(false);
  });
});
