/**
 * Runs `work` over `inputs` with at most `concurrency` at once overall and at most `perKey` at once
 * for inputs that share a key (one host), so a poll of many feeds stays polite to each publisher.
 * Results come back in input order. A work item may give its place up before it ends by calling
 * `release`, once what the limits guard (a request to the host) is over; its result still counts.
 */
export async function mapWithLimits<T, R>(
  inputs: readonly T[],
  limits: { concurrency: number; perKey: number; keyOf: (input: T) => string },
  work: (input: T, index: number, release: () => void) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  const activePerKey = new Map<string, number>();
  const waiting = inputs.map((input, index) => ({ input, index, key: limits.keyOf(input) }));
  let active = 0;
  let unfinished = inputs.length;

  return new Promise<R[]>((resolve, reject) => {
    let failed = false;
    const launchReady = (): void => {
      if (failed) return;
      if (unfinished === 0) {
        resolve(results);
        return;
      }
      for (let i = 0; i < waiting.length && active < limits.concurrency;) {
        const next = waiting[i];
        if (next === undefined) break;
        const busy = activePerKey.get(next.key) ?? 0;
        if (busy >= limits.perKey) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        active += 1;
        activePerKey.set(next.key, busy + 1);
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          active -= 1;
          activePerKey.set(next.key, (activePerKey.get(next.key) ?? 1) - 1);
          launchReady();
        };
        work(next.input, next.index, release).then(
          (result) => {
            results[next.index] = result;
            unfinished -= 1;
            if (released) launchReady();
            else release();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    launchReady();
  });
}

/** The host of a URL, or the whole string for a local path: the key publishers are polled by. */
export function hostKey(location: string): string {
  try {
    return new URL(location).host || location;
  } catch {
    return location;
  }
}
