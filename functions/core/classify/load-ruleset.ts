// Reads and validates the classifier's data files. Every error names the file, the rule, regime or
// vocabulary, the field and what was expected, so a bad edit to the YAML is found at once.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  RULE_SCHEMAS,
  type Regime,
  type Rule,
  type RuleKind,
  type Ruleset,
  type SeverityLevel,
  VOCABULARY_NAMES,
  regimeSchema,
  regimesFileSchema,
  rulesFileSchema,
} from './ruleset-schema.js';

const DEFAULT_RULESET_PATH = fileURLToPath(new URL('../../rules/ruleset.yaml', import.meta.url));
const DEFAULT_REGIMES_PATH = fileURLToPath(new URL('../../rules/regimes.yaml', import.meta.url));

export class RulesetError extends Error {
  override name = 'RulesetError';
}

export interface RulesetFileNames {
  rules: string;
  regimes: string;
}

/** Reads the ruleset and the ceasefire registry (by default the project's own) and validates them. */
export function loadRuleset(options: { rulesetPath?: string; regimesPath?: string } = {}): Ruleset {
  const rulesetPath = options.rulesetPath ?? DEFAULT_RULESET_PATH;
  const regimesPath = options.regimesPath ?? DEFAULT_REGIMES_PATH;
  const names: RulesetFileNames = {
    rules: options.rulesetPath ?? basename(rulesetPath),
    regimes: options.regimesPath ?? basename(regimesPath),
  };
  return parseRuleset(
    readText(rulesetPath, names.rules),
    readText(regimesPath, names.regimes),
    names,
  );
}

/** Validates the two YAML documents; `names` only say how errors call the files. */
export function parseRuleset(
  rulesYaml: string,
  regimesYaml: string,
  names: RulesetFileNames = { rules: 'ruleset.yaml', regimes: 'regimes.yaml' },
): Ruleset {
  const rawRulesFile = parseYaml(rulesYaml, names.rules);
  const rulesFile = validate(rulesFileSchema, rawRulesFile, names.rules);
  const rules = rulesFile.rules.map((raw, index) => validateRule(raw, index, names.rules));
  rejectDuplicateIds(rules, 'rule', names.rules);

  const regimesFile = validate(
    regimesFileSchema,
    parseYaml(regimesYaml, names.regimes),
    names.regimes,
  );
  const regimes = regimesFile.regimes.map((raw, index) =>
    validateEntry(regimeSchema, raw, entryLabel('regime', raw, index), names.regimes),
  );
  rejectDuplicateIds(regimes, 'regime', names.regimes);
  rejectUnknownSuccessors(regimes, names.regimes);

  rejectUnknownWeapons(rulesFile.severity, rulesFile.weapons.kinds, names.rules);

  return {
    lead: rulesFile.lead,
    threshold: rulesFile.decision.threshold,
    vocabularies: VOCABULARY_NAMES.map((name) => ({ name, ...rulesFile.vocabularies[name] })),
    rules,
    severity: rulesFile.severity,
    weapons: rulesFile.weapons,
    attribution: rulesFile.attribution,
    regimes,
  };
}

/** A regime's successor is a region of the registry, and only an ended regime has one. */
function rejectUnknownSuccessors(regimes: readonly Regime[], file: string): void {
  const regions = new Set(regimes.map((regime) => regime.region));
  for (const regime of regimes) {
    const { succeededBy } = regime;
    if (succeededBy === undefined) continue;
    const field = `${file}: regime "${regime.id}": field "succeededBy"`;
    if (!regions.has(succeededBy)) {
      throw new RulesetError(
        `${field}: unknown region "${succeededBy}" (expected one of ${[...regions].join(', ')})`,
      );
    }
    if (regime.inForce.to === undefined) {
      throw new RulesetError(
        `${field}: a regime still in force (no "inForce.to") has no successor`,
      );
    }
  }
}

/** Weapon names are unique, and severity conditions name only weapons the section defines. */
function rejectUnknownWeapons(
  severity: readonly SeverityLevel[],
  kinds: readonly { name: string }[],
  file: string,
): void {
  const known = new Set<string>();
  kinds.forEach((kind, index) => {
    if (known.has(kind.name)) {
      throw new RulesetError(
        `${file}: weapons: field "kinds.${index}.name": duplicate weapon "${kind.name}"`,
      );
    }
    known.add(kind.name);
  });
  for (const level of severity) {
    level.when.forEach((condition, index) => {
      for (const weapon of condition.weapons ?? []) {
        if (!known.has(weapon)) {
          throw new RulesetError(
            `${file}: severity "${level.level}": field "when.${index}.weapons": unknown weapon "${weapon}" (expected one of ${[...known].join(', ')})`,
          );
        }
      }
    });
  }
}

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RulesetError(`${name}: cannot read the file: ${(error as Error).message}`);
  }
}

