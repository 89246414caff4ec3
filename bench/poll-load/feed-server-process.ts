// Runs the feed server in a child process and talks to it: the poller's peak RSS and CPU then
// measure the poller alone.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FeedPlanOptions } from './feed-plan.js';
import type {
  AnswerCounts,
  FeedServerChildOptions,
  FromChild,
  ToChild,
} from './feed-server-messages.js';
import type { RunningFeedServer, ServedContents } from './feed-server.js';

export interface FeedServerProcess {
  hostBases: string[];
  hostMode: RunningFeedServer['hostMode'];
  contents: ServedContents;
  takeAnswerCounts(): Promise<AnswerCounts>;
  stop(): Promise<void>;
}

const CHILD_ENTRY = fileURLToPath(new URL('./feed-server-child.ts', import.meta.url));
const START_DEADLINE_MS = 60_000;

export async function startFeedServerProcess(
  plan: FeedPlanOptions,
  now: Date,
): Promise<FeedServerProcess> {
  const options: FeedServerChildOptions = { plan, now: now.toISOString() };
  // The child runs TypeScript as this process does: through tsx's loader.
  const child = fork(CHILD_ENTRY, [JSON.stringify(options)], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await firstMessage(child, START_DEADLINE_MS);
  if (ready.type !== 'ready') {
    child.kill();
    throw new Error(
      `feed server: ${ready.type === 'failed' ? ready.error : `unexpected message ${ready.type}`}`,
    );
  }
  return {
    hostBases: ready.hostBases,
    hostMode: ready.hostMode,
    contents: ready.contents,
    takeAnswerCounts: async () => {
      const asked: ToChild = { type: 'take-answer-counts' };
      const reply = firstMessage(child, START_DEADLINE_MS);
      child.send(asked);
      const message = await reply;
      if (message.type !== 'answer-counts') {
        throw new Error(`feed server: expected its answer counts, got ${message.type}`);
      }
      return message.counts;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      await exited;
    },
  };
}

function firstMessage(child: ChildProcess, deadlineMs: number): Promise<FromChild> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      reject(
        new Error(`feed server: no answer from the child process within ${deadlineMs / 1000} s`),
      );
    }, deadlineMs);
    const onMessage = (message: FromChild): void => {
      cleanUp();
      resolve(message);
    };
    const onExit = (code: number | null): void => {
      cleanUp();
      reject(new Error(`feed server: the child process exited (code ${code ?? 'none'})`));
    };
    const cleanUp = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
