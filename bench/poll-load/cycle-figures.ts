// The figures of one measured poll cycle, taken from its report, and how they are printed.
import type { CycleReport } from '../../functions/core/pipeline/cycle-report.js';

export interface CycleFigures {
  feeds: number;
  ok: number;
  notModified: number;
  failed: number;
  wallMs: number;
  /** Items recorded for the first time, and how many of them the classifier called violations. */
  itemsRecorded: number;
  violations: number;
  incidentsOpened: number;
  incidentsGrown: number;
  alerts: number;
  /** Failed feeds by reason, with host, port and position in the document left out. */
  failureReasons: Map<string, number>;
  /** Fold and delivery problems: none expected. */
  otherFailures: string[];
}

export function cycleFigures(report: CycleReport, wallMs: number): CycleFigures {
  const figures: CycleFigures = {
    feeds: report.feeds.length,
    ok: 0,
    notModified: 0,
    failed: 0,
    wallMs,
    itemsRecorded: 0,
    violations: 0,
    incidentsOpened: report.fold.opened,
    incidentsGrown: report.fold.grown,
    alerts: report.delivery.sent.length,
    failureReasons: new Map(),
    otherFailures: [...report.fold.failures, ...report.delivery.failures],
  };
  for (const outcome of report.feeds) {
    if (outcome.status === 'ok') {
      figures.ok += 1;
      figures.itemsRecorded += outcome.newItems;
      figures.violations += outcome.violations;
    } else if (outcome.status === 'not-modified') {
      figures.notModified += 1;
    } else {
      figures.failed += 1;
      const reason = failureReason(outcome.error);
      figures.failureReasons.set(reason, (figures.failureReasons.get(reason) ?? 0) + 1);
    }
  }
  return figures;
}

/**
 * A failure without what differs from feed to feed: the URL, the host and port, the position in
 * the document, the title of a page. "fetch http://127.0.1.9:4021/feeds/load-7.xml: timed out
 * after 5 s while waiting for the response from 127.0.1.9:4021" → "fetch: timed out after 5 s
 * while waiting for the response".
 */
export function failureReason(error: string): string {
  return error
    .replace(/ https?:\/\/\S+?:(?=\s)/g, ':')
    .replace(/^(\w+): \1:/, '$1:')
    .replace(/\s*\(?(?:from |to )?(?:\d{1,3}\.){3}\d{1,3}:\d+\)?/g, '')
    .replace(/ at line \d+, column \d+/g, '')
    .replace(/ \(title "[^"]*"\)/g, '');
}

export function feedsPerSecond(figures: CycleFigures): number {
  return figures.wallMs > 0 ? figures.feeds / (figures.wallMs / 1000) : 0;
}

/** The lines printed for a cycle, without targets. */
export function formatCycleFigures(figures: CycleFigures): string[] {
  const lines = [
    `  feeds:         ${figures.feeds}: ${figures.ok} ok, ${figures.notModified} not modified, ${figures.failed} failed`,
    `  wall time:     ${(figures.wallMs / 1000).toFixed(2)} s, ${feedsPerSecond(figures).toFixed(1)} feeds/s`,
    `  items:         ${figures.itemsRecorded} recorded, ${figures.violations} violation(s)`,
    `  incidents:     ${figures.incidentsOpened} opened, ${figures.incidentsGrown} grown`,
    `  alerts:        ${figures.alerts}`,
  ];
  for (const [reason, count] of [...figures.failureReasons].sort((a, b) => b[1] - a[1])) {
    lines.push(`    failed ${String(count).padStart(4)} × ${reason}`);
  }
  for (const failure of figures.otherFailures) lines.push(`    problem: ${failure}`);
  return lines;
}