function parseYaml(text: string, name: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const [first] = document.errors;
  if (first) throw new RulesetError(`${name}: invalid YAML: ${first.message}`);
  return document.toJS({ maxAliasCount: 1000 });
}

function validateRule(raw: unknown, index: number, file: string): Rule {
  const label = entryLabel('rule', raw, index);
  const kind = isRecord(raw) ? raw.kind : undefined;
  if (typeof kind !== 'string' || !(kind in RULE_SCHEMAS)) {
    const expected = Object.keys(RULE_SCHEMAS).join(', ');
    throw new RulesetError(
      `${file}: ${label}: field "kind": expected one of ${expected}, got ${shown(kind)}`,
    );
  }
  const schema: z.ZodType<Rule> = RULE_SCHEMAS[kind as RuleKind];
  return validateEntry(schema, raw, label, file);
}

function validateEntry<T>(schema: z.ZodType<T>, raw: unknown, label: string, file: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new RulesetError(
    result.error.issues
      .map((issue) => `${file}: ${label}: ${describeIssue(issue, raw)}`)
      .join('\n'),
  );
}

function validate<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new RulesetError(
    result.error.issues
      .map((issue) => {
        const [section, name, ...rest] = issue.path;
        const inner = { ...issue, path: rest };
        const sectionValue =
          isRecord(raw) && typeof section === 'string' ? raw[section] : undefined;
        const entry =
          isRecord(sectionValue) && typeof name === 'string' ? sectionValue[name] : undefined;
        if (section === 'vocabularies' && typeof name === 'string' && rest.length > 0) {
          return `${file}: vocabulary "${name}": ${describeIssue(inner, entry)}`;
        }
        if (section === 'severity' && typeof name === 'number' && rest.length > 0) {
          const list = Array.isArray(sectionValue) ? (sectionValue as unknown[]) : [];
          const level = list[name];
          const label =
            isRecord(level) && typeof level.level === 'string' ? level.level : `#${name + 1}`;
          return `${file}: severity "${label}": ${describeIssue({ ...issue, path: rest }, level)}`;
        }
        return `${file}: ${describeIssue(issue, raw)}`;
      })
      .join('\n'),
  );
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, root: unknown): string {
  const value = valueAt(root, issue.path);
  const field = issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `${field}missing (expected ${issue.expected})`
        : `${field}expected ${issue.expected}, got ${typeName(value)}`;
    case 'invalid_value':
      return `${field}expected one of ${issue.values.map(String).join(', ')}, got ${shown(value)}`;
    case 'unrecognized_keys':
      return `${field}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `${field}expected one of ${options.map(String).join(', ')}, got ${shown(value)}`;
      }
      return `${field}${issue.message}, got ${shown(value)}`;
    case 'too_small':
      return `${field}expected ${boundText(issue.origin, issue.inclusive ? 'at least' : 'more than', issue.minimum)}, got ${shown(value)}`;
    case 'too_big':
      return `${field}expected ${boundText(issue.origin, issue.inclusive ? 'at most' : 'less than', issue.maximum)}, got ${shown(value)}`;
    default:
      return `${field}${issue.message}, got ${shown(value)}`;
  }
}

function boundText(origin: string, relation: string, bound: number | bigint): string {
  if (origin === 'array') return `${relation} ${bound} entr${bound === 1 ? 'y' : 'ies'}`;
  if (origin === 'string') return `${relation} ${bound} character${bound === 1 ? '' : 's'}`;
  return `a number ${relation} ${bound}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return typeName(value);
}

function entryLabel(what: 'rule' | 'regime', raw: unknown, index: number): string {
  const id = isRecord(raw) ? raw.id : undefined;
  return typeof id === 'string' && id !== '' ? `${what} "${id}"` : `${what} #${index + 1}`;
}

function rejectDuplicateIds(
  entries: { id: string }[],
  what: 'rule' | 'regime',
  file: string,
): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = firstIndex.get(entry.id);
    if (earlier !== undefined) {
      throw new RulesetError(
        `${file}: ${what} "${entry.id}": duplicate id (${what} #${index + 1} repeats ${what} #${earlier + 1})`,
      );
    }
    firstIndex.set(entry.id, index);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
