import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxNotifier } from '../../functions/adapters/notifiers/outbox-notifier.js';
import { anAlert } from '../support/factories.js';

describe('OutboxNotifier', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function readLines(path: string): Promise<unknown[]> {
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    return text
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
  }

  it('creates missing folders and appends one JSON line per alert with exactly the alert fields', async () => {
    const path = join(dir, 'nested', 'deeper', 'outbox.jsonl');
    const notifier = new OutboxNotifier(path);
    const first = anAlert();
    const second = anAlert({
      incidentId: 'inc-2',
      kind: 'update',
      version: 2,
      killed: null,
      sources: [{ title: null, feed: 'frontline-news' }],
    });

    await notifier.publish(first);
    await notifier.publish(second);

    const lines = await readLines(path);
    expect(lines).toEqual([first, second]);
    expect(Object.keys(lines[0] as object)).toEqual([
      'incidentId',
      'kind',
      'version',
      'region',
      'severity',
      'killed',
      'title',
      'sms',
      'email',
      'sources',
      'evidence',
    ]);
    expect(Object.keys((lines[0] as { email: object }).email)).toEqual(['subject', 'body']);
  });

  it('leaves no foreign fields in the line', async () => {
    const path = join(dir, 'outbox.jsonl');
    const alert = { ...anAlert(), internal: 'not for the outbox' };

    await new OutboxNotifier(path).publish(alert);

    expect(await readLines(path)).toEqual([anAlert()]);
  });

  it('keeps every line whole when many alerts are published at once', async () => {
    const path = join(dir, 'outbox.jsonl');
    const notifier = new OutboxNotifier(path);
    const alerts = Array.from({ length: 50 }, (_, i) =>
      anAlert({ incidentId: `inc-${i}`, email: { subject: 's', body: 'line\n'.repeat(200) } }),
    );

    await Promise.all(alerts.map((alert) => notifier.publish(alert)));

    const lines = (await readLines(path)) as { incidentId: string }[];
    expect(lines.map((l) => l.incidentId).sort()).toEqual(alerts.map((a) => a.incidentId).sort());
  });

  it('names the incident and the file when it cannot write', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'a file where a folder should be');
    const notifier = new OutboxNotifier(join(blocker, 'outbox.jsonl'));

    await expect(notifier.publish(anAlert({ incidentId: 'inc-blocked' }))).rejects.toThrow(
      /inc-blocked.*not-a-folder/,
    );
  });
});
