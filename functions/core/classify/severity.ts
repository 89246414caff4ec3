// Severity of a violation from the ruleset's table: the first level with a condition that holds.
import type { Severity } from '../model.js';
import type { SeverityLevel } from './ruleset-schema.js';
import { compileTermMatcher, type TermMatcher } from './term-matcher.js';

export interface SeverityFacts {
  killed: number | null;
  injured: number | null;
  /** The evidence and lead sentences of the incident. */
  sentences: readonly string[];
}

export type SeverityAssessor = (facts: SeverityFacts) => Severity;

interface CompiledCondition {
  minKilled?: number;
  minInjured?: number;
  /** One matcher whose sets are the term lists; all sets must match in one sentence. */
  terms?: { matcher: TermMatcher; lists: number };
}

export function compileSeverity(levels: readonly SeverityLevel[]): SeverityAssessor {
  const compiled = levels.map((level) => ({
    level: level.level,
    conditions: level.when.map((condition): CompiledCondition => {
      const lists = condition.allTerms;
      return {
        ...(condition.minKilled !== undefined ? { minKilled: condition.minKilled } : {}),
        ...(condition.minInjured !== undefined ? { minInjured: condition.minInjured } : {}),
        ...(lists
          ? {
              terms: {
                matcher: compileTermMatcher(
                  lists.map((terms, index) => ({ id: `${level.level}.${index}`, terms })),
                ),
                lists: lists.length,
              },
            }
          : {}),
      };
    }),
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
  const terms = condition.terms;
  if (!terms) return true;
  return facts.sentences.some((sentence) => {
    const seen = new Set<number>();
    for (const hit of terms.matcher.scan(sentence)) for (const set of hit.sets) seen.add(set);
    return seen.size === terms.lists;
  });
}
