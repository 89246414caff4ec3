import { formatAlert } from '../alerts/format-alert.js';
import type { Alert, Incident } from '../model.js';
import type { DeliveryReport } from './cycle-report.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { errorMessage } from './poll-feed.js';

/**
 * How long a run may hold the right to send one alert. Long enough for any notifier call; short enough
 * that a run killed mid-send is retried by the next cycle.
 */
const ALERT_LEASE_MS = 2 * 60_000;

/**
 * Sends one alert per incident version not yet delivered. The claim before the send keeps two runs
 * from sending the same alert; the mark after it keeps a later run from sending it again. A failed send
 * drops the claim so the next cycle retries it; nothing is given up silently.
 */
export async function deliverPendingAlerts(
  deps: PipelineDeps,
  onSent?: (alert: Alert) => void,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], failures: [] };
  const awaiting = await deps.store.listIncidentsAwaitingAlert();
  awaiting.sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt));
  for (const incident of awaiting) {
    const alert = await deliverOne(incident, deps, report);
    if (alert) onSent?.(alert);
  }
  return report;
}

async function deliverOne(
  incident: Incident,
  deps: PipelineDeps,
  report: DeliveryReport,
): Promise<Alert | undefined> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + ALERT_LEASE_MS).toISOString();
  const { incidentId, version } = incident;
  try {
    const claimed = await deps.store.claimAlert(incidentId, version, now.toISOString(), leaseUntil);
    if (!claimed) return undefined;
  } catch (error) {
    report.failures.push(
      `incident ${incidentId}: could not claim the alert: ${errorMessage(error)}`,
    );
    return undefined;
  }

  const alert = formatAlert(incident, incident.alertedVersion === 0 ? 'new' : 'update');
  try {
    await deps.notifier.publish(alert);
  } catch (error) {
    report.failures.push(`incident ${incidentId}: ${errorMessage(error)}; will retry next cycle`);
    await deps.store.releaseAlert(incidentId, version).catch(() => undefined);
    return undefined;
  }
  // Sent: from here a failure to record it must not resend it early, so the claim is left to expire.
  try {
    await deps.store.markAlerted(incidentId, version);
  } catch (error) {
    report.failures.push(
      `incident ${incidentId}: sent, but could not record it: ${errorMessage(error)}`,
    );
  }
  report.sent.push(alert);
  return alert;
}
