import { describe, expect, it } from 'vitest';
import { mapWithLimits } from '../../functions/core/pipeline/map-with-limits.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('mapWithLimits with a place given up early', () => {
  it('starts the next input of the key once a running one releases its place', async () => {
    const finish = deferred();
    const started: string[] = [];
    const run = mapWithLimits(
      ['a1', 'a2'],
      { concurrency: 1, perKey: 1, keyOf: (input) => input.slice(0, 1) },
      async (input, _index, release) => {
        started.push(input);
        if (input === 'a1') {
          release();
          // Releasing twice gives up one place only.
          release();
          await finish.promise;
        }
        return input.toUpperCase();
      },
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(['a1', 'a2']);
    finish.resolve();
    await expect(run).resolves.toEqual(['A1', 'A2']);
  });

  it('waits for work that released its place before it resolves', async () => {
    const finish = deferred();
    let settled = false;
    const run = mapWithLimits(
      ['only'],
      { concurrency: 1, perKey: 1, keyOf: () => 'k' },
      async (input, _index, release) => {
        release();
        await finish.promise;
        return input;
      },
    ).then((results) => {
      settled = true;
      return results;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    finish.resolve();
    await expect(run).resolves.toEqual(['only']);
  });
});
