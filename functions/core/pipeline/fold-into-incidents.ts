import { findMatchingIncident } from '../incidents/match-incident.js';
import { incidentIdFor, mergeIntoIncident, openIncident } from '../incidents/merge-incident.js';
import type { Incident } from '../model.js';
import type { StoredItem } from '../ports.js';
import type { FoldReport } from './cycle-report.js';
import { takeFoldLease } from './fold-lease.js';
import {
  type ChangedIncident,
  type FoldEffect,
  foldReportsInMemory,
  regionOf,
  toClassifiedItem,
  windowStart,
} from './fold-reports-in-memory.js';
import { mapWithLimits } from './map-with-limits.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { errorMessage } from './poll-feed.js';

/** A write that lost a race re-reads and merges again; past this many, the item waits for next cycle. */
const MAX_WRITE_ATTEMPTS = 5;
/** Lists of pending items read under one lease: reports recorded meanwhile by another run are folded too. */
const FOLD_ROUNDS = 3;
/** Items marked done at once: each is its own conditional write, and none depends on another. */
const MARKS_AT_ONCE = 16;

type KeepLease = () => Promise<boolean>;

/** A pending item whose incident is saved, or needs none: what is left is to mark it done. */
interface Folded {
  stored: StoredItem;
  incidentId: string | null;
  effect?: FoldEffect | 'already';
}

/**
 * Folds every pending violation (this cycle's and whatever an interrupted run left) into incidents.
 * Oldest first, so that two reports of one event in the same cycle meet in one incident instead of
 * opening two. A region's incidents are read once and its reports folded into them in memory; each
 * changed incident is then saved once, conditional on the revision it was read at, and only then
 * are its reports marked done. Across runs, the fold lease makes folding one run at a time: two
 * runs matching reports of one event at once could each find no incident and open one.
 */
export async function foldPendingItems(deps: PipelineDeps): Promise<FoldReport> {
  const report: FoldReport = { folded: 0, opened: 0, grown: 0, failures: [] };
  const waiting = await deps.store.listPendingItems();
  if (waiting.length === 0) return report;

  const lease = await takeFoldLease(deps);
  if (lease.status !== 'held') {
    report.failures.push(
      `${waiting.length} pending item(s) not folded by this run, ${lease.reason}; they stay pending for the next fold`,
    );
    return report;
  }
  try {
    const tried = new Set<string>();
    for (let round = 1; round <= FOLD_ROUNDS; round += 1) {
      const pending = (await deps.store.listPendingItems()).filter((p) => !tried.has(p.itemId));
      if (pending.length === 0) break;
      pending.sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
      for (const stored of pending) tried.add(stored.itemId);
      await foldRound(pending, deps, lease.keep, report);
    }
  } finally {
    await deps.store.releaseFoldLease(lease.holder).catch(() => undefined);
  }
  return report;
}

/** One list of pending items, oldest first: region by region, then every fold marked done. */
async function foldRound(
  pending: readonly StoredItem[],
  deps: PipelineDeps,
  keep: KeepLease,
  report: FoldReport,
): Promise<void> {
  const folded: Folded[] = [];
  const byRegion = new Map<string, StoredItem[]>();
  for (const stored of pending) {
    if (stored.verdict.label !== 'violation') {
      folded.push({ stored, incidentId: null });
      continue;
    }
    const region = regionOf(stored);
    const reports = byRegion.get(region) ?? [];
    reports.push(stored);
    byRegion.set(region, reports);
  }
  for (const [region, reports] of byRegion) {
    folded.push(...(await foldRegion(region, reports, deps, keep, report)));
  }
  await markDone(folded, deps, keep, report);
}

/**
 * Folds a region's reports with one read of its incidents and one save per changed incident. A
 * save that finds the incident changed since the read leaves its reports to the one-by-one fold,
 * which reads again; a save that fails leaves them pending.
 */
