import type { Alert } from '../../functions/core/model.js';
import type { Notifier } from '../../functions/core/ports.js';

/** Keeps what it is asked to publish; can be told to fail the next N publishes. */
export class RecordingNotifier implements Notifier {
  readonly published: Alert[] = [];
  failuresToCome = 0;

  async publish(alert: Alert): Promise<void> {
    if (this.failuresToCome > 0) {
      this.failuresToCome -= 1;
      throw new Error('notifier unavailable');
    }
    this.published.push(alert);
  }
}
