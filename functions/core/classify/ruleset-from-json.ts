// The ruleset as JSON, for the Lambda bundle: the stack validates the YAML once at synth
// (loadRuleset) and ships the result, so a cold start neither parses YAML nor builds the schema.
// Only the shape's outline is checked here; the content was validated when the JSON was written.
import type { Ruleset } from './ruleset-schema.js';

/** Marks the JSON as written by rulesetToJson, in this layout. */
const FORMAT = 'ceasefire-watch/ruleset@1';

const SECTIONS = {
  lead: 'object',
  threshold: 'number',
  vocabularies: 'array',
  rules: 'array',
  severity: 'array',
  weapons: 'object',
  attribution: 'object',
  regimes: 'array',
} as const satisfies Record<keyof Ruleset, 'object' | 'array' | 'number'>;

export function rulesetToJson(ruleset: Ruleset): string {
  return `${JSON.stringify({ format: FORMAT, ruleset })}\n`;
}

/** The ruleset written by rulesetToJson; an Error naming `source` and the field otherwise. */
export function rulesetFromJson(json: string, source: string): Ruleset {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isRecord(document) || document.format !== FORMAT) {
    throw new Error(
      `${source}: field "format": expected "${FORMAT}" (a ruleset compiled by the stack at synth), got ${isRecord(document) ? JSON.stringify(document.format) : 'no object'}`,
    );
  }
  const { ruleset } = document;
  if (!isRecord(ruleset)) throw new Error(`${source}: field "ruleset": expected an object`);
  for (const [section, expected] of Object.entries(SECTIONS)) {
    const value = ruleset[section];
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (actual !== expected) {
      throw new Error(`${source}: field "ruleset.${section}": expected ${expected}, got ${actual}`);
    }
  }
  return ruleset as unknown as Ruleset;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
