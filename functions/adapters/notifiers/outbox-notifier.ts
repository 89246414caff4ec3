// Local delivery: alerts become lines of a JSON Lines file that a person or a test can read.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Alert } from '../../core/model.js';
import type { Notifier } from '../../core/ports.js';

export class OutboxNotifier implements Notifier {
  constructor(private readonly filePath: string) {}

  async publish(alert: Alert): Promise<void> {
    // One appendFile per line: concurrent writers in append mode never interleave within a line.
    const line = `${JSON.stringify(outboxLine(alert))}\n`;
    try {
      await mkdir(dirname(this.filePath), { recursive: true });
      await appendFile(this.filePath, line, 'utf8');
    } catch (error) {
      throw new Error(
        `Could not write the alert for incident ${alert.incidentId} to the outbox ${this.filePath}: ${
          error instanceof Error ? error.message : String(error)
        }`,
        { cause: error },
      );
    }
  }
}

/** The outbox line: the alert's fields in a fixed order, and no others. */
export function outboxLine(alert: Alert): Alert {
  return {
    incidentId: alert.incidentId,
    kind: alert.kind,
    version: alert.version,
    region: alert.region,
    severity: alert.severity,
    killed: alert.killed,
    title: alert.title,
    sms: alert.sms,
    email: { subject: alert.email.subject, body: alert.email.body },
    sources: alert.sources.map(({ url, title, feed }) =>
      url === undefined ? { title, feed } : { url, title, feed },
    ),
    evidence: [...alert.evidence],
  };
}
