// Sends each alert through several channels, e.g. the outbox and the console on a laptop.
import type { Alert } from '../../core/model.js';
import type { Notifier } from '../../core/ports.js';

export class FanoutNotifier implements Notifier {
  constructor(private readonly notifiers: readonly Notifier[]) {}

  /**
   * In order, one after the other; the first failure stops the rest and propagates, so the
   * alert is not marked delivered and is retried (channels before it may then see it twice).
   */
  async publish(alert: Alert): Promise<void> {
    for (const notifier of this.notifiers) await notifier.publish(alert);
  }
}
