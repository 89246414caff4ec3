// Every rule in functions/rules/ruleset.yaml carries its own examples: each positive one must make
// the rule fire, each negative one must not. One test per example, named by the rule.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../functions/core/classify/classifier.js';
import { loadRuleset } from '../../functions/core/classify/load-ruleset.js';

const ruleset = loadRuleset();
const classifier = createClassifier(ruleset);

function firedRules(example: string): string[] {
  return classifier.classify({ title: null, text: example }).rules;
}

describe.each(ruleset.rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it.each(rule.examples.positive)('fires on: %s', (example) => {
    expect(firedRules(example)).toContain(id);
  });
  it.each(rule.examples.negative)('does not fire on: %s', (example) => {
    expect(firedRules(example)).not.toContain(id);
  });
});

describe('the ruleset examples', () => {
  it('cover every rule with at least one positive and one negative example', () => {
    for (const rule of ruleset.rules) {
      expect(rule.examples.positive.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.negative.length, rule.id).toBeGreaterThan(0);
    }
  });
});
