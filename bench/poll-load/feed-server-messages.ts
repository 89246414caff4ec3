// What the benchmark and its feed-server child process say to each other over the IPC channel.
import type { FeedAnswerKind } from './feed-answer.js';
import type { FeedPlanOptions } from './feed-plan.js';
import type { RunningFeedServer, ServedContents } from './feed-server.js';

export type AnswerCounts = Partial<Record<FeedAnswerKind | 'unknown-path', number>>;

/** Passed to the child as its one argument, in JSON. */
export interface FeedServerChildOptions {
  plan: FeedPlanOptions;
  /** ISO time the documents are dated from, the same in both processes. */
  now: string;
}

export type ToChild = { type: 'take-answer-counts' };

export type FromChild =
  | {
      type: 'ready';
      hostBases: string[];
      hostMode: RunningFeedServer['hostMode'];
      contents: ServedContents;
    }
  | { type: 'answer-counts'; counts: AnswerCounts }
  | { type: 'failed'; error: string };
