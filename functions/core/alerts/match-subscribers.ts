import { SEVERITY_ORDER, type Alert, type Subscriber } from '../model.js';

/**
 * The subscribers an alert reaches. The deployed stack expresses the same rule as SNS filter
 * policies; the local run uses this to show who would have been told.
 */
export function subscribersFor(alert: Alert, subscribers: readonly Subscriber[]): Subscriber[] {
  return subscribers.filter((subscriber) => wants(subscriber, alert));
}

function wants(subscriber: Subscriber, alert: Alert): boolean {
  if (subscriber.regions !== undefined && !subscriber.regions.includes(alert.region)) return false;
  if (subscriber.minSeverity === undefined) return true;
  return SEVERITY_ORDER.indexOf(alert.severity) >= SEVERITY_ORDER.indexOf(subscriber.minSeverity);
}

/** How a subscriber is named in output and logs: never the whole address or number. */
export function maskedAddress(subscriber: Subscriber): string {
  if (subscriber.email !== undefined) {
    const [user = '', domain = ''] = subscriber.email.split('@');
    return `${user.slice(0, 1)}***@${domain}`;
  }
  const number = subscriber.sms ?? '';
  return `sms ${number.slice(0, 3)}***${number.slice(-2)}`;
}
