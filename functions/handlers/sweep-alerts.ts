// Invoked by a schedule: sends every alert still owed, for incidents that the stream-driven notify
// function did not finish with (its record went to the dead-letter queue after its retries, or the
// run holding the claim died before sending). Claims make it safe to run beside the stream.
import { ALERT_LEASE_MS, deliverPendingAlerts } from '../core/pipeline/deliver-alerts.js';
import { createAlertDeps } from './alert-deps.js';
import { readNotifyEnv } from './lambda-env.js';
import { addCounts, instrumented, logger } from './powertools.js';

/**
 * Incidents whose last report is younger than this are the stream's to alert, with what changed
 * since the last alert; the sweep would only race it. Past a claim's lease, a claim left by a run
 * that died has run out too.
 */
export const SWEEP_MIN_AGE_MS = ALERT_LEASE_MS + 3 * 60_000;

const deps = createAlertDeps(readNotifyEnv());

export interface SweepResult {
  sent: number;
  failed: number;
}

async function sweepAlerts(): Promise<SweepResult> {
  // A store that cannot list the incidents fails the invocation: the function's error alarm tells.
  const report = await deliverPendingAlerts(deps, undefined, { minAgeMs: SWEEP_MIN_AGE_MS });
  for (const alert of report.sent) {
    logger.info('owed alert sent', {
      incidentId: alert.incidentId,
      version: alert.version,
      kind: alert.kind,
      region: alert.region,
      severity: alert.severity,
    });
  }
  // Not thrown: each failed alert stays owed, and the next sweep tries it again.
  for (const failure of report.failures) logger.error('owed alert not sent', { error: failure });
  addCounts({ AlertsSent: report.sent.length, AlertsFailed: report.failures.length });
  return { sent: report.sent.length, failed: report.failures.length };
}

export const handler = instrumented(sweepAlerts);
