import { describe, expect, it } from 'vitest';
import { FanoutNotifier } from '../../functions/adapters/notifiers/fanout-notifier.js';
import type { Alert } from '../../functions/core/model.js';
import type { Notifier } from '../../functions/core/ports.js';
import { anAlert } from '../support/factories.js';

function recording(name: string, log: string[], failure?: Error): Notifier {
  return {
    async publish(alert: Alert) {
      log.push(`${name}:${alert.incidentId}`);
      if (failure) throw failure;
    },
  };
}

describe('FanoutNotifier', () => {
  it('publishes to every notifier in order', async () => {
    const log: string[] = [];
    const fanout = new FanoutNotifier([recording('outbox', log), recording('console', log)]);

    await fanout.publish(anAlert({ incidentId: 'inc-1' }));

    expect(log).toEqual(['outbox:inc-1', 'console:inc-1']);
  });

  it('propagates a failure and stops there', async () => {
    const log: string[] = [];
    const fanout = new FanoutNotifier([
      recording('sns', log, new Error('throttled')),
      recording('console', log),
    ]);

    await expect(fanout.publish(anAlert())).rejects.toThrow('throttled');
    expect(log).toEqual(['sns:inc-item-1']);
  });
});
