// Reads the Incidents table's stream and sends the alert for each new incident and each material
// update, once: claim → format → publish to SNS → mark, as the local run does.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { deliverIncidentAlert } from '../core/pipeline/deliver-alerts.js';
import { createAlertDeps } from './alert-deps.js';
import { alertRequested } from './incident-stream.js';
import type { AlertRequest } from './incident-stream.js';
import { readNotifyEnv } from './lambda-env.js';
import { addCounts, instrumented, logger } from './powertools.js';

const deps = createAlertDeps(readNotifyEnv());
const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function notifyIncidents(
  event: DynamoDBStreamEvent,
  context: Context,
): Promise<DynamoDBBatchResponse> {
  const requests = readRequests(event.Records);
  const counts = { AlertsSent: 0, AlertsFailed: 0 };

  const deliver = async (record: DynamoDBRecord): Promise<void> => {
    const request = requests.get(recordKey(record));
    if (request instanceof Error) throw request;
    if (request === undefined) return;
    const { incident, previous } = request;
    const delivery = await deliverIncidentAlert(incident, deps, previous);
    const about = { incidentId: incident.incidentId, version: incident.version };
    if (delivery.status === 'failed') {
      counts.AlertsFailed += 1;
      logger.error('alert not sent', { ...about, error: delivery.error });
      throw new Error(delivery.error);
    }
    if (delivery.status === 'not-claimed') {
      // Should the run holding the claim die before it sends, the alert sweep sends it once the
      // claim has run out: a retry of this record could only find the claim still held.
      logger.info('alert already sent or being sent', about);
      return;
    }
    counts.AlertsSent += 1;
    logger.info('alert sent', {
      ...about,
      kind: delivery.alert.kind,
      region: delivery.alert.region,
      severity: delivery.alert.severity,
    });
    // Not thrown: a retry could only send the alert a second time.
    if (delivery.unrecorded !== undefined) {
      logger.error('alert sent but not recorded', { ...about, error: delivery.unrecorded });
    }
  };

  try {
    return await processPartialResponse(event, deliver, processor, { context });
  } finally {
    addCounts(counts);
  }
}

/**
 * What each record asks for, decided before any is acted on: when one batch carries several
 * records of an incident, only the last asks for its alert, since its image holds everything the
 * earlier ones announced (one alert rather than a "new" and an "update" a moment apart).
 */
function readRequests(records: readonly DynamoDBRecord[]): Map<string, AlertRequest | Error> {
  const requests = new Map<string, AlertRequest | Error>();
  const lastOfIncident = new Map<string, { key: string; request: AlertRequest }>();
  for (const record of records) {
    const key = recordKey(record);
    try {
      let request = alertRequested(record);
      if (request === undefined) continue;
      const earlier = lastOfIncident.get(request.incident.incidentId);
      if (earlier !== undefined) {
        requests.delete(earlier.key);
        // What subscribers were last told is in the first record's old image, not this one's.
        request = { ...request, previous: request.previous ?? earlier.request.previous };
      }
      lastOfIncident.set(request.incident.incidentId, { key, request });
      requests.set(key, request);
    } catch (error) {
      logger.error('stream record cannot be read', {
        eventID: record.eventID,
        error: (error as Error).message,
      });
      requests.set(key, error as Error);
    }
  }
  return requests;
}

/** The sequence number: what a partial batch response names a record by. */
function recordKey(record: DynamoDBRecord): string {
  return record.dynamodb?.SequenceNumber ?? record.eventID ?? '';
}

export const handler = instrumented(notifyIncidents);
