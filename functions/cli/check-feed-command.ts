import { parseArgs } from 'node:util';
import { createFeedSource } from '../adapters/feed-source.js';
import { ConfigError } from '../config/config-error.js';
import { checkFeed } from '../core/feeds/check-feed.js';
import { type CliIo, writeLine } from './cli-io.js';

export const CHECK_FEED_HELP = `Usage: ceasefire-watch check-feed [--content-type VALUE] URL-or-PATH ...

Fetches, decodes and parses each feed exactly as a run does, and prints one JSON line per feed:
  {"source", "ok", "format": "rss" | "atom" | "rdf" | "json" | null, "encoding",
   "items": count, "titles": [the first three item titles], "error": "…" | null}
Nothing is classified or stored.

Exit status: 0 when every feed parsed, 1 when any failed, 2 on a usage error.

Options:
  --content-type VALUE   read each document as if served with this Content-Type header,
                         e.g. "text/xml; charset=windows-1251" (to replay what a server sent)
  -h, --help             this help
`;

export async function checkFeedCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCheckFeedArgs(args);
  if (values.help) {
    io.stdout.write(CHECK_FEED_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr.write(
      'check-feed: give at least one feed URL or file path (see "ceasefire-watch check-feed --help")\n',
    );
    return 2;
  }
  const contentType = values['content-type'];
  const source = createFeedSource();
  let failures = 0;
  for (const location of positionals) {
    const check = await checkFeed(
      source,
      location,
      contentType === undefined ? {} : { contentType },
    );
    if (!check.ok) failures += 1;
    writeLine(
      io.stdout,
      JSON.stringify({
        source: check.source,
        ok: check.ok,
        format: check.format,
        encoding: check.encoding,
        items: check.items,
        titles: check.titles,
        error: check.error,
      }),
    );
  }
  return failures > 0 ? 1 : 0;
}

function parseCheckFeedArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        'content-type': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`check-feed: ${reason} (see "ceasefire-watch check-feed --help")`);
  }
}
