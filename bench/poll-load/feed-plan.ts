// Which feed behaves how in the load benchmark: most answer a valid feed after the usual latency,
// a few are slow, a few are broken in the ways real publishers break. Deterministic for a seed.
import { seededRandom } from './seeded-random.js';

export const BROKEN_BEHAVIOURS = [
  'http-500',
  'malformed-xml',
  'html-page',
  'connection-reset',
  'no-answer',
] as const;
export type BrokenBehaviour = (typeof BROKEN_BEHAVIOURS)[number];
export type FeedBehaviour = 'valid' | 'slow' | BrokenBehaviour;

export interface PlannedFeed {
  /** Position in the feed list, from 0. */
  index: number;
  id: string;
  /** Which of the hosts serves it, from 0. */
  host: number;
  path: string;
  behaviour: FeedBehaviour;
  format: 'rss' | 'atom';
  /** Items of a valid or slow feed; 0 for the broken ones. */
  itemCount: number;
  /** How long the server waits before answering (a `no-answer` feed never does). */
  delayMs: number;
}

export interface FeedPlanOptions {
  feeds: number;
  hosts: number;
  seed: number;
  /** Latency of every answer. */
  latencyMs: number;
  /** Share of feeds that answer after 2–3 s. */
  slowShare: number;
  /** Share of feeds that are broken, spread evenly over BROKEN_BEHAVIOURS. */
  brokenShare: number;
  minItems: number;
  maxItems: number;
}

export const DEFAULT_FEED_PLAN: FeedPlanOptions = {
  feeds: 1_000,
  hosts: 200,
  seed: 20_261_121,
  latencyMs: 100,
  slowShare: 0.03,
  brokenShare: 0.05,
  minItems: 10,
  maxItems: 30,
};

const SLOW_DELAY_MS = { min: 2_000, max: 3_000 };
const ATOM_SHARE = 0.3;

/**
 * The feeds, host by host in turn so that each host serves every `hosts`-th feed. Exactly
 * round(feeds × share) feeds are slow and broken, at positions drawn from the seed.
 */
export function planFeeds(options: FeedPlanOptions = DEFAULT_FEED_PLAN): PlannedFeed[] {
  if (!Number.isInteger(options.feeds) || options.feeds < 1) {
    throw new Error(`feed plan: feeds must be a positive integer, got ${options.feeds}`);
  }
  if (!Number.isInteger(options.hosts) || options.hosts < 1) {
    throw new Error(`feed plan: hosts must be a positive integer, got ${options.hosts}`);
  }
  if (options.slowShare + options.brokenShare > 1) {
    throw new Error(
      `feed plan: slowShare ${options.slowShare} + brokenShare ${options.brokenShare} exceed 1`,
    );
  }
  const random = seededRandom(options.seed);
  const behaviours = behaviourList(options);
  shuffle(behaviours, random.next);
  return behaviours.map((behaviour, index) => {
    const healthy = behaviour === 'valid' || behaviour === 'slow';
    return {
      index,
      id: `load-${String(index).padStart(4, '0')}`,
      host: index % options.hosts,
      path: `/feeds/load-${index}.xml`,
      behaviour,
      format: random.next() < ATOM_SHARE ? 'atom' : 'rss',
      itemCount: healthy ? random.intBetween(options.minItems, options.maxItems) : 0,
      delayMs:
        behaviour === 'slow'
          ? random.intBetween(SLOW_DELAY_MS.min, SLOW_DELAY_MS.max)
          : options.latencyMs,
    };
  });
}

function behaviourList(options: FeedPlanOptions): FeedBehaviour[] {
  const slow = Math.round(options.feeds * options.slowShare);
  const broken = Math.round(options.feeds * options.brokenShare);
  const list: FeedBehaviour[] = [];
  for (let index = 0; index < broken; index += 1) {
    list.push(BROKEN_BEHAVIOURS[index % BROKEN_BEHAVIOURS.length] ?? 'http-500');
  }
  for (let index = 0; index < slow; index += 1) list.push('slow');
  while (list.length < options.feeds) list.push('valid');
  return list;
}

function shuffle<T>(list: T[], next: () => number): void {
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    const kept = list[index] as T;
    list[index] = list[other] as T;
    list[other] = kept;
  }
}
