import { findMatchingIncident, UNKNOWN_REGION } from '../incidents/match-incident.js';
import { incidentIdFor, mergeIntoIncident, openIncident } from '../incidents/merge-incident.js';
import type { ClassifiedItem, Incident } from '../model.js';
import type { StoredItem } from '../ports.js';
import type { FoldReport } from './cycle-report.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { errorMessage } from './poll-feed.js';

/** How far back to look for an incident a report may belong to. */
const MATCH_WINDOW_DAYS = 4;
/** A write that lost a race re-reads and merges again; past this many, the item waits for next cycle. */
const MAX_WRITE_ATTEMPTS = 5;

/**
 * Folds every pending violation (this cycle's and whatever an interrupted run left) into incidents.
 * Runs one item at a time, oldest first, so that two reports of one event in the same cycle meet in
 * one incident instead of opening two; the conditional write covers another process doing the same.
 */
export async function foldPendingItems(deps: PipelineDeps): Promise<FoldReport> {
  const report: FoldReport = { folded: 0, opened: 0, grown: 0, failures: [] };
  const pending = await deps.store.listPendingItems();
  pending.sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
  for (const stored of pending) {
    try {
      if (stored.verdict.label !== 'violation') {
        await deps.store.markItemDone(stored.itemId, null);
        continue;
      }
      const outcome = await foldOne(stored, deps);
      await deps.store.markItemDone(stored.itemId, outcome.incidentId);
      report.folded += 1;
      if (outcome.effect === 'opened') report.opened += 1;
      if (outcome.effect === 'grown') report.grown += 1;
    } catch (error) {
      report.failures.push(
        `item ${stored.itemId} (${stored.url ?? stored.title ?? 'no title'}): ${errorMessage(error)}`,
      );
    }
  }
  return report;
}

async function foldOne(
  stored: StoredItem,
  deps: PipelineDeps,
): Promise<{ incidentId: string; effect: 'opened' | 'grown' | 'joined' | 'already' }> {
  const classified = toClassifiedItem(stored);
  const seenAt = new Date(stored.recordedAt);
  const region = classified.verdict.region ?? UNKNOWN_REGION;
  const since = shiftDays(referenceDate(stored), -MATCH_WINDOW_DAYS);
  // Derived from the first report, so a retry after a crash finds the incident it already opened.
  const newId = deps.newIncidentId ?? (() => incidentIdFor(stored.itemId));

  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const candidates = await deps.store.findIncidents(region, since);
    const already = candidates.find((incident) =>
      incident.sources.some((source) => source.itemId === stored.itemId),
    );
    if (already) return { incidentId: already.incidentId, effect: 'already' };

    const match = findMatchingIncident(classified, candidates, seenAt);
    if (match === undefined) {
      const opened: Incident = { ...openIncident(classified, seenAt, newId), region };
      if (await deps.store.saveIncident(opened, 0)) {
        return { incidentId: opened.incidentId, effect: 'opened' };
      }
    } else {
      const { incident, material } = mergeIntoIncident(match, classified, seenAt);
      if (await deps.store.saveIncident(incident, match.revision)) {
        return { incidentId: incident.incidentId, effect: material ? 'grown' : 'joined' };
      }
    }
  }
  throw new Error(
    `the incident kept changing under ${MAX_WRITE_ATTEMPTS} attempts; retrying next cycle`,
  );
}

function toClassifiedItem(stored: StoredItem): ClassifiedItem {
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

function eventTime(stored: StoredItem): string {
  return stored.published ?? stored.recordedAt;
}

function referenceDate(stored: StoredItem): string {
  return (stored.verdict.incidentDate ?? stored.published ?? stored.recordedAt).slice(0, 10);
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
