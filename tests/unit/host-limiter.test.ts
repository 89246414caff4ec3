import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../functions/adapters/host-limiter.js';

describe('HostLimiter', () => {
  it('lets two requests to a host go at once and queues the third until one finishes', async () => {
    const limiter = new HostLimiter(2);
    const first = await limiter.acquire('news.example.org');
    await limiter.acquire('news.example.org');
    let thirdGranted = false;
    const third = limiter.acquire('news.example.org').then((release) => {
      thirdGranted = true;
      return release;
    });
    await limiter.acquire('other.example.org');
    await Promise.resolve();

    expect(thirdGranted).toBe(false);
    expect(limiter.activeFor('news.example.org')).toBe(2);
    first();
    first(); // a second release of the same slot changes nothing
    await third;
    expect(thirdGranted).toBe(true);
    expect(limiter.activeFor('news.example.org')).toBe(2);
  });

  it('gives up waiting when the signal aborts, and frees nothing it never had', async () => {
    const limiter = new HostLimiter(1);
    const held = await limiter.acquire('news.example.org');
    const deadline = new AbortController();
    const waiting = limiter.acquire('news.example.org', deadline.signal);

    deadline.abort(new Error('deadline passed'));

    await expect(waiting).rejects.toThrow('deadline passed');
    held();
    expect(limiter.activeFor('news.example.org')).toBe(0);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new HostLimiter(0)).toThrow(
      'HostLimiter: requests per host must be a positive integer, got 0',
    );
  });
});
