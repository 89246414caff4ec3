import { formatAlert } from '../alerts/format-alert.js';
import type { PreviousIncident } from '../alerts/format-alert.js';
import type { Alert, Incident } from '../model.js';
import type { DeliveryReport } from './cycle-report.js';
import type { PipelineDeps } from './pipeline-deps.js';

/**
 * How long a run may hold the right to send one alert. Long enough for any notifier call; short enough
 * that a run killed mid-send is retried by the next cycle.
 */
export const ALERT_LEASE_MS = 2 * 60_000;
/**
 * Pauses before the second and third try of recording a sent alert: a send that cannot be recorded
 * is sent again once its claim runs out, so a throttled write is worth a short wait.
 */
const MARK_RETRY_PAUSES_MS = [100, 400];

/** The part of a cycle's dependencies that delivering alerts needs. */
export type AlertDeps = Pick<PipelineDeps, 'store' | 'notifier' | 'clock'>;

export type IncidentDelivery =
  /** Sent. `unrecorded` says why the send could not be recorded, when it could not. */
  | { status: 'sent'; alert: Alert; unrecorded?: string }
  /** Already alerted, or another run holds the claim on this version: nothing to do here. */
  | { status: 'not-claimed' }
  /** Not sent: the claim could not be taken, or the send failed and its claim was dropped. */
  | { status: 'failed'; stage: 'claim' | 'send'; error: string };

export interface DeliveryOptions {
  /**
   * Leave incidents whose last report is younger than this to whoever delivers them as they change
   * (the incidents' stream in AWS): a sweep then sends only what that missed. Default 0: all.
   */
  minAgeMs?: number;
}

/**
 * Sends one alert per incident version not yet delivered. The claim before the send keeps two runs
 * from sending the same alert; the mark after it keeps a later run from sending it again. A failed send
 * drops the claim so the next cycle retries it; nothing is given up silently.
 */
export async function deliverPendingAlerts(
  deps: AlertDeps,
  onSent?: (alert: Alert) => void,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], failures: [] };
  const settledBefore = new Date(deps.clock.now().getTime() - (options.minAgeMs ?? 0));
  const awaiting = (await deps.store.listIncidentsAwaitingAlert()).filter(
    (incident) => !(new Date(incident.lastSeenAt) > settledBefore),
  );
  awaiting.sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt));
  for (const incident of awaiting) {
    const delivery = await deliverIncidentAlert(incident, deps);
    if (delivery.status === 'failed') {
      const retry = delivery.stage === 'send' ? '; will retry next cycle' : '';
      report.failures.push(`${delivery.error}${retry}`);
    } else if (delivery.status === 'sent') {
      if (delivery.unrecorded !== undefined) report.failures.push(delivery.unrecorded);
      report.sent.push(delivery.alert);
      onSent?.(delivery.alert);
    }
  }
  return report;
}

/**
 * Claim, send, mark: the alert for the incident's current version, at most once across every run
 * and invocation that tries at the same time. `previous`, the incident as last alerted, lets an
 * update say what changed.
 */
export async function deliverIncidentAlert(
  incident: Incident,
  deps: AlertDeps,
  previous?: PreviousIncident,
): Promise<IncidentDelivery> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + ALERT_LEASE_MS).toISOString();
  const { incidentId, version } = incident;
  try {
    const claimed = await deps.store.claimAlert(incidentId, version, now.toISOString(), leaseUntil);
    if (!claimed) return { status: 'not-claimed' };
  } catch (error) {
    return {
      status: 'failed',
      stage: 'claim',
      error: `incident ${incidentId}: could not claim the alert: ${errorMessage(error)}`,
    };
  }

  const alert = formatAlert(incident, incident.alertedVersion === 0 ? 'new' : 'update', previous);
  try {
    await deps.notifier.publish(alert);
  } catch (error) {
    await deps.store.releaseAlert(incidentId, version).catch(() => undefined);
    return {
      status: 'failed',
      stage: 'send',
      error: `incident ${incidentId}: ${errorMessage(error)}`,
    };
  }
  // Sent: from here a failure to record it must not resend it early, so the claim is left to expire.
  const unrecorded = await markSent(incidentId, version, deps);
  return unrecorded === undefined
    ? { status: 'sent', alert }
    : { status: 'sent', alert, unrecorded: `incident ${incidentId}: sent, but ${unrecorded}` };
}

/** Records the send, trying again after a pause; what went wrong when it could not. */
async function markSent(
  incidentId: string,
  version: number,
  deps: AlertDeps,
): Promise<string | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await deps.store.markAlerted(incidentId, version);
      return undefined;
    } catch (error) {
      const pause = MARK_RETRY_PAUSES_MS[attempt];
      if (pause === undefined) {
        return `could not record it (${attempt + 1} tries; resent once its claim runs out): ${errorMessage(error)}`;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

// Kept here rather than imported from poll-feed.ts, which would pull the whole feed-reading stack
// (parsers, decoders, DOM) into the bundle of the function that only sends alerts.
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
