import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import * as z from 'zod';
import { loadDefaultClassifier } from '../core/classify/default-classifier.js';
import type { Verdict } from '../core/model.js';
import { type CliIo, writeLine } from './cli-io.js';
import { parseCommandArgs } from './parse-command-args.js';

export const CLASSIFY_HELP = `Usage: ceasefire-watch classify --input ITEMS.jsonl [--output VERDICTS.jsonl]

Classifies news items with the ruleset, one JSON object per line in, one verdict per line out,
in input order. Use "-" for standard input or output (the default for --output).

Input line:   {"id": "a1", "title": "…" | null, "text": "…", "url"?: "…", "published"?: "2024-05-01"}
Output line:  {"id", "label": "violation" | "other", "score", "severity", "region", "killed",
               "injured", "incidentDate", "rules": [rule ids], "evidence": [sentences],
               "weapons": [names], "accusations": [{"accuser", "accused"}], "denials": [parties]}
A line that cannot be read becomes {"line": N, "error": "…"} in the output, and the rest go on;
the exit status is then 1.

Options:
  --input FILE    items to classify (JSON Lines), or - for standard input
  --output FILE   where verdicts go (JSON Lines), or - for standard output (default)
  -h, --help      this help
`;

const inputLine = z.object({
  id: z.union([z.string().min(1), z.number()], { error: 'expected a string or number "id"' }),
  title: z.string().nullable().optional(),
  text: z.string({ error: 'expected a string "text"' }),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
});

export async function classifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('classify', args, {
    input: { type: 'string' },
    output: { type: 'string', default: '-' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(CLASSIFY_HELP);
    return 0;
  }
  if (values.input === undefined) {
    io.stderr.write(`classify: --input is required (a JSON Lines file, or - for standard input)\n`);
    return 2;
  }
  const unreadable = values.input === '-' ? undefined : await unreadableReason(values.input);
  if (unreadable) {
    io.stderr.write(`classify: cannot read ${values.input}: ${unreadable}\n`);
    return 2;
  }
  const input: Readable = values.input === '-' ? io.stdin : createReadStream(values.input);
  const output: Writable =
    values.output === '-' ? io.stdout : createWriteStream(values.output, { encoding: 'utf8' });

  const classifier = loadDefaultClassifier();
  let lineNumber = 0;
  let failures = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const result = classifyLine(line, lineNumber, classifier.classify.bind(classifier));
    if ('error' in result) {
      failures += 1;
      writeLine(io.stderr, `classify: line ${lineNumber}: ${result.error}`);
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
  }
  if (output !== io.stdout) {
    output.end();
    await once(output, 'finish');
  }
  if (failures > 0)
    writeLine(io.stderr, `classify: ${failures} of ${lineNumber} lines could not be read`);
  return failures > 0 ? 1 : 0;
}

type ClassifyFn = (input: { title: string | null; text: string; published?: string }) => Verdict;

function classifyLine(
  line: string,
  lineNumber: number,
  classify: ClassifyFn,
): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = inputLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'line';
    const id = (json as { id?: unknown } | null)?.id;
    return {
      line: lineNumber,
      ...(id === undefined ? {} : { id }),
      error: `${field}: ${issue?.message}`,
    };
  }
  const item = parsed.data;
  const verdict = classify({
    title: item.title ?? null,
    text: item.text,
    ...(item.published ? { published: item.published } : {}),
  });
  return {
    id: item.id,
    label: verdict.label,
    score: verdict.score,
    severity: verdict.severity,
    region: verdict.region,
    killed: verdict.killed,
    injured: verdict.injured,
    incidentDate: verdict.incidentDate,
    rules: verdict.rules,
    evidence: verdict.evidence,
    weapons: verdict.weapons,
    accusations: verdict.accusations,
    denials: verdict.denials,
  };
}

/** Why a file cannot be read, or undefined when it can. */
async function unreadableReason(file: string): Promise<string | undefined> {
  try {
    await access(file, constants.R_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
  }
}
