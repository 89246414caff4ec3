import { describe, expect, it } from 'vitest';
import { hostKey, mapWithLimits } from '../../functions/core/pipeline/map-with-limits.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('mapWithLimits', () => {
  it('keeps results in input order', async () => {
    const results = await mapWithLimits(
      [30, 10, 20],
      { concurrency: 3, perKey: 3, keyOf: () => 'k' },
      async (ms) => {
        await new Promise((r) => setTimeout(r, ms));
        return ms * 2;
      },
    );
    expect(results).toEqual([60, 20, 40]);
  });

  it('never runs more than the per-key or overall limit at once', async () => {
    const inputs = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1'];
    let active = 0;
    let maxActive = 0;
    const activeByKey = new Map<string, number>();
    let maxPerKey = 0;
    await mapWithLimits(
      inputs,
      { concurrency: 3, perKey: 2, keyOf: (input) => input.slice(0, 1) },
      async (input) => {
        const key = input.slice(0, 1);
        active += 1;
        activeByKey.set(key, (activeByKey.get(key) ?? 0) + 1);
        maxActive = Math.max(maxActive, active);
        maxPerKey = Math.max(maxPerKey, activeByKey.get(key) ?? 0);
        await new Promise((r) => setTimeout(r, 5));
        active -= 1;
        activeByKey.set(key, (activeByKey.get(key) ?? 1) - 1);
        return input;
      },
    );
    expect(maxActive).toBe(3);
    expect(maxPerKey).toBe(2);
  });

  it('lets other keys go ahead while one key is saturated', async () => {
    const gate = deferred();
    const started: string[] = [];
    const run = mapWithLimits(
      ['a1', 'a2', 'a3', 'b1'],
      { concurrency: 4, perKey: 2, keyOf: (input) => input.slice(0, 1) },
      async (input) => {
        started.push(input);
        if (input.startsWith('a')) await gate.promise;
        return input;
      },
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(['a1', 'a2', 'b1']);
    gate.resolve();
    await expect(run).resolves.toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('resolves an empty input at once', async () => {
    await expect(
      mapWithLimits([], { concurrency: 2, perKey: 1, keyOf: String }, async () => 1),
    ).resolves.toEqual([]);
  });
});

describe('hostKey', () => {
  it('groups URLs by host and keeps paths whole', () => {
    expect(hostKey('https://feeds.example.com/a.xml')).toBe('feeds.example.com');
    expect(hostKey('/tmp/feed.xml')).toBe('/tmp/feed.xml');
  });
});
