// Reads the Incidents table's stream (NEW_AND_OLD_IMAGES): which records call for an alert, and the
// incident each one carries.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import * as z from 'zod';
import type { PreviousIncident } from '../core/alerts/format-alert.js';
import { SEVERITY_ORDER } from '../core/model.js';
import type { Incident } from '../core/model.js';
import { describeIssues } from './describe-issues.js';

const count = z.number().int().min(0);

// Only the incident's own fields: the store's bookkeeping (claim, awaiting flag) is left out.
const incidentSchema = z.object({
  incidentId: z.string().min(1),
  region: z.string(),
  eventDate: z.string(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  killed: count.nullable(),
  injured: count.nullable(),
  severity: z.enum(SEVERITY_ORDER),
  places: z.array(z.string()),
  title: z.string(),
  evidence: z.array(z.string()),
  details: z.array(z.string()).optional(),
  weapons: z.array(z.string()).optional(),
  accusations: z
    .array(z.object({ accuser: z.string(), accused: z.string().nullable() }))
    .optional(),
  denials: z.array(z.string()).optional(),
  sources: z.array(
    z.object({
      itemId: z.string(),
      url: z.string().optional(),
      title: z.string().nullable(),
      feed: z.string(),
    }),
  ),
  version: count,
  alertedVersion: count,
  revision: count,
});

/** Fields of Incident the schema does not read: none, or readIncident stops compiling. */
type UnreadFields = Exclude<keyof Incident, keyof z.infer<typeof incidentSchema>>;

export interface AlertRequest {
  incident: Incident;
  /** The incident as last alerted, when the record's old image is that version. */
  previous?: PreviousIncident;
}

/**
 * The alert a record asks for, or undefined when it asks for none: a removal, a version already
 * alerted, or a change to the alert bookkeeping alone. A claim, a release and a mark each rewrite
 * the incident without a new revision; acting on them would answer every failed send's release with
 * another send at once. A failed send is retried through its own record instead.
 */
export function alertRequested(record: DynamoDBRecord): AlertRequest | undefined {
  if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') return undefined;
  const newImage = record.dynamodb?.NewImage;
  if (newImage === undefined) {
    throw new Error(
      `stream record ${record.eventID ?? '(no id)'}: no NewImage; the Incidents stream must be NEW_AND_OLD_IMAGES`,
    );
  }
  const incident = readIncident(newImage, record, 'NewImage');
  if (incident.version <= incident.alertedVersion) return undefined;

  const oldImage = record.dynamodb?.OldImage;
  if (record.eventName === 'INSERT' || oldImage === undefined) return { incident };
  const old = readIncident(oldImage, record, 'OldImage');
  if (old.revision === incident.revision) return undefined;
  const wasAlerted = incident.alertedVersion > 0 && old.version === incident.alertedVersion;
  return wasAlerted
    ? { incident, previous: { killed: old.killed, places: old.places } }
    : { incident };
}

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

function readIncident(image: StreamImage, record: DynamoDBRecord, which: string): Incident {
  let item: Record<string, unknown>;
  try {
    // The Lambda event's attribute type and the SDK's describe the same JSON.
    item = unmarshall(image as Record<string, AttributeValue>);
  } catch (error) {
    throw new Error(
      `stream record ${record.eventID ?? '(no id)'}: ${which} cannot be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const result = incidentSchema.safeParse(item);
  if (!result.success) {
    const id = typeof item.incidentId === 'string' ? ` (incident ${item.incidentId})` : '';
    throw new Error(
      `stream record ${record.eventID ?? '(no id)'}${id}: ${which} is not an incident: ${describeIssues(result.error)}`,
    );
  }
  const incident: Incident & Record<UnreadFields, never> = result.data;
  return incident;
}
