import type { FeedState } from '../core/model.js';
import type { Store } from '../core/ports.js';

/**
 * The store as one feed's poll sees it, noting what the poll cannot report: pollFeed turns every
 * error into a `failed` outcome, so the first store error and the feed state it last wrote are
 * kept here. They tell an unreachable store (worth a retry) from a feed that failed (recorded).
 */
export interface StoreWatch {
  readonly store: Store;
  /** The first error a store call threw, if any did. */
  readonly failure: Error | undefined;
  /** The feed state the poll last saved. */
  readonly savedFeedState: FeedState | undefined;
}

export function watchStore(store: Store): StoreWatch {
  let failure: Error | undefined;
  let savedFeedState: FeedState | undefined;
  const watched = new Proxy(store, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        try {
          const result: unknown = await member.apply(target, args);
          if (property === 'putFeedState') savedFeedState = args[0] as FeedState;
          return result;
        } catch (error) {
          failure ??= error instanceof Error ? error : new Error(String(error));
          throw error;
        }
      };
    },
  });
  return {
    store: watched,
    get failure() {
      return failure;
    },
    get savedFeedState() {
      return savedFeedState;
    },
  };
}
