import type { Writable } from 'node:stream';
import { maskedAddress, subscribersFor } from '../core/alerts/match-subscribers.js';
import type { Alert, Subscriber } from '../core/model.js';
import type { CycleEvents, CycleReport, FeedOutcome } from '../core/pipeline/cycle-report.js';
import { writeLine } from './cli-io.js';

/** Progress lines while a cycle runs, and the summary a person reads after it. */
export function progressPrinter(out: Writable, subscribers: readonly Subscriber[]): CycleEvents {
  return {
    feedFinished(outcome, finished, total) {
      writeLine(out, `[${finished}/${total}] ${describeOutcome(outcome)}`);
    },
    alertSent(alert) {
      writeLine(out, recipientsLine(alert, subscribers));
    },
  };
}

function describeOutcome(outcome: FeedOutcome): string {
  const name = `${outcome.feed.id} (${outcome.feed.url})`;
  const took = `${(outcome.durationMs / 1000).toFixed(1)} s`;
  switch (outcome.status) {
    case 'ok': {
      const warnings =
        outcome.articleFailures.length > 0
          ? `; ${outcome.articleFailures.length} article page(s) unreachable, classified on the feed text`
          : '';
      const backlog =
        outcome.backlog > 0
          ? `; ${outcome.backlog} older report(s) recorded without an alert (past maxReportAge)`
          : '';
      return `ok         ${name}: ${outcome.items} items, ${outcome.newItems} new, ${outcome.violations} violation(s)${backlog}${warnings}  ${took}`;
    }
    case 'not-modified':
      return `unchanged  ${name}: not modified since last poll  ${took}`;
    case 'failed':
      return `FAILED     ${name}: ${outcome.error}  ${took}`;
  }
}

function recipientsLine(alert: Alert, subscribers: readonly Subscriber[]): string {
  if (subscribers.length === 0) return '  (no subscribers configured)';
  const reached = subscribersFor(alert, subscribers);
  if (reached.length === 0)
    return `  reaches none of the ${subscribers.length} subscribers (filters)`;
  return `  reaches ${reached.length} of ${subscribers.length} subscribers: ${reached.map(maskedAddress).join(', ')}`;
}

export function printSummary(out: Writable, report: CycleReport, outboxNote: string): void {
  const byStatus = (status: FeedOutcome['status']) =>
    report.feeds.filter((outcome) => outcome.status === status);
  const ok = byStatus('ok');
  const unchanged = byStatus('not-modified');
  const failed = byStatus('failed');
  const newItems = ok.reduce(
    (sum, outcome) => sum + (outcome.status === 'ok' ? outcome.newItems : 0),
    0,
  );
  const violations = ok.reduce(
    (sum, outcome) => sum + (outcome.status === 'ok' ? outcome.violations : 0),
    0,
  );
  const { fold, delivery } = report;

  writeLine(out);
  writeLine(out, 'Summary');
  writeLine(
    out,
    `  feeds:      ${ok.length} ok, ${unchanged.length} unchanged, ${failed.length} failed (of ${report.feeds.length})`,
  );
  for (const outcome of failed) {
    if (outcome.status === 'failed')
      writeLine(out, `    failed ${outcome.feed.id}: ${outcome.error}`);
  }
  writeLine(out, `  items:      ${newItems} new, ${violations} violation(s)`);
  writeLine(
    out,
    `  incidents:  ${fold.opened} new, ${fold.grown} grown, from ${fold.folded} violation report(s)`,
  );
  for (const failure of fold.failures) writeLine(out, `    pending ${failure}`);
  writeLine(
    out,
    `  alerts:     ${delivery.sent.length} sent${delivery.sent.length > 0 ? ` (${outboxNote})` : ''}`,
  );
  for (const failure of delivery.failures) writeLine(out, `    not sent: ${failure}`);
}
