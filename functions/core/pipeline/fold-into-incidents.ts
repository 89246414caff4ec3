import { randomUUID } from 'node:crypto';
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

/** How long the fold lease is taken for; a holder renews it once half of it has gone by. */
const FOLD_LEASE_MS = 60_000;
/**
 * Pauses between tries of a lease another run holds: a fold takes a second or two, so the run that
 * waits usually folds its own items in this same cycle. Past the last, they wait for the next one.
 */
const LEASE_WAITS_MS = [100, 200, 400, 800, 1_600, 2_400];
/** Lists of pending items read under one lease: reports recorded meanwhile by another run are folded too. */
const FOLD_ROUNDS = 3;

/**
 * Folds every pending violation (this cycle's and whatever an interrupted run left) into incidents.
 * Runs one item at a time, oldest first, so that two reports of one event in the same cycle meet in
 * one incident instead of opening two. Across runs, the fold lease makes folding one run at a time:
 * two runs matching reports of one event at once could each find no incident and open one.
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
      for (const stored of pending) {
        if (!(await lease.keep())) {
          report.failures.push(
            `item ${describeItem(stored)}: the fold lease was lost to another run; it stays pending`,
          );
          continue;
        }
        tried.add(stored.itemId);
        await foldPendingItem(stored, deps, report);
      }
    }
  } finally {
    await deps.store.releaseFoldLease(lease.holder).catch(() => undefined);
  }
  return report;
}

async function foldPendingItem(
  stored: StoredItem,
  deps: PipelineDeps,
  report: FoldReport,
): Promise<void> {
  try {
    if (stored.verdict.label !== 'violation') {
      await deps.store.markItemDone(stored.itemId, null);
      return;
    }
    const outcome = await foldOne(stored, deps);
    await deps.store.markItemDone(stored.itemId, outcome.incidentId);
    report.folded += 1;
    if (outcome.effect === 'opened') report.opened += 1;
    if (outcome.effect === 'grown') report.grown += 1;
  } catch (error) {
    report.failures.push(`item ${describeItem(stored)}: ${errorMessage(error)}`);
  }
}

type FoldLease =
  | { status: 'held'; holder: string; keep(): Promise<boolean> }
  | { status: 'not-held'; reason: string };

/** Takes the fold lease, waiting a little for a run that holds it to finish. */
async function takeFoldLease(deps: PipelineDeps): Promise<FoldLease> {
  const { store, clock } = deps;
  const holder = randomUUID();
  let takenAt = 0;
  const claim = async (): Promise<boolean> => {
    const now = clock.now().getTime();
    try {
      const taken = await store.claimFoldLease(
        holder,
        new Date(now).toISOString(),
        new Date(now + FOLD_LEASE_MS).toISOString(),
      );
      if (taken) takenAt = now;
      return taken;
    } catch (error) {
      // The write may have happened with its answer lost: a lease nobody knows it holds would keep
      // every run from folding until it ran out.
      await store.releaseFoldLease(holder).catch(() => undefined);
      throw error;
    }
  };
  const keep = async (): Promise<boolean> => {
    if (clock.now().getTime() - takenAt < FOLD_LEASE_MS / 2) return true;
    return claim().catch(() => false);
  };

  for (let attempt = 0; ; attempt += 1) {
    try {
      if (await claim()) return { status: 'held', holder, keep };
    } catch (error) {
      return {
        status: 'not-held',
        reason: `the fold lease could not be taken: ${errorMessage(error)}`,
      };
    }
    const pause = LEASE_WAITS_MS[attempt];
    if (pause === undefined)
      return { status: 'not-held', reason: 'another run holds the fold lease' };
    await sleep(pause);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describeItem(stored: StoredItem): string {
  return `${stored.itemId} (${stored.url ?? stored.title ?? 'no title'})`;
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
