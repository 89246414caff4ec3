// Caps the requests open to one host at a time. It sits in the HTTP client, so the cap holds for
// every caller together: feed polls and the article fetches inside them, from every feed at once.

export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
}

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, Waiter[]>();

  constructor(private readonly perHost: number) {
    if (!(Number.isInteger(perHost) && perHost > 0)) {
      throw new Error(`HostLimiter: requests per host must be a positive integer, got ${perHost}`);
    }
  }

  /**
   * Resolves with a release function once a slot for `host` is free, first come first served.
   * Rejects with the signal's reason if it aborts first, so a deadline also covers the wait.
   */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    signal?.throwIfAborted();
    if ((this.active.get(host) ?? 0) < this.perHost) return Promise.resolve(this.take(host));
    return new Promise<Release>((resolve, reject) => {
      const queue = this.queues.get(host) ?? [];
      this.queues.set(host, queue);
      const onAbort = (): void => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        if (queue.length === 0) this.queues.delete(host);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Requests to `host` under way now. */
  activeFor(host: string): number {
    return this.active.get(host) ?? 0;
  }

  private take(host: string): Release {
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.handOver(host);
    };
  }

  /** A finished request's slot goes straight to the next waiter, or is freed. */
  private handOver(host: string): void {
    const queue = this.queues.get(host);
    const next = queue?.shift();
    if (queue?.length === 0) this.queues.delete(host);
    if (next !== undefined) {
      // The slot changes hands: the count stays.
      this.active.set(host, (this.active.get(host) ?? 1) - 1);
      next.grant(this.take(host));
      return;
    }
    const remaining = (this.active.get(host) ?? 1) - 1;
    if (remaining > 0) this.active.set(host, remaining);
    else this.active.delete(host);
  }
}
