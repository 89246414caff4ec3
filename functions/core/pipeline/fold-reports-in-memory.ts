import { findMatchingIncident, UNKNOWN_REGION } from '../incidents/match-incident.js';
import { incidentIdFor, mergeIntoIncident, openIncident } from '../incidents/merge-incident.js';
import type { ClassifiedItem, Incident } from '../model.js';
import type { StoredItem } from '../ports.js';

/** How far back to look for an incident a report may belong to. */
export const MATCH_WINDOW_DAYS = 4;

export type FoldEffect = 'opened' | 'grown' | 'joined';

/** An incident as the fold leaves it, with the reports folded into it, to be saved once. */
export interface ChangedIncident {
  incident: Incident;
  /** The revision it is stored at, which the save is conditional on; 0 for one opened here. */
  storedRevision: number;
  reports: { stored: StoredItem; effect: FoldEffect }[];
}

export interface ReportsFold {
  changed: ChangedIncident[];
  /** Reports an incident lists already: saved by a run that stopped before marking them done. */
  already: { stored: StoredItem; incidentId: string }[];
  /** Reports that would open an incident under an id already taken: left to the one-by-one fold. */
  unplanned: StoredItem[];
}

/**
 * Folds one region's violation reports, oldest first, into the region's incidents as read from the
 * store, in memory: each report sees the incidents as the reports before it left them, exactly as
 * if each were saved before the next was matched, so a cycle's reports of one event meet in one
 * incident. Each changed incident is then saved once instead of once per report.
 */
export function foldReportsInMemory(
  reports: readonly StoredItem[],
  stored: readonly Incident[],
  newId: (report: StoredItem) => string = (report) => incidentIdFor(report.itemId),
): ReportsFold {
  const current = new Map(stored.map((incident) => [incident.incidentId, incident]));
  const changes = new Map<string, ChangedIncident>();
  const fold: ReportsFold = { changed: [], already: [], unplanned: [] };

  for (const report of reports) {
    const classified = toClassifiedItem(report);
    const seenAt = new Date(report.recordedAt);
    const since = windowStart(report);
    // What a query of the report's own window would have answered.
    const candidates = [...current.values()].filter((incident) => incident.eventDate >= since);
    const listing = candidates.find((incident) =>
      incident.sources.some((source) => source.itemId === report.itemId),
    );
    if (listing !== undefined) {
      fold.already.push({ stored: report, incidentId: listing.incidentId });
      continue;
    }

    const match = findMatchingIncident(classified, candidates, seenAt);
    if (match === undefined) {
      const opened: Incident = {
        ...openIncident(classified, seenAt, () => newId(report)),
        region: regionOf(report),
      };
      if (current.has(opened.incidentId)) {
        fold.unplanned.push(report);
        continue;
      }
      current.set(opened.incidentId, opened);
      changes.set(opened.incidentId, {
        incident: opened,
        storedRevision: 0,
        reports: [{ stored: report, effect: 'opened' }],
      });
      continue;
    }
    const { incident, material } = mergeIntoIncident(match, classified, seenAt);
    current.set(incident.incidentId, incident);
    const change = changes.get(incident.incidentId) ?? {
      incident,
      storedRevision: match.revision,
      reports: [],
    };
    change.incident = incident;
    change.reports.push({ stored: report, effect: material ? 'grown' : 'joined' });
    changes.set(incident.incidentId, change);
  }
  fold.changed = [...changes.values()];
  return fold;
}

/** The region a report is matched and stored under. */
export function regionOf(report: StoredItem): string {
  return report.verdict.region ?? UNKNOWN_REGION;
}

/** The earliest event date an incident may have to take this report (YYYY-MM-DD). */
export function windowStart(report: StoredItem): string {
  const reference = (report.verdict.incidentDate ?? report.published ?? report.recordedAt).slice(
    0,
    10,
  );
  return shiftDays(reference, -MATCH_WINDOW_DAYS);
}

export function toClassifiedItem(stored: StoredItem): ClassifiedItem {
  return {
    item: {
      id: stored.itemId,
      feedId: stored.feedId,
      url: stored.url,
      title: stored.title,
      // What matching reads of the report besides its evidence; none for items stored before it.
      text: stored.lead ?? '',
      published: stored.published,
    },
    verdict: stored.verdict,
  };
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
