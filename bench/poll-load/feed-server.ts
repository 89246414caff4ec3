// The benchmark's publishers: one HTTP server listening on many loopback addresses, each address a
// host of its own, serving every planned feed after its latency. Only loopback addresses are bound,
// so nothing outside the machine can reach it.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { type FeedAnswerKind, answerFor } from './feed-answer.js';
import { type FeedDocument, feedDocument } from './feed-document.js';
import type { FeedBehaviour, PlannedFeed } from './feed-plan.js';

export interface FeedServerOptions {
  feeds: readonly PlannedFeed[];
  hosts: number;
  /** The moment the documents are dated from. */
  now: Date;
  seed: number;
}

export interface RunningFeedServer {
  /** Base URL of each host, by host number: `http://127.0.1.7:41234`. */
  hostBases: string[];
  /** How the hosts were told apart: loopback addresses, or ports of 127.0.0.1 where only that is up. */
  hostMode: 'loopback-addresses' | 'ports';
  /** What the documents hold, for checking the poller's figures against. */
  contents: ServedContents;
  /** Answers given since the last call, by kind. */
  takeAnswerCounts(): Partial<Record<FeedAnswerKind | 'unknown-path', number>>;
  close(): Promise<void>;
}

export interface ServedContents {
  /** Feeds by behaviour: valid, slow, http-500, …. */
  feedsByBehaviour: Partial<Record<FeedBehaviour, number>>;
  /** Entries across the healthy feeds, and how many of them report a violation. */
  items: number;
  violationReports: number;
}

/** The loopback address of host `host`: 127.0.1.1 … 127.0.1.254, then 127.0.2.1 …. */
export function loopbackAddressOf(host: number): string {
  return `127.0.${1 + Math.floor(host / 254)}.${(host % 254) + 1}`;
}

export async function startFeedServer(options: FeedServerOptions): Promise<RunningFeedServer> {
  const documents = new Map<string, { feed: PlannedFeed; document: FeedDocument }>();
  const contents: ServedContents = { feedsByBehaviour: {}, items: 0, violationReports: 0 };
  for (const feed of options.feeds) {
    const document = feedDocument(feed, options.now, options.seed);
    documents.set(feed.path, { feed, document });
    contents.feedsByBehaviour[feed.behaviour] =
      (contents.feedsByBehaviour[feed.behaviour] ?? 0) + 1;
    contents.items += document.items;
    contents.violationReports += document.violationReports;
  }
  let counts: Partial<Record<FeedAnswerKind | 'unknown-path', number>> = {};
  const count = (kind: FeedAnswerKind | 'unknown-path'): void => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };

  const pendingTimers = new Set<NodeJS.Timeout>();
  const http = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    const served = documents.get(new URL(request.url ?? '/', 'http://feeds').pathname);
    if (served === undefined) {
      count('unknown-path');
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no such feed');
      return;
    }
    const answer = answerFor(served.feed, served.document, request.headers);
    count(answer.kind);
    if (answer.kind === 'silence') return;
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      if (answer.kind === 'reset') {
        request.socket.destroy();
        return;
      }
      response.writeHead(answer.status, answer.headers);
      response.end(answer.kind === 'not-modified' ? undefined : answer.body);
    }, served.feed.delayMs);
    pendingTimers.add(timer);
  });

  const listeners: NetServer[] = [];
  const accept = (socket: Socket): void => void http.emit('connection', socket);
  let hostBases: string[];
  let hostMode: RunningFeedServer['hostMode'];
  try {
    const first = await listen(accept, loopbackAddressOf(0), 0);
    listeners.push(first.server);
    hostMode = 'loopback-addresses';
    hostBases = [`http://${loopbackAddressOf(0)}:${first.port}`];
    for (let host = 1; host < options.hosts; host += 1) {
      const address = loopbackAddressOf(host);
      listeners.push((await listen(accept, address, first.port)).server);
      hostBases.push(`http://${address}:${first.port}`);
    }
  } catch (error) {
    // Only 127.0.0.1 is configured on some systems (macOS): a port per host is as distinct to the
    // poller, whose per-host limit and connection pools key on host and port.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw error;
    await Promise.all(listeners.splice(0).map(closeListener));
    hostMode = 'ports';
    hostBases = [];
    for (let host = 0; host < options.hosts; host += 1) {
      const listener = await listen(accept, '127.0.0.1', 0);
      listeners.push(listener.server);
      hostBases.push(`http://127.0.0.1:${listener.port}`);
    }
  }

  return {
    hostBases,
    hostMode,
    contents,
    takeAnswerCounts: () => {
      const taken = counts;
      counts = {};
      return taken;
    },
    close: async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      await Promise.all(listeners.map(closeListener));
      http.closeAllConnections();
    },
  };
}

function listen(
  accept: (socket: Socket) => void,
  address: string,
  port: number,
): Promise<{ server: NetServer; port: number }> {
  const server = createNetServer(accept);
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        Object.assign(error, { message: `cannot listen on ${address}:${port}: ${error.message}` }),
      );
    });
    server.listen(port, address, () => {
      const bound = server.address();
      resolve({ server, port: typeof bound === 'object' && bound !== null ? bound.port : port });
    });
  });
}

function closeListener(server: NetServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
