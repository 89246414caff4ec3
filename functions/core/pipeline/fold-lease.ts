import { randomUUID } from 'node:crypto';
import type { PipelineDeps } from './pipeline-deps.js';
import { errorMessage } from './poll-feed.js';

/** How long the fold lease is taken for; a holder renews it once half of it has gone by. */
const FOLD_LEASE_MS = 60_000;
/**
 * Pauses between tries of a lease another run holds: a fold takes a second or two, so the run that
 * waits usually folds its own items in this same cycle. Past the last, they wait for the next one.
 */
const LEASE_WAITS_MS = [100, 200, 400, 800, 1_600, 2_400];

export type FoldLease =
  | {
      status: 'held';
      holder: string;
      /** True while the lease is still this run's, renewing it when half of it has gone by. */
      keep(): Promise<boolean>;
    }
  | { status: 'not-held'; reason: string };

/** Takes the fold lease, waiting a little for a run that holds it to finish. */
export async function takeFoldLease(
  deps: Pick<PipelineDeps, 'store' | 'clock'>,
): Promise<FoldLease> {
  const { store, clock } = deps;
  const holder = randomUUID();
  let takenAt = 0;
  const claim = async (): Promise<boolean> => {
    const now = clock.now().getTime();
    try {
      const taken = await store.claimFoldLease(
        holder,
        new Date(now).toISOString(),
        new Date(now + FOLD_LEASE_MS).toISOString(),
      );
      if (taken) takenAt = now;
      return taken;
    } catch (error) {
      // The write may have happened with its answer lost: a lease nobody knows it holds would keep
      // every run from folding until it ran out.
      await store.releaseFoldLease(holder).catch(() => undefined);
      throw error;
    }
  };
  const keep = async (): Promise<boolean> => {
    if (clock.now().getTime() - takenAt < FOLD_LEASE_MS / 2) return true;
    return claim().catch(() => false);
  };

  for (let attempt = 0; ; attempt += 1) {
    try {
      if (await claim()) return { status: 'held', holder, keep };
    } catch (error) {
      return {
        status: 'not-held',
        reason: `the fold lease could not be taken: ${errorMessage(error)}`,
      };
    }
    const pause = LEASE_WAITS_MS[attempt];
    if (pause === undefined)
      return { status: 'not-held', reason: 'another run holds the fold lease' };
    await sleep(pause);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
