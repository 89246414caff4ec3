import type { Verdict } from '../model.js';

const DAY_MS = 86_400_000;

/**
 * Whether a report is too old to alert on: published longer than `maxAgeMs` before `now`. An
 * item without a publication date is judged by the incident date it gives (the end of that day,
 * so a report of yesterday's shelling is not cut short); an item with neither is taken as news,
 * since nothing says it is not.
 */
export function isBacklogReport(
  published: string | undefined,
  verdict: Pick<Verdict, 'incidentDate'>,
  now: Date,
  maxAgeMs: number | undefined,
): boolean {
  if (maxAgeMs === undefined) return false;
  const publishedAt = published === undefined ? Number.NaN : Date.parse(published);
  const reportedAt = Number.isNaN(publishedAt) ? endOfDay(verdict.incidentDate) : publishedAt;
  return reportedAt !== undefined && now.getTime() - reportedAt > maxAgeMs;
}

function endOfDay(day: string | null): number | undefined {
  if (day === null) return undefined;
  const start = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(start) ? undefined : start + DAY_MS;
}