async function foldRegion(
  region: string,
  reports: readonly StoredItem[],
  deps: PipelineDeps,
  keep: KeepLease,
  report: FoldReport,
): Promise<Folded[]> {
  // The read covers every report's window: from the earliest start among them.
  const dated: StoredItem[] = [];
  let since: string | undefined;
  for (const stored of reports) {
    try {
      const start = windowStart(stored);
      if (since === undefined || start < since) since = start;
      dated.push(stored);
    } catch (error) {
      report.failures.push(`item ${describeItem(stored)}: ${errorMessage(error)}`);
    }
  }
  if (since === undefined) return [];
  if (!(await keep())) {
    for (const stored of dated) leaseLost(stored, report);
    return [];
  }

  let incidents: Incident[];
  try {
    incidents = await deps.store.findIncidents(region, since);
  } catch (error) {
    for (const stored of dated) {
      report.failures.push(`item ${describeItem(stored)}: ${errorMessage(error)}`);
    }
    return [];
  }
  const newIncidentId = deps.newIncidentId;
  let plan: ReturnType<typeof foldReportsInMemory>;
  try {
    plan = foldReportsInMemory(dated, incidents, newIncidentId && (() => newIncidentId()));
  } catch {
    // Something in one report the in-memory fold cannot take: one by one, it fails that report only.
    return foldOneByOne(dated, deps, keep, report);
  }

  const folded: Folded[] = plan.already.map(({ stored: item, incidentId }) => ({
    stored: item,
    incidentId,
    effect: 'already' as const,
  }));
  const again: StoredItem[] = [...plan.unplanned];
  for (const change of plan.changed) {
    const items = change.reports.map((entry) => entry.stored);
    if (!(await keep())) {
      for (const item of items) leaseLost(item, report);
      continue;
    }
    const outcome = await saveChange(change, deps);
    if (outcome === 'saved') {
      for (const { stored: item, effect } of change.reports) {
        folded.push({ stored: item, incidentId: change.incident.incidentId, effect });
      }
    } else if (outcome === 'changed') {
      again.push(...items);
    } else {
      for (const item of items) {
        report.failures.push(`item ${describeItem(item)}: ${outcome.error}`);
      }
    }
  }
  again.sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
  folded.push(...(await foldOneByOne(again, deps, keep, report)));
  return folded;
}

async function saveChange(
  change: ChangedIncident,
  deps: PipelineDeps,
): Promise<'saved' | 'changed' | { error: string }> {
  try {
    const saved = await deps.store.saveIncident(change.incident, change.storedRevision);
    return saved ? 'saved' : 'changed';
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** Each report with its own read and save, retried when another write comes in between. */
async function foldOneByOne(
  reports: readonly StoredItem[],
  deps: PipelineDeps,
  keep: KeepLease,
  report: FoldReport,
): Promise<Folded[]> {
  const folded: Folded[] = [];
  for (const stored of reports) {
    if (!(await keep())) {
      leaseLost(stored, report);
      continue;
    }
    try {
      const outcome = await foldOne(stored, deps);
      folded.push({ stored, ...outcome });
    } catch (error) {
      report.failures.push(`item ${describeItem(stored)}: ${errorMessage(error)}`);
    }
  }
  return folded;
}

/**
 * Marks folded items done, several at once, and counts them. An item whose mark fails stays
 * pending: the next fold finds it in its incident's sources and marks it then.
 */
async function markDone(
  folded: readonly Folded[],
  deps: PipelineDeps,
  keep: KeepLease,
  report: FoldReport,
): Promise<void> {
  let toMark = folded;
  // Settled items need no incident, but like the rest they are finished under the lease.
  if (folded.some((entry) => entry.incidentId === null) && !(await keep())) {
    for (const entry of folded) {
      if (entry.incidentId === null) leaseLost(entry.stored, report);
    }
    toMark = folded.filter((entry) => entry.incidentId !== null);
  }
  await mapWithLimits(
    toMark,
    { concurrency: MARKS_AT_ONCE, perKey: MARKS_AT_ONCE, keyOf: () => 'store' },
    async ({ stored, incidentId, effect }) => {
      try {
        await deps.store.markItemDone(stored.itemId, incidentId);
      } catch (error) {
        report.failures.push(`item ${describeItem(stored)}: ${errorMessage(error)}`);
        return;
      }
      if (incidentId === null) return;
      report.folded += 1;
      if (effect === 'opened') report.opened += 1;
      if (effect === 'grown') report.grown += 1;
    },
  );
}

function leaseLost(stored: StoredItem, report: FoldReport): void {
  report.failures.push(
    `item ${describeItem(stored)}: the fold lease was lost to another run; it stays pending`,
  );
}

function describeItem(stored: StoredItem): string {
  return `${stored.itemId} (${stored.url ?? stored.title ?? 'no title'})`;
}

async function foldOne(
  stored: StoredItem,
  deps: PipelineDeps,
): Promise<{ incidentId: string; effect: FoldEffect | 'already' }> {
  const classified = toClassifiedItem(stored);
  const seenAt = new Date(stored.recordedAt);
  const region = regionOf(stored);
  const since = windowStart(stored);
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

function eventTime(stored: StoredItem): string {
  return stored.published ?? stored.recordedAt;
}
