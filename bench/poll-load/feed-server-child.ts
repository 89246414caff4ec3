// Entry of the child process that serves the benchmark's feeds, so the server's CPU and memory
// are not counted against the poller's. Started by feed-server-process.ts; ends when the
// benchmark disconnects.
import { planFeeds } from './feed-plan.js';
import { startFeedServer } from './feed-server.js';
import type { FeedServerChildOptions, FromChild, ToChild } from './feed-server-messages.js';

const send = (message: FromChild): void => void process.send?.(message);

const raw = process.argv[2];
if (raw === undefined || process.send === undefined) {
  console.error('feed-server-child: start it with fork() and the options in JSON as argument');
  process.exit(2);
}

try {
  const options = JSON.parse(raw) as FeedServerChildOptions;
  const server = await startFeedServer({
    feeds: planFeeds(options.plan),
    hosts: options.plan.hosts,
    now: new Date(options.now),
    seed: options.plan.seed,
  });
  process.on('message', (message: ToChild) => {
    if (message.type === 'take-answer-counts') {
      send({ type: 'answer-counts', counts: server.takeAnswerCounts() });
    }
  });
  process.once('disconnect', () => {
    void server.close().finally(() => process.exit(0));
  });
  send({
    type: 'ready',
    hostBases: server.hostBases,
    hostMode: server.hostMode,
    contents: server.contents,
  });
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  process.disconnect();
  process.exitCode = 1;
}
