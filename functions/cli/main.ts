import { ConfigError } from '../config/config-error.js';
import { StoreUnavailableError } from '../local/open-store.js';
import { CHECK_FEED_HELP, checkFeedCommand } from './check-feed-command.js';
import { classifyCommand, CLASSIFY_HELP } from './classify-command.js';
import { type CliIo, processIo } from './cli-io.js';
import { RUN_HELP, runCommand } from './run-command.js';

const MAIN_HELP = `Usage: ceasefire-watch <command> [options]

Watches news feeds and reports ceasefire violations, with the evidence, by email and SMS.

Commands:
  run        poll the feeds, classify, group into incidents, send alerts
  classify   classify news items from a JSON Lines file
  check-feed fetch, decode and parse feeds as a run does, and say what was found
  help CMD   help on a command

Run "ceasefire-watch <command> --help" for its options.
`;

const COMMANDS: Record<
  string,
  { run: (args: string[], io: CliIo) => Promise<number>; help: string }
> = {
  run: { run: runCommand, help: RUN_HELP },
  classify: { run: classifyCommand, help: CLASSIFY_HELP },
  'check-feed': { run: checkFeedCommand, help: CHECK_FEED_HELP },
};

/** Runs one command line and returns the exit status; every failure is one clear line on stderr. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout.write(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === 'help') {
    io.stdout.write(COMMANDS[args[0] ?? '']?.help ?? MAIN_HELP);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(
      `ceasefire-watch: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`,
    );
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`ceasefire-watch: ${error.message}\n`);
      return 2;
    }
    if (error instanceof StoreUnavailableError) {
      io.stderr.write(`ceasefire-watch: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
