import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleNotifier } from '../../functions/adapters/notifiers/console-notifier.js';
import { anAlert } from '../support/factories.js';

describe('ConsoleNotifier', () => {
  it('writes the SMS text, the subject and the body of each alert to its stream', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const alert = anAlert({ email: { subject: 'The subject', body: 'First line\nSecond line' } });

    await new ConsoleNotifier(out).publish(alert);
    await new ConsoleNotifier(out).publish(anAlert({ incidentId: 'inc-second', kind: 'update' }));

    const printed = chunks.join('');
    expect(printed).toContain(alert.sms);
    expect(printed).toContain('The subject');
    expect(printed).toContain('First line\nSecond line');
    expect(printed).toContain('NEW INCIDENT inc-item-1');
    expect(printed).toContain('UPDATE inc-second');
  });
});
