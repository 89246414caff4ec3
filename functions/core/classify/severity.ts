// Severity of a violation from the ruleset's table: the first level with a condition that holds.
// The term lists of the conditions are read with everything else in the one scan of each
// sentence (see classifier.ts), so a condition only looks at what that scan found.
import type { Severity } from '../model.js';
import type { SeverityLevel } from './ruleset-schema.js';
import type { TermSet } from './term-matcher.js';

export interface SeverityFacts {
  killed: number | null;
  injured: number | null;
  /** Canonical names of the weapons the incident names. */
  weapons: readonly string[];
  /**
   * True when one evidence or lead sentence holds a term of every list of the condition with
   * this number (see severityTermLists).
   */
  hasAllTerms(condition: number): boolean;
}

export type SeverityAssessor = (facts: SeverityFacts) => Severity;

/**
 * The term lists of each condition that has some, in table order: one matcher each, whose sets
 * are the lists. A condition's number is its place in this list.
 */
export function severityTermLists(levels: readonly SeverityLevel[]): TermSet[][] {
  return levels.flatMap((level) =>
    level.when.flatMap((condition) =>
      condition.allTerms
        ? [condition.allTerms.map((terms, index) => ({ id: `${level.level}.${index}`, terms }))]
        : [],
    ),
  );
}

interface CompiledCondition {
  minKilled?: number;
  minInjured?: number;
  /** The number of its term lists among severityTermLists, when it has some. */
  terms?: number;
  weapons?: readonly string[];
}

export function compileSeverity(levels: readonly SeverityLevel[]): SeverityAssessor {
  let termLists = 0;
  const compiled = levels.map((level) => ({
    level: level.level,
    conditions: level.when.map((condition): CompiledCondition => ({
      ...(condition.minKilled !== undefined ? { minKilled: condition.minKilled } : {}),
      ...(condition.minInjured !== undefined ? { minInjured: condition.minInjured } : {}),
      ...(condition.allTerms ? { terms: termLists++ } : {}),
      ...(condition.weapons ? { weapons: condition.weapons } : {}),
    })),
  }));
  return (facts) => {
    for (const { level, conditions } of compiled) {
      if (conditions.some((condition) => holds(condition, facts))) return level;
    }
    return 'low';
  };
}

function holds(condition: CompiledCondition, facts: SeverityFacts): boolean {
  if (condition.minKilled !== undefined && (facts.killed ?? 0) < condition.minKilled) return false;
  if (condition.minInjured !== undefined && (facts.injured ?? 0) < condition.minInjured) {
    return false;
  }
  if (condition.weapons && !condition.weapons.some((weapon) => facts.weapons.includes(weapon))) {
    return false;
  }
  return condition.terms === undefined || facts.hasAllTerms(condition.terms);
}
