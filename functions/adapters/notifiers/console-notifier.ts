// Prints alerts for someone trying the pipeline in a terminal.
import type { Writable } from 'node:stream';
import type { Alert } from '../../core/model.js';
import type { Notifier } from '../../core/ports.js';

export class ConsoleNotifier implements Notifier {
  constructor(private readonly out: Writable = process.stdout) {}

  publish(alert: Alert): Promise<void> {
    const block = formatConsoleBlock(alert);
    return new Promise((resolve, reject) => {
      this.out.write(block, (error) => (error ? reject(error) : resolve()));
    });
  }
}

export function formatConsoleBlock(alert: Alert): string {
  const rule = '='.repeat(72);
  return [
    rule,
    `${alert.kind === 'new' ? 'NEW INCIDENT' : 'UPDATE'} ${alert.incidentId} (version ${alert.version}, ${alert.severity})`,
    `SMS:     ${alert.sms}`,
    `Subject: ${alert.email.subject}`,
    '',
    alert.email.body,
    rule,
    '',
  ].join('\n');
}
